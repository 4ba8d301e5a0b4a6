using Katas.Benchmarks.SlidingWindowMaximum;
using Katas.Cli;
using Katas.Cli.Benchmarks;
using Katas.Cli.Commands;
using Katas.Cli.Processes;
using Katas.Reporting;

namespace Katas.Tools.Tests.Cli;

public sealed class BenchTests
{
    private static readonly HashSet<string> Learner = ["Practice"];

    [Fact]
    public void RanksTheTimedImplementationsWithRatiosToTheFastestReferenceAndTheLimit()
    {
        var run = BenchmarkRun.Read(Cli.Data("bench-two-inputs-report-full.json"));

        var cases = BenchmarkRanking.Rank(run.Results, Learner, []);

        cases.Should().HaveCount(2);
        var k16 = cases.Single(c => c.Input == "N=100000, K=16, Shape=Random");
        k16.Rows.Select(r => r.Implementation).Should().Equal(
            "CacheBlockedSimd", "Limit", "BlockPrefixSuffix", "MonotonicDeque", "BruteForce", "LinkedListDeque", "Practice");
        k16.Rows.Select(r => r.Rank).Should().Equal(1, null, 2, 3, 4, 5, 6);
        k16.FastestReference.Should().Be("CacheBlockedSimd");
        var practice = k16.Rows.Single(r => r.Implementation == "Practice");
        practice.Kind.Should().Be(RowKind.Learner);
        practice.ToFastestReference.Should().BeApproximately(8754707.9765625 / 215149.55444335938, 1e-9);
        practice.ToLimit.Should().BeApproximately(8754707.9765625 / 352017.6416015625, 1e-9);
        practice.AllocatedBytes.Should().BePositive();
        k16.Rows.Single(r => r.Implementation == "CacheBlockedSimd").ToFastestReference.Should().Be(1);
    }

    [Fact]
    public void AWrongImplementationIsReportedAsWrongNotTimed()
    {
        var run = BenchmarkRun.Read(Cli.Data("bench-wrong-practice-report-full.json"));
        var failures = BenchmarkOutput.Failures(File.ReadAllLines(Cli.Data("bench-wrong-practice-output.txt")));

        var ranked = BenchmarkRanking.Rank(run.Results, Learner, failures).Single();

        failures.Should().ContainSingle().Which.Parameters["Implementation"].Should().Be("Practice");
        var practice = ranked.Rows[^1];
        practice.Implementation.Should().Be("Practice");
        practice.IsTimed.Should().BeFalse();
        practice.IsWrong.Should().BeTrue();
        practice.Rank.Should().BeNull();
        practice.Failure.Should().Be("Practice is wrong for n = 100000, k = 16, Random: window 1 gave 1888969739, expected 1992922060.");
        ranked.Rows.Where(r => r.Implementation != "Practice").Should().OnlyContain(r => r.IsTimed);
    }

    [Fact]
    public void ReadsProgressFromBenchmarkDotNetsOutput()
    {
        BenchmarkOutput.Total("// ***** Found 7 benchmark(s) in total *****").Should().Be(7);
        BenchmarkOutput.Remaining("// ** Remained 6 (85.7 %) benchmark(s) to run. Estimated finish 2026-11-24 7:17 (0h 1m from now) **")
            .Should().Be((6, "0h 1m from now"));
        var header = BenchmarkOutput.Case("// Benchmark: SlidingWindowMaximumBenchmarks.MaxSlidingWindow: ShortRun(IterationCount=3, LaunchCount=1, WarmupCount=3) [N=100000, K=16, Shape=Random, Implementation=Practice]");
        header!.Value.Type.Should().Be("SlidingWindowMaximumBenchmarks");
        header.Value.Parameters.Should().Contain(new KeyValuePair<string, string>("Implementation", "Practice"));
    }

    [Fact]
    public void PlansOneRepresentativeFeasibleInputUnlessTold()
    {
        var plan = BenchmarkPlan.Create(typeof(SlidingWindowMaximumBenchmarks), ["Practice", "MonotonicDeque", "Limit"], ["Practice"], new Dictionary<string, string[]>(), full: false);

        plan.ParameterArguments.Should().Equal("Implementation=Practice,MonotonicDeque,Limit", "N=100000", "K=1000", "Shape=Random");
        plan.Arguments("short", "/tmp/a").Should().ContainInConsecutiveOrder("--filter", "Katas.Benchmarks.SlidingWindowMaximum.SlidingWindowMaximumBenchmarks.*")
            .And.ContainInConsecutiveOrder("--job", "short").And.ContainInConsecutiveOrder("--artifacts", "/tmp/a");
    }

    [Fact]
    public void ChosenValuesWinAndTheRestStayFeasible()
    {
        var plan = BenchmarkPlan.Create(
            typeof(SlidingWindowMaximumBenchmarks), ["Practice", "Limit"], ["Practice"], new Dictionary<string, string[]> { ["n"] = ["1000"] }, full: false);

        plan.ParameterArguments.Should().Equal("Implementation=Practice,Limit", "N=1000", "K=1000", "Shape=Random");

        var small = BenchmarkPlan.Create(
            typeof(SlidingWindowMaximumBenchmarks), ["Practice", "Limit"], ["Practice"], new Dictionary<string, string[]> { ["N"] = ["1000"], ["Shape"] = ["Increasing"] }, full: false);
        small.ParameterArguments.Should().Contain("K=1000");
    }

