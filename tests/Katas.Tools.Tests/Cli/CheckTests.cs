using Katas.Cli;
using Katas.Cli.Processes;
using Katas.Cli.Progress;
using Katas.Cli.Testing;

namespace Katas.Tools.Tests.Cli;

public sealed class CheckTests
{
    [Fact]
    public async Task AFailingKataShowsInputExpectedActualAndTheReplaySeed()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var processes = FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"));

        var exit = await Cli.Run(Cli.Context(repository, console, processes), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        var output = console.Output;
        output.Should().MatchRegex(@"✗ sliding-window-maximum: 16 of 36 tests fail \(Practice\) in \d+\.\d s\.");
        output.Should().Contain("Returns the maximum of each window [Practice]").And.MatchRegex(@"example\s+\w");
        output.Should().Contain("(property, falsified after").And.MatchRegex(@"(input|calls)\s+nums = \[")
            .And.MatchRegex(@"replay\s+katas check sliding-window-maximum --replay \d+,\d+");
        output.Should().Contain("…and 13 more").And.Contain("katas check sliding-window-maximum --verbose");
    }

    [Fact]
    public async Task AFailureShowsTheInputTheFailingCallReceivedAndTheLearnersOutput()
    {
        // Recorded from a Practice that leaves the last value of every window out.
        using var repository = new TempRepository();
        var console = Cli.Console();
        var processes = FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"));

        await Cli.Run(Cli.Context(repository, console, processes), "check", "sliding-window-maximum", "--verbose");

        var blocks = console.Output.Split("\n\n").Select(b => b.Trim()).ToArray();
        string Block(string title) => blocks.Single(b => b.Contains(title, StringComparison.Ordinal));

        Block("Returns the maximum of each window [Practice]\n   example   maximum at the start of each block").Should()
            .MatchRegex(@"input\s+nums = \[9, 0, 0, 8, 0, 0, 7, 0, 0\], k = 3")
            .And.MatchRegex(@"expected\s+\{9, 8, 8, 8, 7, 7, 7\}")
            .And.MatchRegex(@"actual\s+\{9, 0, 8, 8, 0, 7, 7\} differs at index 1");

        // The law calls with k = n, whatever k the generated case had: the input shown is the call's.
        var windowOfN = Block("Window of n is the maximum");
        var call = System.Text.RegularExpressions.Regex.Match(windowOfN, @"input\s+nums = \[(?<nums>[^\]]*)\], k = (?<k>\d+)");
        call.Success.Should().BeTrue(windowOfN);
        call.Groups["nums"].Value.Split(", ").Should().HaveCount(int.Parse(call.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture));
        windowOfN.Should().MatchRegex(@"before shrinking\s+nums = \[").And.MatchRegex(@"replay\s+katas check");

        // Several calls: each with what it returned; the failing one is the last.
        Block("Agrees with brute force for every window size").Should().MatchRegex(@"calls\s+nums = \[[^\]]*\], k = 1 → \{")
            .And.NotContain("because");

        // The assertion is about one value of the output: the whole output is shown as well.
        Block("Each output is an element of its window").Should()
            .MatchRegex(@"expected\s+greater than or equal to -?\d+")
            .And.MatchRegex(@"actual\s+-?\d+ \(difference of")
            .And.MatchRegex(@"returned\s+\{-?\d+")
            .And.MatchRegex(@"because\s+output \d+ must be no less than any value of its window \[");
    }

    [Fact]
    public async Task RunsOnlyTheLearnersTestsOfTheKataAfterAnIncrementalBuild()
    {
        using var repository = new TempRepository();
        var processes = FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml"));

        await Cli.Run(Cli.Context(repository, Cli.Console(), processes), "check", "SlidingWindowMaximum", "--replay", "12,34");

        var requests = processes.Requests.ToArray();
        requests.Should().HaveCount(2);
        requests[0].Arguments.Should().StartWith(["build", "tests/Katas.Tests/Katas.Tests.csproj"]);
        requests[1].Arguments.Should().ContainInConsecutiveOrder("-trait", "Kind=learner")
            .And.ContainInConsecutiveOrder("-namespace", "Katas.Tests.SlidingWindowMaximum")
            .And.Contain("-preEnumerateTheories");
        requests[1].Environment.Should().Contain(new KeyValuePair<string, string?>("KATAS_REPLAY", "12,34"));
        requests.Should().OnlyContain(r => r.WorkingDirectory == repository.Root);
    }

