using ScottPlot;
using ScottPlot.TickGenerators;

namespace Katas.Reporting;

/// <summary>
/// Draws a kata's scaling plot: median time against input size on log-log axes, one panel per
/// benchmark method and combination of the other inputs, one line per solution, the <c>Limit</c> dashed.
/// </summary>
public static class ScalingPlot
{
    private const int PanelWidth = 560;
    private const int PanelHeight = 400;
    private const int MaxColumns = 3;

    // Category10: distinguishable and colour-blind tolerant; each solution keeps its colour across panels.
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"), Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"), Color.FromHex("#bcbd22"), Color.FromHex("#17becf"),
    ];

    /// <summary>Writes the plot of <paramref name="report"/> to <paramref name="path"/> as a PNG.</summary>
    /// <returns><see langword="false"/> (and no file) when no solution was measured at two or more sizes.</returns>
    public static bool Write(KataReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(path);

        var panels = report.Sections
            .SelectMany(section => section.Groups.Where(g => g.Scales).Select(group => (Section: section, Group: group)))
            .ToArray();
        if (panels.Length == 0)
        {
            return false;
        }

        var columns = Math.Min(MaxColumns, panels.Length);
        var rows = (panels.Length + columns - 1) / columns;
        var multiplot = new Multiplot();
        multiplot.AddPlots(panels.Length);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
        var colours = new Dictionary<string, Color>(StringComparer.Ordinal);
        for (var i = 0; i < panels.Length; i++)
        {
            var (section, group) = panels[i];
            var title = (report.Sections.Count > 1, group.Label.Length > 0) switch
            {
                (true, true) => $"{section.Method}: {group.Label}",
                (true, false) => section.Method,
                (false, true) => group.Label,
                (false, false) => report.Title,
            };
            Draw(multiplot.GetPlot(i), section, group, title, colours);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        multiplot.SavePng(path, columns * PanelWidth, rows * PanelHeight);
        return true;
    }

    private static void Draw(Plot plot, ReportSection section, ReportGroup group, string title, Dictionary<string, Color> colours)
    {
        plot.Font.Automatic();
        plot.Title(title, size: 14);
        plot.XLabel(section.SizeParameter ?? "size", size: 12);
        plot.YLabel("median time", size: 12);

        foreach (var name in section.Implementations)
        {
            var points = group.Rows
                .Where(r => r.Result.Implementation == name && r.Size is > 0 && r.Result.MedianNanoseconds is > 0)
                .Select(r => (X: Math.Log10(r.Size!.Value), Y: Math.Log10(r.Result.MedianNanoseconds!.Value)))
                .ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var isLimit = name == KataReport.Limit;
            if (!colours.TryGetValue(name, out var colour))
            {
                colour = isLimit ? Colors.Black : Palette[colours.Count(c => c.Key != KataReport.Limit) % Palette.Length];
                colours[name] = colour;
            }

            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), colour);
            var label = name == section.Baseline ? $"{name} (baseline)" : name;
            line.LegendText = group.Slopes.TryGetValue(name, out var slope) ? $"{label}: slope {Units.Slope(slope)}" : label;
            line.LineWidth = isLimit ? 2 : 1.5f;
            line.MarkerSize = 6;
            line.LinePattern = isLimit ? LinePattern.Dashed : LinePattern.Solid;
        }

        plot.Axes.Bottom.TickGenerator = LogTicks(x => Units.Size(Math.Pow(10, x)));
        plot.Axes.Left.TickGenerator = LogTicks(y => Units.TimeTick(Math.Pow(10, y)));

        // Time grows with size, so the upper left corner is where the lines are not.
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontSize = 11;
        plot.Axes.Margins(0.08, 0.12);
    }

    // Ticks at powers of ten of a log10 axis, labelled in the data's units, with minor ticks at 2…9.
    private static NumericAutomatic LogTicks(Func<double, string> label) => new()
    {
        IntegerTicksOnly = true,
        MinorTickGenerator = new LogMinorTickGenerator(),
        LabelFormatter = value => label(Math.Round(value, 6)),
    };
}
