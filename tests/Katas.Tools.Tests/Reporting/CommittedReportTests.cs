using Katas.Discovery;
using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

/// <summary>Checks of the committed benchmark reports in <c>docs/benchmarks</c>, through the figures each page keeps beside it.</summary>
public sealed class CommittedReportTests
{
    private static string Directory => Path.Combine(Repository.FindRoot() ?? throw new InvalidOperationException("Run the tests inside the repository."), "docs", "benchmarks");

    [Fact]
    public void NoSolutionRunsBelowTheLimit()
    {
        var below = ReportData.ReadAll(Directory).Values
            .SelectMany(data => data.BelowLimit.Select(b => $"{data.Kata} {b.Section.Name}: {b.Row.Implementation} at {b.Row.Input} is {b.Row.BelowFloor:0.00}× Limit (best times)"))
            .ToArray();

        below.Should().BeEmpty("a solution below {0}× Limit means that Limit does work a solution may skip: fix the Limit, then regenerate the report", KataReport.FloorTolerance);
    }

    [Fact]
    public void EveryDataFileBelongsToAPageAndReadsAsReportData()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*" + ReportData.Extension))
        {
            File.Exists(Path.ChangeExtension(file, ".md")).Should().BeTrue("{0} is the figures of a page", file);
            var data = ReportData.Read(file);
            data.Kata.Should().Be(Path.GetFileNameWithoutExtension(file));
            data.Sections.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void TheCheckFindsASolutionBelowTheLimit()
    {
        using var output = new TempDirectory();
        var results = new[] { ("Fast", 80.0), ("Limit", 100.0) }.Select(c => new BenchmarkResult(
            "Katas.Benchmarks.SlidingWindowMaximum", "Benchmarks", "Run",
            new Dictionary<string, string> { ["N"] = "10", ["Implementation"] = c.Item1 }, c.Item2, c.Item2, null)).ToArray();
        ReportGenerator.Write([new BenchmarkRun("run", new MachineInfo("CPU", "OS", ".NET", 2), results)], output.Path, null, Samples.Documentation);

        var below = ReportData.ReadAll(output.Path).Values.Single().BelowLimit;

        below.Should().ContainSingle().Which.Row.Implementation.Should().Be("Fast");
    }
}