    [Fact]
    public void UnknownParametersAndValuesListTheValidOnes()
    {
        var name = () => BenchmarkPlan.Create(typeof(SlidingWindowMaximumBenchmarks), ["Limit"], [], new Dictionary<string, string[]> { ["M"] = ["1"] }, false);
        var value = () => BenchmarkPlan.Create(typeof(SlidingWindowMaximumBenchmarks), ["Limit"], [], new Dictionary<string, string[]> { ["K"] = ["7"] }, false);

        name.Should().Throw<ArgumentException>().WithMessage("*no parameter 'M'*N (1000, 100000, 10000000)*");
        value.Should().Throw<ArgumentException>().WithMessage("*K has no value '7'*3, 16, 100, 1000, 100000*");
    }

    [Fact]
    public async Task BenchPrintsTheRankedTableAndExitsWithZeroWhenYoursIsTimed()
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// a solution\n");
        var console = Cli.Console();
        var processes = Benchmark(repository, "bench-two-inputs");

        var exit = await Cli.Run(Cli.Context(repository, console, processes), "bench", "sliding-window-maximum", "--params", "K=16,1000");

        exit.Should().Be(ExitCode.Success);
        var request = processes.Requests.Single();
        request.Arguments.Should().StartWith(["run", "-c", "Release", "--project", BenchmarkPlan.Project, "--"])
            .And.ContainInConsecutiveOrder("--params", "Implementation=Practice,BlockPrefixSuffix,BruteForce,CacheBlockedSimd,LinkedListDeque,MonotonicDeque,ParallelCacheBlockedSimd,Limit", "N=100000", "K=16,1000", "Shape=Random");
        console.Output.Should().Contain("MaxSlidingWindow · N=100000, K=16, Shape=Random").And.Contain("K=1000")
            .And.Contain("Practice (yours)").And.Contain("× fastest reference").And.Contain("× Limit")
            .And.Contain("Practice ranks 6 of 6, 40.69× the time of the fastest reference (CacheBlockedSimd) and 24.87× the Limit.");
    }

    [Fact]
    public async Task BenchNamesTheVectorWidthThatRan()
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// a solution\n");
        var console = Cli.Console();

        // The recording, as a run on a machine without AVX2 exports it: each case carries the benchmark process's vector width.
        var export = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Cli.Data("bench-two-inputs-report-full.json")))!;
        foreach (var benchmark in export["Benchmarks"]!.AsArray())
        {
            benchmark!["Metrics"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "Value": 128, "Descriptor": { "Id": "VectorBits", "DisplayName": "Vector bits" } }"""));
        }

        var processes = new FakeProcessRunner(request =>
        {
            var results = Path.Combine(FakeProcessRunner.ArgumentAfter(request, "--artifacts"), "results");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "Katas.Benchmarks.SlidingWindowMaximum.SlidingWindowMaximumBenchmarks-report-full.json"), export.ToJsonString());
            return new ProcessResult(0, File.ReadAllLines(Cli.Data("bench-two-inputs-output.txt")));
        });

        await Cli.Run(Cli.Context(repository, console, processes), "bench", "sliding-window-maximum", "--params", "K=16,1000");

        console.Output.Should().Contain("Vector width that ran: Vector128");
    }

    [Fact]
    public async Task BenchReportsAWrongSolutionAsWrongAndExitsWithOne()
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// a wrong solution\n");
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console, Benchmark(repository, "bench-wrong-practice")), "bench", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("wrong").And.Contain("not timed")
            .And.Contain("Practice is wrong on this input, so it was not timed: Practice is wrong for n = 100000, k = 16");
    }

    [Fact]
    public async Task BenchOfAnUnstartedKataRacesTheReferencesAlone()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var processes = Benchmark(repository, "bench-two-inputs");

        var exit = await Cli.Run(Cli.Context(repository, console, processes), "bench", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        var implementations = processes.Requests.Single().Arguments.Single(a => a.StartsWith("Implementation=", StringComparison.Ordinal));
        implementations.Should().NotContain("Practice").And.Contain("CacheBlockedSimd").And.Contain("Limit");
        Cli.Flat(console.Output).Should().Contain("Nothing of yours to race in sliding-window-maximum yet")
            .And.Contain("CacheBlockedSimd").And.Contain("Your turn: katas show sliding-window-maximum");
    }

    [Theory]
    [InlineData("--params", "N")]
    [InlineData("--params", "Implementation=Practice")]
    [InlineData("--references", "Quicksort")]
    [InlineData("--job", "forever")]
    public async Task BadBenchOptionsAreUsageErrors(string option, string value)
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// a solution\n");
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "bench", "sliding-window-maximum", option, value);

        exit.Should().Be(ExitCode.Usage);
    }

    [Fact]
    public void TimesAndSizesReadLikeBenchmarkDotNets()
    {
        BenchCommand.Time(163.84).Should().Be("163.8 ns");
        BenchCommand.Time(2_537_600).Should().Be("2.5 ms");
        BenchCommand.Time(1.5e9).Should().Be("1.50 s");
        BenchCommand.Bytes(400_009).Should().Be("390.6 KB");
        BenchCommand.Bytes(512).Should().Be("512 B");
    }

    // BenchmarkDotNet as a recording: the output lines, and the full JSON export copied where --artifacts says.
    private static FakeProcessRunner Benchmark(TempRepository repository, string recording) => new(request =>
    {
        var artifacts = FakeProcessRunner.ArgumentAfter(request, "--artifacts");
        Directory.CreateDirectory(Path.Combine(artifacts, "results"));
        File.Copy(Cli.Data($"{recording}-report-full.json"), Path.Combine(artifacts, "results", "Katas.Benchmarks.SlidingWindowMaximum.SlidingWindowMaximumBenchmarks-report-full.json"));
        artifacts.Should().StartWith(repository.PathOf(".katas/bench/sliding-window-maximum"));
        return new ProcessResult(0, File.ReadAllLines(Cli.Data($"{recording}-output.txt")));
    });
}