    [Fact]
    public async Task EverythingPassingExitsWithZeroAndIsRemembered()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console, FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml"))), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().MatchRegex(@"✓ sliding-window-maximum: all 36 tests pass \(Practice\) in \d+\.\d s\.").And.Contain("katas bench sliding-window-maximum");
        var record = ProgressStore.Load(repository.Root).For("sliding-window-maximum").LastCheck;
        record!.Status.Should().Be(KataStatus.Passing);
        record.Passed.Should().Be(36);
        record.Fingerprint.Should().Be(SourceFingerprint.Compute(repository.Root, Katas.Discovery.KataDefinition.Find("sliding-window-maximum")!));
    }

    [Fact]
    public async Task NothingStartedIsNotAPass()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console, FakeProcessRunner.Tests(Cli.Data("check-not-started-results.xml"))), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        Cli.Flat(console.Output).Should().Contain("○ sliding-window-maximum: not started.")
            .And.Contain("Sliding Window Maximum: not started, 36 tests skipped — edit src/Katas/SlidingWindowMaximum/Practice.cs")
            .And.Contain("katas show sliding-window-maximum");
    }

    [Fact]
    public async Task CheckWithoutAKataRunsTheCurrentKata()
    {
        using var repository = new TempRepository();
        await Cli.Run(Cli.Context(repository, Cli.Console()), "show", "maximum-gap");
        var processes = FakeProcessRunner.Tests(Cli.Data("check-not-started-results.xml"));
        var console = Cli.Console();

        await Cli.Run(Cli.Context(repository, console, processes), "check");

        console.Output.Should().Contain("maximum-gap (the kata you used last");
        var run = processes.Requests.Last();
        run.Arguments.Should().ContainInConsecutiveOrder("-namespace", "Katas.Tests.MaximumGap")
            .And.NotContain("Katas.Tests.SlidingWindowMaximum");
    }

    [Fact]
    public async Task CheckAllRunsEveryKata()
    {
        using var repository = new TempRepository();
        var processes = FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"));

        var exit = await Cli.Run(Cli.Context(repository, Cli.Console(), processes), "check", "--all");

        exit.Should().Be(ExitCode.NotPassing);
        var run = processes.Requests.Last();
        foreach (var kata in Katas.Discovery.KataDefinition.All)
        {
            run.Arguments.Should().ContainInConsecutiveOrder("-namespace", $"Katas.Tests.{kata.Folder}");
        }
    }

    [Fact]
    public async Task CompileErrorsAreListedWithTheirPlace()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var practice = repository.PathOf("src/Katas/SlidingWindowMaximum/Practice.cs");
        var processes = new FakeProcessRunner(_ => new ProcessResult(1,
        [
            $"{practice}(16,17): error CS1002: ; expected [{repository.PathOf("src/Katas/Katas.csproj")}]",
            "",
            "Build FAILED.",
            $"{practice}(16,17): error CS1002: ; expected [{repository.PathOf("src/Katas/Katas.csproj")}]",
        ]));

        var exit = await Cli.Run(Cli.Context(repository, console, processes), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("Your code does not compile").And.MatchRegex(@"src/Katas/SlidingWindowMaximum/Practice\.cs:16:17\s+CS1002\s+; expected");
        console.Output.Split("CS1002").Should().HaveCount(2, "the summary's repetition is dropped");
        processes.Requests.Should().ContainSingle("no tests run when the build fails");
        ProgressStore.Load(repository.Root).For("sliding-window-maximum").LastCheck!.Status.Should().Be(KataStatus.DoesNotCompile);
    }

    [Fact]
    public async Task AStackOverflowIsNamedWithTheLearnersFrames()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var processes = new FakeProcessRunner(r => r.Arguments[0] == "build" ? new ProcessResult(0, []) : new ProcessResult(134,
        [
            "Stack overflow.",
            "Repeated 173733 times:",
            "--------------------------------",
            "   at Katas.SlidingWindowMaximum.Practice.Max(Int32[], Int32, Int32)",
            "--------------------------------",
            "   at Katas.SlidingWindowMaximum.Practice.MaxSlidingWindow(System.ReadOnlySpan`1<Int32>, Int32)",
            "   at Katas.Discovery.Implementation.Probe()",
            "   at Katas.Tests.Infrastructure.Subject.Create[[System.__Canon]](System.String)",
            "   at Katas.Tests.SlidingWindowMaximum.PropertyTests.ReadsOnlyTheGivenSpan(System.String)",
        ]));

        var exit = await Cli.Run(Cli.Context(repository, console, processes), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("Stack overflow").And.Contain("Repeated 173733 times")
            .And.Contain("at Katas.SlidingWindowMaximum.Practice.Max(Int32[], Int32, Int32)")
            .And.Contain("while running SlidingWindowMaximum.PropertyTests.ReadsOnlyTheGivenSpan")
            .And.NotContain("Implementation.Probe");
    }

    [Fact]
    public async Task ATimeoutNamesTheTestsStillRunning()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var processes = new FakeProcessRunner(r => r.Arguments[0] == "build" ? new ProcessResult(0, []) : new ProcessResult(-1,
        [
            "    [D::Katas.Tests] [Long Running Test] 'Katas.Tests.SlidingWindowMaximum.PropertyTests.ReadsOnlyTheGivenSpan [Practice]', Elapsed: 00:00:05",
            "                     [Long Running Test] 'Katas.Tests.SlidingWindowMaximum.ExampleTests.ReturnsTheMaximumOfEachWindow(implementation: \\\"Practice\\\", example: \\\"strictly decreasing\\\", k: 3)', Elapsed: 00:00:05",
        ], TimedOut: true));

        var exit = await Cli.Run(Cli.Context(repository, console, processes), "check", "sliding-window-maximum", "--timeout", "1");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("ran for more than 1 second").And.Contain("Reads only the given span")
            .And.Contain("Returns the maximum of each window (example = strictly decreasing, k = 3)");
    }

    [Fact]
    public async Task TheTimeLimitCountsFromWhenTheTestsStart()
    {
        // The host takes longer to start and find the tests than the limit allows the tests themselves.
        using var repository = new TempRepository();
        var console = Cli.Console();
        var host = new FakeTestHost(FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml")), repository.Root) { StartDelay = TimeSpan.FromSeconds(1.5) };

        var exit = await Cli.Run(Cli.Context(repository, console, FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml")), host: host), "check", "sliding-window-maximum", "--timeout", "1", "--no-scaling");

        exit.Should().Be(ExitCode.Success, console.Output);
        console.Output.Should().Contain("all 36 tests pass").And.NotContain("ran for more than");
    }

    [Fact]
    public async Task TheDefaultTimeLimitFollowsHowLongTheTestsTookLastTime()
    {
        TestRunner.DefaultTimeoutFor([null]).Should().Be(TestRunner.DefaultTimeout, "a kata never run to the end gets the generous default");
        TestRunner.DefaultTimeoutFor([TimeSpan.FromSeconds(3)]).Should().Be(TimeSpan.FromSeconds(30), "ten times as long as last time");
        TestRunner.DefaultTimeoutFor([TimeSpan.FromSeconds(0.4)]).Should().Be(TimeSpan.FromSeconds(20), "at least 20 s");
        TestRunner.DefaultTimeoutFor([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(40)]).Should().Be(TimeSpan.FromMinutes(2), "at most two minutes");

        using var repository = new TempRepository();
        await Cli.Run(Cli.Context(repository, Cli.Console(), FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml"))), "check", "sliding-window-maximum", "--no-scaling");
        ProgressStore.Load(repository.Root).For("sliding-window-maximum").TestDuration.Should().NotBeNull("a run to the end is remembered");
    }

    [Fact]
    public async Task XunitsOwnDiagnosticsNeverReachTheLearner()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var processes = new FakeProcessRunner(r => r.Arguments[0] == "build" ? new ProcessResult(0, []) : new ProcessResult(1,
        [
            "    [D::Katas.Tests] Error creating theory test case for for 'Katas.Tests.CombinationSum.ExampleTests.X'; falling back to single test case. Exception message: 'Cannot serialize a value of type 'System.Int32[][]': unsupported type for serialization'",
            "Unhandled exception. System.InvalidOperationException: your code broke the process",
        ]));

        await Cli.Run(Cli.Context(repository, console, processes), "check", "sliding-window-maximum");

        console.Output.Should().Contain("your code broke the process").And.NotContain("Cannot serialize").And.NotContain("[D::");
    }

    [Fact]
    public async Task AMalformedReplaySeedIsAUsageError()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "check", "sliding-window-maximum", "--replay", "seed");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("two numbers like 123,456");
    }

    [Fact]
    public async Task RealSmokeTestBuildsAndRunsTheLearnersTestsOfTheRepository()
    {
        // The real dotnet build (up to date, since dotnet test just built it) and the real test runner on
        // this repository: only learner rows come back, each with its kata's trait. Under mutation testing
        // the build would put the original Katas.dll back over Stryker's mutated one, so it stays out.
        Assert.SkipWhen(
            typeof(Katas.Discovery.KataDefinition).Assembly.GetTypes().Any(t => t.FullName?.Contains("Stryker", StringComparison.Ordinal) == true),
            "Katas.dll is mutated by Stryker: a real build here would replace it.");
        var context = new Katas.Cli.CliContext
        {
            Console = Cli.Console(),
            Root = TempRepository.RealRoot,
            Processes = new SystemProcessRunner(),
        };

        var run = await new TestRunner(context).RunAsync(
            [Katas.Discovery.KataDefinition.Find("sliding-window-maximum")!], null, TimeSpan.FromMinutes(2), null, TestContext.Current.CancellationToken);

        run.Kind.Should().Be(CheckRunKind.Completed, string.Join('\n', run.Output.TakeLast(30)));
        run.Tests.Should().NotBeEmpty().And.OnlyContain(t => t.Traits["Kind"] == "learner" && t.Kata == "sliding-window-maximum");
        run.Tests.Should().Contain(t => t.Implementation == "Practice");
        // An unstarted Practice is one skipped row that sums the kata up, not one per test.
        run.Tests.Where(t => t.Outcome == TestOutcome.Skipped).Should().OnlyContain(t => t.SkipReason!.StartsWith("Sliding Window Maximum: not started, ", StringComparison.Ordinal))
            .And.HaveCountLessThanOrEqualTo(1);
    }
}
