using System.Text;
using Katas.Discovery;

namespace Katas.Reporting;

/// <summary>Writes the report files: per kata <c>&lt;kata&gt;.md</c> and <c>&lt;kata&gt;.png</c>, and the index <c>README.md</c>.</summary>
public static class ReportGenerator
{
    /// <summary>The index page of the reports directory.</summary>
    public const string IndexFileName = "README.md";

    /// <summary>
    /// Writes the report of each kata in <paramref name="folders"/> (every kata with results when it is
    /// <see langword="null"/>) from <paramref name="runs"/> into <paramref name="outputDirectory"/>, then the index.
    /// A kata whose results no longer scale loses its stale plot.
    /// </summary>
    /// <param name="runs">The runs, oldest first (a later measurement of a case wins).</param>
    /// <param name="outputDirectory">Where the files go, for example <c>docs/benchmarks</c>; created when missing.</param>
    /// <param name="folders">The kata folders to report, or <see langword="null"/> for all that have results.</param>
    /// <param name="documentation">Where the theoretical complexity comes from.</param>
    /// <param name="sizeParameter">The parameter that holds the input size.</param>
    /// <returns>The files written per kata, in order.</returns>
    /// <exception cref="ArgumentException">A requested kata has no results.</exception>
    public static IReadOnlyList<ReportFiles> Write(
        IReadOnlyList<BenchmarkRun> runs,
        string outputDirectory,
        IEnumerable<string>? folders,
        XmlDocumentation documentation,
        string sizeParameter = BenchmarkResult.SizeParameter)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        ArgumentNullException.ThrowIfNull(documentation);

        var reports = (folders ?? KataReport.Folders(runs))
            .Select(folder => KataReport.Build(folder, runs, documentation, sizeParameter))
            .ToArray();
        Directory.CreateDirectory(outputDirectory);
        var written = new List<ReportFiles>();
        foreach (var report in reports)
        {
            var markdown = Path.Combine(outputDirectory, report.Name + ".md");
            var plot = Path.Combine(outputDirectory, report.Name + ".png");
            var plotted = ScalingPlot.Write(report, plot);
            if (!plotted && File.Exists(plot))
            {
                File.Delete(plot);
            }

            File.WriteAllText(markdown, MarkdownReport.Render(report, plotted ? Path.GetFileName(plot) : null), new UTF8Encoding(false));
            written.Add(new ReportFiles(report, markdown, plotted ? plot : null));
        }

        WriteIndex(outputDirectory);
        return written;
    }

    /// <summary>Writes <see cref="IndexFileName"/> in <paramref name="outputDirectory"/>: a link to every report there, katas in their suggested order.</summary>
    /// <returns>The index's path.</returns>
    public static string WriteIndex(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);

        Directory.CreateDirectory(outputDirectory);
        var pages = Directory.EnumerateFiles(outputDirectory, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !string.Equals(name + ".md", IndexFileName, StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.Ordinal);
        var index = new StringBuilder();
        index.Append("# Benchmark reports\n\n");
        index.Append("One page per kata: median times, ratios to the `Limit` (the hardware floor) and to the kata's baseline, ");
        index.Append("allocations, the machine, a log-log scaling plot, and each solution's empirical complexity beside the one its documentation claims.\n\n");
        index.Append("Regenerate them on a quiet machine (this runs every benchmark: with `--job short` about 40 minutes on two cores, ");
        index.Append("several times that with BenchmarkDotNet's default job; each page names the job that produced it, and the repository README lists the options):\n\n");
        index.Append("```sh\n").Append(MarkdownReport.Command).Append(" all --job short\n```\n\n");
        index.Append("| Kata | Report |\n|---|---|\n");
        foreach (var kata in KataDefinition.All.Where(k => pages.Remove(k.Name)))
        {
            index.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {kata.Title} | [{kata.Name}.md]({kata.Name}.md) |\n");
        }

        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            index.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {page} | [{page}.md]({page}.md) |\n");
        }

        var path = Path.Combine(outputDirectory, IndexFileName);
        File.WriteAllText(path, index.ToString(), new UTF8Encoding(false));
        return path;
    }
}
