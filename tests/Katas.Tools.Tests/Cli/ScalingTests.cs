using Katas.Cli;
using Katas.Cli.Progress;
using Katas.Cli.Testing;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

/// <summary>What <c>check</c> prints and decides from a passing solution's scaling probe.</summary>
public sealed class ScalingTests
{
    [Fact]
    public async Task APassingSolutionGetsOneLineOnHowItScales()
    {
        using var repository = new TempRepository();
        var console = Cli.Console(width: 200);
        var host = Host(repository, Result(points: Linear()));

        var exit = await Cli.Run(Cli.Context(repository, console, Passing(), host: host), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success, "the probe is advice");
        host.Probed.Should().Equal("sliding-window-maximum");
        console.Output.Should().Contain("✓ correct · time grows like k¹·⁰ at n = 10⁵ (aim: independent of k) · 38× slower than CacheBlockedSimd");
    }

    [Fact]
    public async Task ASolutionThatScalesAsAskedSaysSo()
    {
        using var repository = new TempRepository();
        var console = Cli.Console(width: 200);
        var flat = new[] { 10.0, 100, 1_000, 10_000 }.Select(k => new ScalingPoint(k, 1e-4, 1e-4)).ToArray();

        await Cli.Run(Cli.Context(repository, console, Passing(), host: Host(repository, Result(points: flat))), "check", "sliding-window-maximum");

        console.Output.Should().Contain("✓ correct · time does not grow with k at n = 10⁵ (aim: independent of k) · as fast as CacheBlockedSimd");
    }

    [Fact]
    public async Task ASolutionWrongOnALargerInputFails()
    {
        using var repository = new TempRepository();
        var console = Cli.Console(width: 200);
        var wrong = Result(points: Linear().Take(2).ToArray()) with { Wrong = "k = 1 000 at n = 10⁵: at index 3, 95 where MonotonicDeque gives 97", WrongSize = 1_000 };

        var exit = await Cli.Run(Cli.Context(repository, console, Passing(), host: Host(repository, wrong)), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("✗ wrong on a larger input: k = 1 000 at n = 10⁵: at index 3, 95 where MonotonicDeque gives 97").And.NotContain("Well done");
        ProgressStore.Load(repository.Root).For("sliding-window-maximum").LastCheck!.Status.Should().Be(KataStatus.Failing);
    }

    [Fact]
    public async Task ACrashOnALargerInputFailsAndSaysWhere()
    {
        using var repository = new TempRepository();
        var console = Cli.Console(width: 200);
        var host = Host(repository);
        host.Probe = [new ScalingEvent(ScalingEvent.Running) { Implementation = "Practice", Input = "k = 10 000 at n = 10⁵" }];
        host.ProbeOutcome = TestHostOutcome.Crashed;

        var exit = await Cli.Run(Cli.Context(repository, console, Passing(), host: host), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        Cli.Flat(console.Output).Should().Contain("✗ wrong on a larger input: your code crashed the test process on k = 10 000 at n = 10⁵ (Practice) (a stack overflow");
    }

    [Fact]
    public async Task ASlowSolutionIsStoppedBeforeASizeItCouldNotFinish()
    {
        using var repository = new TempRepository();
        var console = Cli.Console(width: 250);
        var stopped = Result(points: Linear().Take(3).ToArray()) with { Stopped = "k = 10 000 at n = 10⁵", StoppedSeconds = 12 };

        var exit = await Cli.Run(Cli.Context(repository, console, Passing(), host: Host(repository, stopped)), "check", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("· stopped before k = 10 000 at n = 10⁵, which would take about 12 s");
    }

    [Fact]
    public async Task NoScalingSkipsTheProbe()
    {
        using var repository = new TempRepository();
        var host = Host(repository, Result(points: Linear()));

        var exit = await Cli.Run(Cli.Context(repository, Cli.Console(), Passing(), host: host), "check", "sliding-window-maximum", "--no-scaling");

        exit.Should().Be(ExitCode.Success);
        host.Probed.Should().BeEmpty();
    }

    [Fact]
    public async Task AFailingSolutionIsNotProbed()
    {
        using var repository = new TempRepository();
        var processes = FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"));
        var host = new FakeTestHost(processes, repository.Root);

        await Cli.Run(Cli.Context(repository, Cli.Console(), processes, host: host), "check", "sliding-window-maximum");

        host.Probed.Should().BeEmpty();
    }

    [Theory]
    [InlineData("k", 1.04, "k¹·⁰")]
    [InlineData("n", 2.0, "n²·⁰")]
    [InlineData("n", 0.95, "n¹·⁰")]
    [InlineData("the answer's length", 1.34, "(the answer's length)¹·³")]
    public void ExponentsAreWrittenAsPowers(string axis, double exponent, string expected) =>
        ScalingPrinter.Power(axis, exponent).Should().Be(expected);

    // Time proportional to k, the rival 38 times faster at the largest k.
    private static ScalingPoint[] Linear() =>
        new[] { 10.0, 100, 1_000, 10_000 }.Select(k => new ScalingPoint(k, 2e-5 * k, 2e-5 * k / 38)).ToArray();

    private static ScalingResult Result(ScalingPoint[] points) =>
        new("Practice", "ISlidingWindowMaximum", "", "CacheBlockedSimd", "k", "n = 10⁵", "independent of k", 0, points);

    private static FakeProcessRunner Passing() => FakeProcessRunner.Tests(Cli.Data("check-passing-results.xml"));

    private static FakeTestHost Host(TempRepository repository, ScalingResult? result = null) => new(Passing(), repository.Root)
    {
        Probe = result is null ? [] : [new ScalingEvent(ScalingEvent.Measured) { Implementation = result.Implementation, Result = result }],
    };
}
