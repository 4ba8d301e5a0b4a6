using System.Text;
using Katas.Discovery;

namespace Katas.Reporting;

/// <summary>
/// Writes the report files: per kata the page <c>&lt;kata&gt;.md</c>, its plot <c>&lt;kata&gt;.png</c> and its figures
/// <c>&lt;kata&gt;.json</c> (<see cref="ReportData"/>), and the index <c>README.md</c>.
/// </summary>
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
            ReportData.Of(report).Write(Path.ChangeExtension(markdown, ReportData.Extension));
            written.Add(new ReportFiles(report, markdown, plotted ? plot : null));
        }

        WriteIndex(outputDirectory);
        return written;
    }

    /// <summary>
    /// Writes <see cref="IndexFileName"/> in <paramref name="outputDirectory"/>: a link to every report there,
    /// katas in their suggested order, with each benchmark's fastest-reference range of × Limit from the page's data file.
    /// </summary>
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
        var data = ReportData.ReadAll(outputDirectory);
        var index = new StringBuilder();
        index.Append("# Benchmark reports\n\n");
        index.Append("One page per kata: median times, ratios to the `Limit` (the hardware floor) and to the kata's baseline, ");
        index.Append("the time of a cold call and the scratch memory each solution uses (pooled or not), the machine and the vector width that ran, ");
        index.Append("a log-log scaling plot, and each solution's empirical complexity beside the one its documentation claims. ");
        index.Append("Each page's figures are also in `<kata>.json` beside it.\n\n");
        index.Append("Regenerate them on a quiet machine (this runs every benchmark: with `--job short` about 40 minutes on two cores, ");
        index.Append("several times that with BenchmarkDotNet's default job; each page names the job that produced it, and the repository README lists the options):\n\n");
        index.Append("```sh\n").Append(MarkdownReport.Command).Append(" all --job short\n```\n\n");
        index.Append("**Fastest reference** is, over every input a benchmark measured (every size, shape and parameter, not the best one), ");
        index.Append("the range of the fastest reference solution's median ÷ the `Limit`'s on the same input; **cold**, the same for cold calls. ");
        index.Append("Quote these ranges, not a single input's ratio.\n\n");
        index.Append("| Kata | Benchmark | Fastest reference, warm | Cold | Report |\n|---|---|---|---|---|\n");
        void Row(string title, string page)
        {
            var sections = data.TryGetValue(page, out var figures) ? figures.Sections : [];
            if (sections.Count == 0)
            {
                index.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {title} | — | — | — | [{page}.md]({page}.md) |\n");
            }

            foreach (var section in sections)
            {
                var range = section.FastestToLimit;
                var warm = range is null ? "—" : $"{range.Text} ({range.Inputs} input{(range.Inputs == 1 ? "" : "s")}; {string.Join(", ", range.Solutions)})";
                index.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {title} | {section.Name} | {warm} | {range?.ColdText ?? "—"} | [{page}.md]({page}.md) |\n");
            }
        }

        foreach (var kata in KataDefinition.All.Where(k => pages.Remove(k.Name)))
        {
            Row(kata.Title, kata.Name);
        }

        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            Row(page, page);
        }

        var path = Path.Combine(outputDirectory, IndexFileName);
        File.WriteAllText(path, index.ToString(), new UTF8Encoding(false));
        return path;
    }
}
