using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

/// <summary>The plot's decisions, made before drawing: which panels, which lines, which ticks.</summary>
public sealed class PlotPanelTests
{
    [Fact]
    public void APanelHoldingOnlyTheLimitIsLeftOut()
    {
        // As Maximum Gap had it: a second benchmark method measured for the Limit alone.
        var results = new List<BenchmarkResult>();
        foreach (var distribution in new[] { "Uniform", "Sorted" })
        {
            foreach (var n in new[] { 1_000, 100_000 })
            {
                results.Add(Case("MaximumGap", $"N={n}&Distribution={distribution}&Implementation=SortAndScan", 40.0 * n));
                results.Add(Case("MaximumGap", $"N={n}&Distribution={distribution}&Implementation=Limit", n));
                results.Add(Case("ArrayCopy", $"N={n}&Distribution={distribution}&Implementation=Limit", 2.0 * n));
            }
        }

        var report = KataReport.Build("MaximumGap", [Run("Katas.Benchmarks.MaximumGap", results)], Samples.Documentation);

        var panels = ScalingPlot.Panels(report);

        panels.Select(p => p.Title).Should().Equal("MaximumGap: Distribution=Uniform", "MaximumGap: Distribution=Sorted");
        panels.Should().OnlyContain(p => p.Series.Count(s => s.IsLimit) == 1 && p.Series.Any(s => !s.IsLimit), "one panel per input, each with its Limit");
    }

    [Fact]
    public void NamedInputsAreLabelledOnTheXAxis()
    {
        var report = KataReport.Build("CombinationSum", [Samples.TwoContracts], Samples.Documentation);

        var panel = ScalingPlot.Panels(report).Should().ContainSingle().Subject;

        panel.NamedInputs.Should().BeTrue();
        panel.XLabel.Should().Be("Combinations");
        panel.XTicks.Select(t => t.Label).Should().Equal("OnesAndTwos · 16", "From1To50 · 296");
        panel.XTicks.Select(t => Math.Pow(10, t.Position)).Should().Equal([16, 296], (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void EveryAxisOfEveryPanelHasAtLeastThreeTicks()
    {
        var panels = new[] { Samples.Scaling, Samples.TwoContracts }
            .SelectMany(run => KataReport.Folders([run]).Select(folder => KataReport.Build(folder, [run], Samples.Documentation)))
            .SelectMany(ScalingPlot.Panels)
            .ToArray();

        panels.Should().NotBeEmpty();
        panels.Should().OnlyContain(p => p.YTicks.Count >= LogTicks.Minimum);
        panels.Where(p => !p.NamedInputs).Should().OnlyContain(p => p.XTicks.Count >= LogTicks.Minimum);
        panels.Should().OnlyContain(p => p.YTicks.All(t => t.Position >= p.YLimits.Low && t.Position <= p.YLimits.High));
    }

    [Fact]
    public void ANarrowRangeOfTimesStillGetsThreeLabelledTicks()
    {
        // The convex hull's square input: 740 μs to 4.3 ms, under one decade.
        var results = new[]
        {
            Case("ConvexHull", "N=100000&Shape=Square&Implementation=EpsilonGeometry", 740_400),
            Case("ConvexHull", "N=1000000&Shape=Square&Implementation=EpsilonGeometry", 3_853_000),
            Case("ConvexHull", "N=100000&Shape=Square&Implementation=Limit", 1_400_000),
            Case("ConvexHull", "N=1000000&Shape=Square&Implementation=Limit", 4_300_000),
        };

        var panel = ScalingPlot.Panels(KataReport.Build("Geometry", [Run("Katas.Benchmarks.Geometry", results)], Samples.Documentation)).Single();

        panel.YTicks.Select(t => t.Label).Should().Equal("1 ms", "2 ms", "5 ms");
    }

    private static BenchmarkRun Run(string ns, IEnumerable<BenchmarkResult> results) =>
        new("Katas.Benchmarks-20261124-120000", new MachineInfo("Test CPU", "Test OS", ".NET 10", 2), results.Select(r => r with { Namespace = ns }).ToArray());

    private static BenchmarkResult Case(string method, string parameters, double median) =>
        new("Katas.Benchmarks.MaximumGap", "Benchmarks", method,
            parameters.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]),
            median, median, AllocatedBytes: null);
}
