using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class KataReportTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void FindsTheKataTheContractAndTheSize()
    {
        var report = KataReport.Build("SlidingWindowMaximum", [Samples.Scaling], Samples.Documentation);

        report.Name.Should().Be("sliding-window-maximum");
        report.Title.Should().Be("Sliding Window Maximum");
        var section = report.Sections.Should().ContainSingle().Subject;
        section.Method.Should().Be("MaxSlidingWindow");
        section.Baseline.Should().Be("LinkedListDeque");
        section.SizeParameter.Should().Be("N");
        section.Implementations.Should().Equal("BlockPrefixSuffix", "BruteForce", "CacheBlockedSimd", "LinkedListDeque", "MonotonicDeque", "Limit");
        var group = section.Groups.Should().ContainSingle().Subject;
        group.Label.Should().Be("K=16, Shape=Random");
        group.Sizes.Should().Equal(1_000, 100_000, 10_000_000);
    }

    [Fact]
    public void PicksTheContractThatDeclaresTheBenchmarkedMethod()
    {
        // Every Combination Sum solution implements both contracts, so only the method tells them apart.
        var report = KataReport.Build("CombinationSum", [Samples.TwoContracts], Samples.Documentation);

        var section = report.Sections.Should().ContainSingle().Subject;
        section.Method.Should().Be("CombinationSum2");
        section.Contract!.Interface.Should().Be(typeof(Katas.CombinationSum.ICombinationSum2));
        section.Baseline.Should().Be("TextbookBacktracking");
        section.SizeParameter.Should().Be("Combinations", "the benchmark reports the size of its named inputs");
        section.Groups.Should().ContainSingle().Which.Sizes.Should().Equal(16, 296);
    }

    [Fact]
    public void FitsTheSlopeOfEachSolutionAcrossSizes()
    {
        var slopes = KataReport.Build("SlidingWindowMaximum", [Samples.Scaling], Samples.Documentation).Sections[0].Groups[0].Slopes;

        slopes["Limit"].Should().BeApproximately(1.0, Tolerance);
        slopes["CacheBlockedSimd"].Should().BeApproximately(1.0, Tolerance);
        slopes["MonotonicDeque"].Should().BeApproximately(1.0, Tolerance);
        slopes["LinkedListDeque"].Should().BeApproximately(1.0, Tolerance);
        slopes["BruteForce"].Should().BeApproximately(2.0, Tolerance);
        slopes["BlockPrefixSuffix"].Should().BeApproximately(1.5, Tolerance);
    }

    [Fact]
    public void ComparesEachCaseWithTheLimitAndTheBaselineOnTheSameInput()
    {
        var rows = KataReport.Build("SlidingWindowMaximum", [Samples.Scaling], Samples.Documentation).Sections[0].Groups[0].Rows;

        var simd = rows.Single(r => r.Result.Implementation == "CacheBlockedSimd" && r.Size == 100_000);
        simd.RatioToLimit.Should().BeApproximately(2.0, Tolerance);
        simd.RatioToBaseline.Should().BeApproximately(0.25, Tolerance);
        simd.IsFastest.Should().BeTrue();
        var brute = rows.Single(r => r.Result.Implementation == "BruteForce" && r.Size == 10_000_000);
        brute.RatioToLimit.Should().BeApproximately(10_000, 1e-6);
        rows.Where(r => r.IsFastest).Select(r => (r.Result.Implementation, r.Size)).Should().BeEquivalentTo(
            [("BlockPrefixSuffix", 1_000.0), ("BruteForce", 1_000.0), ("CacheBlockedSimd", 100_000.0), ("CacheBlockedSimd", 10_000_000.0)],
            "ties share the lead and the Limit never races");
        rows.Select(r => r.Size).Should().BeInAscendingOrder();
    }

    [Fact]
    public void TakesTheTheoreticalComplexityFromTheXmlDocs()
    {
        var theory = KataReport.Build("SlidingWindowMaximum", [Samples.Scaling], Samples.Documentation).Sections[0].Theory;

        theory["BruteForce"].Time.Should().Be("O(n·k)");
        theory["MonotonicDeque"].Should().Be(new TheoreticalComplexity("O(n)", "O(k)"));
        theory["Limit"].Should().Be(TheoreticalComplexity.Unknown);
    }

    [Fact]
    public void WritesTheTablesWithMediansRatiosAndAllocations()
    {
        var report = KataReport.Build("SlidingWindowMaximum", [Samples.Scaling], Samples.Documentation);

        var lines = MarkdownReport.Render(report, "sliding-window-maximum.png").Split('\n');

        lines.Should().Contain("# Sliding Window Maximum: benchmark report");
        lines.Should().Contain(l => l.StartsWith("**Machine:** Intel Xeon Processor, 2 logical cores, Linux Debian GNU/Linux 12 (bookworm), .NET 10.0.12", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("**Job:** `Dry(IterationCount=1", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("![", StringComparison.Ordinal) && l.EndsWith("(sliding-window-maximum.png)", StringComparison.Ordinal));
        lines.Should().ContainInConsecutiveOrder(
            "| Solution | Time (docs) | Extra space (docs) | Slope |",
            "|---|---|---|---:|",
            "| BlockPrefixSuffix | O(n) | O(n) | 1.50 |",
            "| BruteForce | O(n·k) | O(1) | 2.00 |",
            "| CacheBlockedSimd | O(n) | O(k) | 1.00 |",
            "| LinkedListDeque (baseline) | O(n) | O(k) | 1.00 |",
            "| MonotonicDeque | O(n) | O(k) | 1.00 |",
            "| Limit | hardware floor | — | 1.00 |");
        lines.Should().Contain("#### K=16, Shape=Random");
        lines.Should().ContainInConsecutiveOrder(
            "| N | Solution | Median | × Limit | × Baseline | Allocated |",
            "|---:|---|---:|---:|---:|---:|",
            "| 1,000 | BlockPrefixSuffix | **1.000 μs** | 1.00 | 0.13 | 11.73 KB |");
        lines.Should().ContainInConsecutiveOrder(
            "| 100,000 | CacheBlockedSimd | **200.0 μs** | 2.00 | 0.25 | 390.59 KB |",
            "| 100,000 | LinkedListDeque (baseline) | 800.0 μs | 8.00 | 1.00 | 4.96 MB |",
            "| 100,000 | MonotonicDeque | 400.0 μs | 4.00 | 0.50 | 390.68 KB |",
            "| 100,000 | Limit | 100.0 μs | 1.00 | 0.13 | 390.65 KB |");
        lines.Should().Contain("| 10,000,000 | BruteForce | 100.0 s | 10,000 | 1,250 | 38.15 MB |");
    }

    [Fact]
    public void AtOneSizeThereIsATableButNoSlope()
    {
        var report = KataReport.Build("SlidingWindowMaximum", [Samples.SingleSize], Samples.Documentation);

        report.Scales.Should().BeFalse();
        report.Sections[0].Groups[0].Slopes.Should().BeEmpty();
        var markdown = MarkdownReport.Render(report, plotFileName: null);
        markdown.Should().Contain("| Solution | Time (docs) | Extra space (docs) |\n|---|---|---|\n| BlockPrefixSuffix | O(n) | O(n) |\n");
        markdown.Should().Contain("| 10,000,000 | CacheBlockedSimd | **8.469 ms** | 1.00 | 0.030 | 38.15 MB |");
        markdown.Should().NotContain("Slope").And.NotContain("![");
    }

    [Fact]
    public void WithoutASizeParameterEachNamedInputGetsATable()
    {
        var run = Run(
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Tiny&Implementation=MonotonicDeque", 10),
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Tiny&Implementation=LinkedListDeque", 40),
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Tiny&Implementation=Limit", 5),
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Huge&Implementation=MonotonicDeque", 1000),
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Huge&Implementation=Limit", 500));

        var report = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation);

        var section = report.Sections.Single();
        section.SizeParameter.Should().BeNull();
        section.Groups.Select(g => g.Label).Should().Equal("Input=Tiny", "Input=Huge");
        report.Scales.Should().BeFalse();
        var markdown = MarkdownReport.Render(report, plotFileName: null);
        markdown.Should().Contain("no size parameter (`N`), so no slope");
        markdown.Should().Contain("#### Input=Tiny\n\n| Solution | Median | × Limit | × Baseline | Allocated |\n|---|---:|---:|---:|---:|\n| LinkedListDeque (baseline) | 40.00 ns | 8.00 | 1.00 | — |\n| MonotonicDeque | **10.00 ns** | 2.00 | 0.25 | — |\n");
        markdown.Should().Contain("| MonotonicDeque | 1.000 μs | 2.00 | — | — |", "the baseline did not run on the huge input");
    }

    [Fact]
    public void NamedInputsAreSizedByTheSizeTheBenchmarkReported()
    {
        // Times chosen so the slopes are exact: MonotonicDeque 3·size (slope 1), LinkedListDeque
        // 1000 whatever the size (slope 0), Limit size (slope 1).
        static BenchmarkResult Sized(string parameters, double median, double size) =>
            Case("Katas.Benchmarks.SlidingWindowMaximum", parameters, median) with { InputSize = size, InputSizeName = "Windows" };

        var run = Run(
            Sized("Input=Big&Implementation=MonotonicDeque", 3000, 1000),
            Sized("Input=Big&Implementation=LinkedListDeque", 1000, 1000),
            Sized("Input=Big&Implementation=Limit", 1000, 1000),
            Sized("Input=Small&Implementation=MonotonicDeque", 30, 10),
            Sized("Input=Small&Implementation=LinkedListDeque", 1000, 10),
            Sized("Input=Small&Implementation=Limit", 10, 10));

        var report = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation);

        var section = report.Sections.Single();
        section.SizeParameter.Should().Be("Windows");
        section.SizeIsReported.Should().BeTrue();
        var group = section.Groups.Should().ContainSingle("one line per solution runs across the named inputs").Subject;
        group.Label.Should().BeEmpty();
        group.Sizes.Should().Equal(10, 1000);
        group.Slopes["MonotonicDeque"].Should().BeApproximately(1.0, Tolerance);
        group.Slopes["LinkedListDeque"].Should().BeApproximately(0.0, Tolerance);
        group.Slopes["Limit"].Should().BeApproximately(1.0, Tolerance);
        group.Rows.Where(r => r.IsFastest).Select(r => r.Result.Input).Should().Equal("Input=Small", "Input=Big");
        report.Scales.Should().BeTrue();

        var markdown = MarkdownReport.Render(report, plotFileName: "plot.png");
        markdown.Should().Contain("named inputs, sized by the benchmark in `Windows`");
        markdown.Should().Contain("| Windows | Input | Solution | Median | × Limit | × Baseline | Allocated |\n|---:|---|---|---:|---:|---:|---:|\n");
        markdown.Should().Contain("| 1,000 | Input=Big | MonotonicDeque | 3.000 μs | 3.00 | 3.00 | — |");
        markdown.Should().Contain("| 10 | Input=Small | LinkedListDeque (baseline) | 1.000 μs | 100 | 1.00 | — |");
        markdown.Should().NotContain("####", "all inputs share one table");
    }

    [Fact]
    public void ASizeReportedForOnlySomeCasesIsNotUsed()
    {
        var run = Run(
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Big&Implementation=MonotonicDeque", 3000) with { InputSize = 1000, InputSizeName = "Windows" },
            Case("Katas.Benchmarks.SlidingWindowMaximum", "Input=Small&Implementation=MonotonicDeque", 30));

        var section = KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation).Sections.Single();

        section.SizeParameter.Should().BeNull();
        section.SizeIsReported.Should().BeFalse();
        section.Groups.Select(g => g.Label).Should().Equal("Input=Big", "Input=Small");
    }

    [Fact]
    public void AnUnknownKataStillGetsItsTables()
    {
        var run = Run(
            Case("Katas.Benchmarks.NotAKata", "N=10&Implementation=Fast", 10),
            Case("Katas.Benchmarks.NotAKata", "N=100&Implementation=Fast", 100),
            Case("Katas.Benchmarks.NotAKata", "N=10&Implementation=Limit", 1),
            Case("Katas.Benchmarks.NotAKata", "N=100&Implementation=Limit", 10));

        var report = KataReport.Build("NotAKata", [run], Samples.Documentation);

        report.Kata.Should().BeNull();
        report.Name.Should().Be("not-a-kata");
        report.Sections[0].Baseline.Should().BeNull();
        report.Sections[0].Groups[0].Slopes["Fast"].Should().BeApproximately(1.0, Tolerance);
        MarkdownReport.Render(report, null).Should().Contain("| 100 | Fast | 100.0 ns | 10.0 | — | — |", "a solution alone wins no race");
    }

    [Fact]
    public void ALaterRunReplacesTheSameCaseAndKeepsTheOthers()
    {
        var older = Run(
            "old-20260101-000000",
            Case("Katas.Benchmarks.SlidingWindowMaximum", "N=10&Implementation=MonotonicDeque", 100),
            Case("Katas.Benchmarks.SlidingWindowMaximum", "N=10&Implementation=Limit", 10));
        var newer = Run("new-20260202-000000", Case("Katas.Benchmarks.SlidingWindowMaximum", "N=10&Implementation=MonotonicDeque", 20));

        var report = KataReport.Build("SlidingWindowMaximum", [older, newer], Samples.Documentation);

        var rows = report.Sections[0].Groups[0].Rows;
        rows.Select(r => (r.Result.Implementation, r.Result.MedianNanoseconds)).Should().Equal(("MonotonicDeque", 20.0), ("Limit", 10.0));
        rows[0].RatioToLimit.Should().BeApproximately(2.0, Tolerance);
        report.Runs.Select(r => r.Started).Should().Equal(new DateTime(2026, 1, 1), new DateTime(2026, 2, 2));
    }

    [Fact]
    public void AFailedCaseShowsAsFailed()
    {
        var run = Run(
            Case("Katas.Benchmarks.SlidingWindowMaximum", "N=10&Implementation=MonotonicDeque", null),
            Case("Katas.Benchmarks.SlidingWindowMaximum", "N=10&Implementation=Limit", 10));

        var markdown = MarkdownReport.Render(KataReport.Build("SlidingWindowMaximum", [run], Samples.Documentation), null);

        markdown.Should().Contain("| 10 | MonotonicDeque | failed | — | — | — |");
    }

    [Fact]
    public void RefusesAKataWithoutResults()
    {
        var act = () => KataReport.Build("MaximumGap", [Samples.Scaling], Samples.Documentation);

        act.Should().Throw<ArgumentException>().WithMessage("*no case of the kata 'MaximumGap'*");
    }

    private static BenchmarkRun Run(params BenchmarkResult[] results) => Run("Katas.Benchmarks-20261124-120000", results);

    private static BenchmarkRun Run(string title, params BenchmarkResult[] results) =>
        new(title, new MachineInfo("Test CPU", "Test OS", ".NET 10", 2), results);

    private static BenchmarkResult Case(string ns, string parameters, double? median) =>
        new(ns, "Benchmarks", "Run",
            parameters.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]),
            median, median, AllocatedBytes: null);
}
