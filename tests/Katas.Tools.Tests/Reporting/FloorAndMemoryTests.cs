using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

/// <summary>The report's checks of the <c>Limit</c> (a floor), its ranges over every input, and the cold and memory columns.</summary>
public sealed class FloorAndMemoryTests
{
    private const string Kata = "Katas.Benchmarks.SlidingWindowMaximum";

    [Fact]
    public void APageWhoseSolutionRunsBelowTheLimitSaysTheLimitIsWrong()
    {
        var run = Run(
            Case("N=10&Implementation=CacheBlockedSimd", 85),
            Case("N=10&Implementation=MonotonicDeque", 300),
            Case("N=10&Implementation=Limit", 100),
            Case("N=100&Implementation=CacheBlockedSimd", 950),
            Case("N=100&Implementation=Limit", 1000));

        var report = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation);

        report.BelowLimit.Select(r => (r.Result.Implementation, r.Result.Input)).Should().Equal([("CacheBlockedSimd", "N=10")], "0.95× is within the tolerance, 0.85× is not");
        var markdown = MarkdownReport.Render(report, null);
        markdown.Should().Contain("> **Warning: the `Limit` is not a floor here.** 1 measurement of a solution ran below 0.90× the `Limit` on the same input, best iteration against best iteration: CacheBlockedSimd at N=10 (0.85×).");
        markdown.IndexOf("Warning", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("## Run", StringComparison.Ordinal), "the warning heads the page");
    }

    [Fact]
    public void TheFloorIsCheckedOnBestTimesNotOnMediansThatASlowSpellMoves()
    {
        // N=10: the Limit's iterations ran in a slow spell (median 100, best 60), the solution's did not
        // (median 70, best 63): 0.70× by the medians, 1.05× by the best times, no alarm. N=100: the best
        // times say 0.80×, whatever the medians say.
        var run = Run(
            Case("N=10&Implementation=CacheBlockedSimd", 70) with { MinNanoseconds = 63 },
            Case("N=10&Implementation=Limit", 100) with { MinNanoseconds = 60 },
            Case("N=100&Implementation=CacheBlockedSimd", 1000) with { MinNanoseconds = 480 },
            Case("N=100&Implementation=Limit", 1000) with { MinNanoseconds = 600 });

        var report = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation);

        report.BelowLimit.Should().ContainSingle().Which.Should().Match<ReportRow>(r => r.Result.Input == "N=100" && r.BelowFloor == 0.8);
        report.Sections.Single().Rows.First().RatioToLimit.Should().Be(0.7, "the table still shows the medians' ratio");
        var data = ReportData.Of(report);
        data.BelowLimit.Should().ContainSingle().Which.Row.Input.Should().Be("N=100", "the committed data keeps the best times' ratio for the test over it");
        MarkdownReport.Render(report, null).Should().Contain("CacheBlockedSimd at N=100 (0.80×)").And.NotContain("N=10 (");
    }

    [Fact]
    public void APageAtOrAboveTheLimitHasNoWarning()
    {
        var markdown = MarkdownReport.Render(KataReport.Build("SlidingWindowMaximum", [Samples.Scaling], Samples.Documentation), null);

        markdown.Should().NotContain("Warning");
    }

    [Fact]
    public void TheFastestReferencesRangeCoversEveryInputNotTheBestOne()
    {
        // Fastest per input: Square 2.5× (ExactGeometry-like A), Disk 19.5× (B): the range is 2.5–19.5, not 2.5.
        var run = Run(
            Case("N=10&Shape=Square&Implementation=CacheBlockedSimd", 250),
            Case("N=10&Shape=Square&Implementation=MonotonicDeque", 400),
            Case("N=10&Shape=Square&Implementation=Limit", 100),
            Case("N=10&Shape=Disk&Implementation=CacheBlockedSimd", 2500),
            Case("N=10&Shape=Disk&Implementation=MonotonicDeque", 1950),
            Case("N=10&Shape=Disk&Implementation=Limit", 100),
            Case("N=100&Shape=Disk&Implementation=MonotonicDeque", 3000),
            Case("N=100&Shape=Disk&Implementation=Limit", 1000));

        var range = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation).Sections.Single().FastestToLimit!;

        range.Min.Should().BeApproximately(2.5, 1e-9);
        range.Max.Should().BeApproximately(19.5, 1e-9);
        range.Inputs.Should().Be(3);
        range.Solutions.Should().Equal("MonotonicDeque", "CacheBlockedSimd");
        range.Text.Should().Be("2.50–19.5× Limit");
        range.ColdText.Should().BeNull("no case carries a cold call");
    }

    [Fact]
    public void ALearnersClassIsNotAReferenceInTheRange()
    {
        var run = Run(
            Case("N=10&Implementation=Practice", 100),
            Case("N=10&Implementation=MonotonicDeque", 300),
            Case("N=10&Implementation=Limit", 100));

        var range = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation).Sections.Single().FastestToLimit!;

        range.Text.Should().Be("3.00× Limit");
    }

    [Fact]
    public void ProfiledCasesGetColdAndScratchColumns()
    {
        // A solution that rents 64 MB: its cold call obtains them (the pools were emptied) beyond the Limit's output.
        var run = Run(
            Case("N=10&Implementation=CacheBlockedSimd", 200) with { ColdNanoseconds = 700, ColdAllocatedBytes = 67_108_864 + 4_096, PooledPeakBytes = 67_108_864, VectorBits = 256 },
            Case("N=10&Implementation=MonotonicDeque", 400) with { ColdNanoseconds = 500, ColdAllocatedBytes = 4_096 + 64, PooledPeakBytes = 0, VectorBits = 256 },
            Case("N=10&Implementation=Limit", 100) with { ColdNanoseconds = 250, ColdAllocatedBytes = 4_096, PooledPeakBytes = 0, VectorBits = 256 });

        var report = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation);

        var rows = report.Sections.Single().Rows.ToDictionary(r => r.Result.Implementation);
        rows["CacheBlockedSimd"].ScratchBytes.Should().Be(67_108_864);
        rows["CacheBlockedSimd"].ColdRatioToLimit.Should().BeApproximately(2.8, 1e-9);
        rows["MonotonicDeque"].ScratchBytes.Should().Be(64);
        rows["Limit"].ScratchBytes.Should().Be(0);
        report.Vectors.Should().Equal("Vector256");
        report.Sections.Single().FastestToLimit!.ColdText.Should().Be("2.00× Limit", "the least cold ratio on the input, MonotonicDeque's");

        var markdown = MarkdownReport.Render(report, null);
        markdown.Should().Contain("**Machine:** Test CPU, 2 logical cores, Test OS, .NET 10; widest accelerated vector: Vector256  \n");
        markdown.Should().Contain("| N | Solution | Median | × Limit | × Baseline | Cold | Cold × Limit | Allocated | Scratch |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        markdown.Should().Contain("| 10 | CacheBlockedSimd | **200.0 ns** | 2.00 | — | 700.0 ns | 2.80 | — | 64 MB (64 MB pooled) |");
        markdown.Should().Contain("| 10 | MonotonicDeque | 400.0 ns | 4.00 | — | 500.0 ns | 2.00 | — | 64 B |");
        markdown.Should().Contain("**Fastest reference:** 2.00× Limit warm, 2.00× Limit cold, over 1 input (CacheBlockedSimd).");
        markdown.Should().Contain("**Scratch** is the memory a cold call obtains");
    }

    [Fact]
    public void TheDataFileHoldsThePagesFiguresAndTheIndexQuotesItsRanges()
    {
        using var output = new TempDirectory();
        var run = Run(
            Case("N=10&Implementation=MonotonicDeque", 300) with { ColdNanoseconds = 900, ColdAllocatedBytes = 100 },
            Case("N=10&Implementation=Limit", 100) with { ColdNanoseconds = 300, ColdAllocatedBytes = 40 },
            Case("N=100&Implementation=MonotonicDeque", 1200) with { ColdNanoseconds = 1500, ColdAllocatedBytes = 400 },
            Case("N=100&Implementation=Limit", 1000) with { ColdNanoseconds = 1000, ColdAllocatedBytes = 400 });

        ReportGenerator.Write([run], output.Path, folders: null, Samples.Documentation);

        var data = ReportData.Read(output.File("sliding-window-maximum.json"));
        data.Kata.Should().Be("sliding-window-maximum");
        var section = data.Sections.Single();
        section.FastestToLimit!.Min.Should().BeApproximately(1.2, 1e-9);
        section.FastestToLimit.Max.Should().BeApproximately(3.0, 1e-9);
        section.Rows.Single(r => r.Implementation == "MonotonicDeque" && r.Input == "N=10").ScratchBytes.Should().Be(60);
        ReportData.ReadAll(output.Path).Keys.Should().Equal("sliding-window-maximum");
        File.ReadAllText(output.File(ReportGenerator.IndexFileName))
            .Should().Contain("| Sliding Window Maximum | Run | 1.20–3.00× Limit (2 inputs; MonotonicDeque) | 1.50–3.00× Limit | [sliding-window-maximum.md](sliding-window-maximum.md) |");
    }

    private static BenchmarkRun Run(params BenchmarkResult[] results) =>
        new("Katas.Benchmarks-20261124-120000", new MachineInfo("Test CPU", "Test OS", ".NET 10", 2), results);

    private static BenchmarkResult Case(string parameters, double? median) =>
        new(Kata, "Benchmarks", "Run",
            parameters.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]),
            median, median, AllocatedBytes: null);
}
