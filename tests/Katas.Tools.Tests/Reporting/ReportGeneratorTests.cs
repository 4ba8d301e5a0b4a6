using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class ReportGeneratorTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void WritesThePageAndThePlotOfEachKata()
    {
        using var output = new TempDirectory();

        var files = ReportGenerator.Write([Samples.Scaling], output.Path, folders: null, Samples.Documentation);

        var written = files.Should().ContainSingle().Subject;
        written.Markdown.Should().Be(output.File("sliding-window-maximum.md"));
        written.Plot.Should().Be(output.File("sliding-window-maximum.png"));
        var png = File.ReadAllBytes(written.Plot!);
        png.Take(PngSignature.Length).Should().Equal(PngSignature);
        png.Length.Should().BeGreaterThan(10_000, "a plot with six lines, axes and a legend is not a blank image");
        File.ReadAllText(written.Markdown).Should().Contain("](sliding-window-maximum.png)").And.Contain("| BruteForce | O(n·k) | O(1) | 2.00 |");
    }

    [Fact]
    public void EachMethodAndInputThatScalesGetsAPanelAboveASharedLegend()
    {
        using var output = new TempDirectory();
        var results = new List<BenchmarkResult>();
        foreach (var method in new[] { "Build", "Query" })
        {
            foreach (var (n, shape) in new[] { (10, "Flat"), (1000, "Flat"), (10, "Steep"), (1000, "Steep"), (10, "Once") })
            {
                foreach (var implementation in new[] { "MonotonicDeque", "Limit" })
                {
                    var parameters = new Dictionary<string, string> { ["N"] = $"{n}", ["Shape"] = shape, ["Implementation"] = implementation };
                    results.Add(new BenchmarkResult("Katas.Benchmarks.SlidingWindowMaximum", "Benchmarks", method, parameters, n, n, null));
                }
            }
        }

        var run = new BenchmarkRun("run-20261124-120000", new MachineInfo("CPU", "OS", ".NET", 2), results);

        var plot = ReportGenerator.Write([run], output.Path, folders: null, Samples.Documentation).Single().Plot!;

        // Four panels (Build and Query × Flat and Steep; Once has one size) in three columns, two rows, and the legend.
        var (width, height) = PngSize(plot);
        width.Should().Be(3 * 560);
        height.Should().BeInRange((2 * 400) + 24, (2 * 400) + 200);
        var markdown = File.ReadAllText(output.File("sliding-window-maximum.md"));
        markdown.Should().Contain("## Build\n").And.Contain("## Query\n").And.Contain("#### Shape=Once\n");
    }

    [Fact]
    public void WritesAnIndexThatLinksEveryPage()
    {
        using var output = new TempDirectory();
        File.WriteAllText(output.File("some-old-kata.md"), "# Old");

        ReportGenerator.Write([Samples.Scaling], output.Path, folders: null, Samples.Documentation);

        var index = File.ReadAllText(output.File(ReportGenerator.IndexFileName));
        index.Should().Contain("| Sliding Window Maximum | MaxSlidingWindow | ").And.Contain(" | [sliding-window-maximum.md](sliding-window-maximum.md) |");
        index.Should().Contain("| some-old-kata | — | — | — | [some-old-kata.md](some-old-kata.md) |", "a page without its data file has no figures to quote");
        index.Should().NotContain("README.md)");
    }

    [Fact]
    public void ResultsAtOneSizeReplaceAStalePlotWithNone()
    {
        using var output = new TempDirectory();
        ReportGenerator.Write([Samples.Scaling], output.Path, folders: null, Samples.Documentation);

        var files = ReportGenerator.Write([Samples.SingleSize], output.Path, ["SlidingWindowMaximum"], Samples.Documentation);

        files.Single().Plot.Should().BeNull();
        File.Exists(output.File("sliding-window-maximum.png")).Should().BeFalse();
        File.ReadAllText(output.File("sliding-window-maximum.md")).Should().NotContain(".png");
    }

    [Fact]
    public void ReadsEveryExportInADirectoryOldestFirst()
    {
        using var results = new TempDirectory();
        File.Copy(Samples.ScalingPath, results.File("b-report-full.json"));
        File.Copy(Samples.SingleSizePath, results.File("a-report-full.json"));
        File.WriteAllText(results.File("ignored-report.csv"), "not json");
        File.SetLastWriteTimeUtc(results.File("b-report-full.json"), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(results.File("a-report-full.json"), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var runs = BenchmarkRun.ReadAll(results.Path);

        runs.Select(r => r.Results.Count).Should().Equal(18, 6);
        runs[1].Started.Should().Be(new DateTime(2026, 11, 24, 6, 45, 51));
        var act = () => BenchmarkRun.ReadAll(results.File("missing"));
        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*missing*");
    }

    // A PNG starts with its signature and the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
