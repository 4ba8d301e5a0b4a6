using Katas.Cli;
using Katas.Cli.Progress;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

public sealed class ListAndSolutionsTests
{
    private const string Practice = "src/Katas/SlidingWindowMaximum/Practice.cs";

    private static KataDefinition Kata => KataDefinition.Find("sliding-window-maximum")!;

    [Fact]
    public async Task ListShowsEveryKataInOrderNotStartedWithoutRunningAnything()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "list");

        exit.Should().Be(ExitCode.Success);
        var output = console.Output;
        foreach (var kata in KataDefinition.All)
        {
            output.Should().Contain(kata.Name);
        }

        KataDefinition.All.Select(k => output.IndexOf(k.Name, StringComparison.Ordinal)).Should().BeInAscendingOrder();
        output.Should().Contain("not started").And.Contain($"0 of {KataDefinition.All.Count}").And.Contain("Next: katas show");
        output.Should().MatchRegex(@"sliding-window-maximum\s*│[^\n]*│[^\n]*│\s*6\s*│", "Sliding Window Maximum has six reference solutions");
    }

    [Fact]
    public async Task ListIsTheDefaultCommand()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console));

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("Your status").And.Contain("Progress:");
    }

    [Fact]
    public async Task ListRunsTheTestsOfAChangedKataOnceAndThenTrustsTheRecord()
    {
        using var repository = new TempRepository();
        repository.Write(Practice, "// started\n");
        var processes = FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml"));

        var first = Cli.Console();
        await Cli.Run(Cli.Context(repository, first, processes), "list");
        var second = Cli.Console();
        await Cli.Run(Cli.Context(repository, second, processes), "list");

        first.Output.Should().Contain("✓ passing").And.Contain("1 of");
        second.Output.Should().Contain("✓ passing");
        processes.Count("build").Should().Be(1, "the second list reuses the check of unchanged sources");
    }

    [Fact]
    public async Task ListWithoutRunningShowsAChangedKataAsUnchecked()
    {
        using var repository = new TempRepository();
        repository.Write(Practice, "// started\n");

        var console = Cli.Console();
        await Cli.Run(Cli.Context(repository, console), "list", "--no-run");

        console.Output.Should().Contain("changed, not checked").And.Contain("Next: katas check sliding-window-maximum");
    }

    [Fact]
    public async Task ListShowsCodeThatDoesNotCompileAsSuch()
    {
        using var repository = new TempRepository();
        repository.Write(Practice, "// started, with a typo\n");
        var processes = new FakeProcessRunner(_ => new Katas.Cli.Processes.ProcessResult(1,
            [$"{repository.PathOf(Practice)}(9,10): error CS1002: ; expected [{repository.PathOf("src/Katas/Katas.csproj")}]"]));

        var console = Cli.Console();
        await Cli.Run(Cli.Context(repository, console, processes), "list");
        var again = Cli.Console();
        await Cli.Run(Cli.Context(repository, again), "list", "--no-run");

        console.Output.Should().MatchRegex(@"sliding-window-maximum[^\n]*✗ does not compile").And.NotContain("failing");
        again.Output.Should().MatchRegex(@"sliding-window-maximum[^\n]*✗ does not compile", "the verdict is remembered while the code is unchanged");
        console.Output.Should().Contain("Next: katas check sliding-window-maximum");
    }

    [Fact]
    public async Task ARecordGoesStaleWhenTheSourcesChange()
    {
        using var repository = new TempRepository();
        repository.Write(Practice, "// version 1\n");
        await Cli.Run(Cli.Context(repository, Cli.Console(), FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"))), "check", "sliding-window-maximum");
        var before = Cli.Console();
        await Cli.Run(Cli.Context(repository, before), "list", "--no-run");

        repository.Write(Practice, "// version 2\n");
        var after = Cli.Console();
        await Cli.Run(Cli.Context(repository, after), "list", "--no-run");

        before.Output.Should().Contain("✗ failing");
        after.Output.Should().Contain("changed, not checked");
    }

    [Fact]
    public async Task SolutionsStayHiddenUntilThePracticePasses()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "solutions", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("stay hidden until yours passes").And.Contain("--force").And.NotContain("MonotonicDeque");
    }

    [Fact]
    public async Task SolutionsRunTheCheckWhenNeededAndRefuseAFailure()
    {
        using var repository = new TempRepository();
        repository.Write(Practice, "// wrong\n");
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console, FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"))), "solutions", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("katas check sliding-window-maximum").And.NotContain("MonotonicDeque");
    }

    [Fact]
    public async Task SolutionsAreListedWithTheirSummariesOncePassing()
    {
        using var repository = new TempRepository();
        repository.Write(Practice, "// right\n");
        var store = ProgressStore.Load(repository.Root);
        store.For(Kata.Name).LastCheck = new CheckRecord(SourceFingerprint.Compute(repository.Root, Kata), KataStatus.Passing, 37, 0, 0, DateTimeOffset.UnixEpoch);
        store.Save();
        var console = Cli.Console(width: 220);

        var exit = await Cli.Run(Cli.Context(repository, console), "solutions", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        var output = console.Output;
        output.Should().Contain("src/Katas/SlidingWindowMaximum/Solutions/");
        foreach (var reference in Kata.Contracts.SelectMany(c => c.Implementations).Where(i => i.IsReference))
        {
            output.Should().Contain(reference.Name).And.Contain($"Solutions/{reference.Name}.cs");
        }

        output.Should().Contain("The monotonic deque with its indices in an int[] used as a ring buffer.")
            .And.Contain("The textbook monotonic deque on a LinkedList<int>")
            .And.Contain("the benchmarks check answers against it").And.Contain("the benchmark baseline")
            .And.NotContain("oracle", "the tests use their own oracle, not BruteForce");
    }

    [Fact]
    public async Task SolutionsForceShowsThemAnyway()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "solutions", "sliding-window-maximum", "--force");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("CacheBlockedSimd");
    }
}
