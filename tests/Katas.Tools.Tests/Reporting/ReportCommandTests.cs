using System.Diagnostics;
using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class ReportCommandTests
{
    [Fact]
    public void ParsesKatasOwnOptionsAndBenchmarkOptions()
    {
        var options = ReportOptions.Parse(["sliding-window-maximum", "--output", "out", "--job", "short", "--params", "N=1000,100000", "K=16"]);

        options.Katas.Select(k => k.Folder).Should().Equal("SlidingWindowMaximum");
        options.Run.Should().BeTrue();
        options.OutputDirectory.Should().Be("out");
        options.SizeParameter.Should().Be("N");
        options.BenchmarkArguments.Should().Equal("--job", "short", "--params", "N=1000,100000", "K=16");
    }

    [Fact]
    public void AllOrNoKataMeansEveryKata()
    {
        ReportOptions.Parse([]).Katas.Should().BeEmpty();
        ReportOptions.Parse(["SlidingWindowMaximum", "all"]).Katas.Should().BeEmpty();
    }

    [Fact]
    public void EverythingAfterADoubleDashGoesToTheBenchmarks()
    {
        ReportOptions.Parse(["--size", "Count", "--", "--no-run", "x"]).Should().Match<ReportOptions>(o =>
            o.Run && o.SizeParameter == "Count" && o.BenchmarkArguments.SequenceEqual(new[] { "--no-run", "x" }));
    }

    [Theory]
    [InlineData(new[] { "no-such-kata" }, "No kata is named 'no-such-kata'. Known: sliding-window-maximum*")]
    [InlineData(new[] { "--output" }, "--output needs a value*")]
    [InlineData(new[] { "--results", "--no-run" }, "--results needs a value*")]
    [InlineData(new[] { "--no-run", "--job", "short" }, "--no-run reuses the last results*'--job short'*")]
    public void RejectsABadCommandLine(string[] args, string message)
    {
        var act = () => ReportOptions.Parse(args);

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void RunsTheKatasBenchmarksThenReportsTheirResults()
    {
        using var root = new TempDirectory();
        File.WriteAllText(root.File("Katas.sln"), "");
        var started = new List<ProcessStartInfo>();
        var (command, output, error) = Command(root.Path, start =>
        {
            started.Add(start);
            var results = Path.Combine(root.Path, "BenchmarkDotNet.Artifacts", "results");
            Directory.CreateDirectory(results);
            File.Copy(Samples.ScalingPath, Path.Combine(results, "swm-report-full.json"));
            return 0;
        });

        var exit = command.Run(["sliding-window-maximum", "--job", "short"]);

        exit.Should().Be(0, error.ToString());
        var start = started.Should().ContainSingle().Subject;
        start.FileName.Should().Be("dotnet");
        start.WorkingDirectory.Should().Be(root.Path);
        start.ArgumentList.Should().Equal(
            "run", "-c", "Release", "--project", Path.Combine(root.Path, "benchmarks/Katas.Benchmarks"), "--",
            "--filter", "Katas.Benchmarks.SlidingWindowMaximum.*",
            "--artifacts", Path.Combine(root.Path, "BenchmarkDotNet.Artifacts"),
            "--job", "short");
        File.Exists(Path.Combine(root.Path, "docs", "benchmarks", "sliding-window-maximum.md")).Should().BeTrue();
        File.Exists(Path.Combine(root.Path, "docs", "benchmarks", "sliding-window-maximum.png")).Should().BeTrue();
        output.ToString().Should().Contain("Wrote docs/benchmarks/sliding-window-maximum.md and docs/benchmarks/sliding-window-maximum.png");
    }

    [Fact]
    public void LeavesTheFilterAndArtifactsToTheUserWhenGiven()
    {
        using var root = new TempDirectory();
        File.WriteAllText(root.File("Katas.sln"), "");
        ProcessStartInfo? start = null;
        var (command, _, _) = Command(root.Path, s =>
        {
            start = s;
            return 0;
        });

        command.Run(["--filter", "*Deque*", "--artifacts", "elsewhere"]);

        start!.ArgumentList.Skip(6).Should().Equal("--filter", "*Deque*", "--artifacts", "elsewhere");
    }

    [Fact]
    public void DoesNotReportWhenTheBenchmarksFail()
    {
        using var root = new TempDirectory();
        File.WriteAllText(root.File("Katas.sln"), "");
        var (command, _, error) = Command(root.Path, _ => 3);

        command.Run(["sliding-window-maximum"]).Should().Be(1);

        error.ToString().Should().Contain("the benchmarks failed (exit code 3)");
        Directory.Exists(Path.Combine(root.Path, "docs")).Should().BeFalse();
    }

    [Fact]
    public void NoRunRegeneratesFromTheExistingResults()
    {
        using var results = new TempDirectory();
        using var output = new TempDirectory();
        File.Copy(Samples.ScalingPath, results.File("swm-report-full.json"));
        var (command, _, error) = Command(root: null, _ => throw new InvalidOperationException("--no-run must not run anything"));

        var exit = command.Run(["--no-run", "--results", results.Path, "--output", output.Path]);

        exit.Should().Be(0, error.ToString());
        File.ReadAllText(output.File("sliding-window-maximum.md")).Should().Contain("| 100,000 | CacheBlockedSimd | **200.0 μs** | 2.00 | 0.25 | 390.59 KB |");
    }

    [Fact]
    public void SaysWhichKataHasNoResults()
    {
        using var results = new TempDirectory();
        using var output = new TempDirectory();
        var (command, _, error) = Command(root: null, _ => 0);

        command.Run(["sliding-window-maximum", "--no-run", "--results", results.Path, "--output", output.Path]).Should().Be(1);

        error.ToString().Should().Contain("has no results for SlidingWindowMaximum");
    }

    [Fact]
    public void ABadCommandLinePrintsTheUsage()
    {
        var (command, _, error) = Command(root: null, _ => 0);

        command.Run(["--output"]).Should().Be(2);

        error.ToString().Should().StartWith("error: --output needs a value.").And.Contain("Usage: dotnet run --project src/Katas.Report");
    }

    private static (ReportCommand Command, StringWriter Output, StringWriter Error) Command(string? root, Func<ProcessStartInfo, int> start)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (new ReportCommand(output, error, start, root), output, error);
    }
}
