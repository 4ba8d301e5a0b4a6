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
    private const int LegendLineHeight = 24;
    private const int LegendPadding = 24;

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

        // A grid of panels over a strip that holds the legend they share (each solution keeps its colour
        // throughout). Grid rows are a fraction of a panel's height, so the strip can be shorter.
        var columns = Math.Min(MaxColumns, panels.Length);
        var rows = (panels.Length + columns - 1) / columns;
        var styles = Styles(report);
        var legendRows = (styles.Count + columns - 1) / columns; // the legend flows across the columns
        var legendHeight = LegendPadding + (legendRows * LegendLineHeight);
        var gridRows = (rows * PanelHeight) + legendHeight;
        var multiplot = new Multiplot();
        var layout = new ScottPlot.MultiplotLayouts.CustomGrid();
        for (var i = 0; i < panels.Length; i++)
        {
            var (section, group) = panels[i];
            var title = (report.Sections.Count > 1, group.Label.Length > 0) switch
            {
                (true, true) => $"{section.NameIn(report)}: {group.Label}",
                (true, false) => section.NameIn(report),
                (false, true) => group.Label,
                (false, false) => report.Title,
            };
            var plot = multiplot.AddPlot();
            Draw(plot, section, group, title, styles);
            layout.Set(plot, new GridCell(i / columns * PanelHeight, i % columns, gridRows, columns, PanelHeight, 1));
        }

        var legend = multiplot.AddPlot();
        DrawLegend(legend, styles, columns);
        layout.Set(legend, new GridCell(rows * PanelHeight, 0, gridRows, columns, legendHeight, columns));
        multiplot.Layout = layout;

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        multiplot.SavePng(path, columns * PanelWidth, gridRows);
        return true;
    }

    private static void Draw(Plot plot, ReportSection section, ReportGroup group, string title, IReadOnlyDictionary<string, LegendItem> styles)
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

            var style = styles[name];
            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), style.LineColor);
            line.LineWidth = style.LineWidth;
            line.LinePattern = style.LinePattern;
            line.MarkerSize = style.MarkerSize;
        }

        plot.Axes.Bottom.TickGenerator = LogTicks(x => Units.Size(Math.Pow(10, x)));
        plot.Axes.Left.TickGenerator = LogTicks(y => Units.TimeTick(Math.Pow(10, y)));
        plot.Axes.Margins(0.08, 0.12);
    }

    private static void DrawLegend(Plot plot, IReadOnlyDictionary<string, LegendItem> styles, int columns)
    {
        plot.Font.Automatic();
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        var legend = plot.ShowLegend(styles.Values, Alignment.MiddleCenter);
        legend.Orientation = columns > 1 ? Orientation.Horizontal : Orientation.Vertical;
        legend.FontSize = 14;
        legend.OutlineWidth = 0;
        legend.ShadowOffset = new PixelOffset(0, 0);
    }

    // One colour per solution across the kata (the Limit black and dashed); the baseline says so.
    private static Dictionary<string, LegendItem> Styles(KataReport report)
    {
        var styles = new Dictionary<string, LegendItem>(StringComparer.Ordinal);
        foreach (var section in report.Sections.Where(s => s.Scales))
        {
            foreach (var name in section.Implementations.Where(n => !styles.ContainsKey(n)))
            {
                var isLimit = name == KataReport.Limit;
                var colour = isLimit ? Colors.Black : Palette[styles.Keys.Count(k => k != KataReport.Limit) % Palette.Length];
                styles[name] = new LegendItem
                {
                    LabelText = isLimit ? "Limit (hardware floor)" : name == section.Baseline ? $"{name} (baseline)" : name,
                    LineColor = colour,
                    LineWidth = isLimit ? 2 : 1.5f,
                    LinePattern = isLimit ? LinePattern.Dashed : LinePattern.Solid,
                    MarkerShape = MarkerShape.FilledCircle,
                    MarkerSize = 6,
                    MarkerFillColor = colour,
                    MarkerLineColor = colour,
                };
            }
        }

        // The Limit last, wherever a section listed it.
        return styles.OrderBy(s => s.Key == KataReport.Limit).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
    }

    // Ticks at powers of ten of a log10 axis, labelled in the data's units, with minor ticks at 2…9.
    private static NumericAutomatic LogTicks(Func<double, string> label) => new()
    {
        IntegerTicksOnly = true,
        MinorTickGenerator = new LogMinorTickGenerator(),
        LabelFormatter = value => label(Math.Round(value, 6)),
    };
}
