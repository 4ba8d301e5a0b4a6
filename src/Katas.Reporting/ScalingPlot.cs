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
    private const double XMargin = 0.08;
    private const double NamedXMargin = 0.2; // room for the first input's slanted label
    private const double YMargin = 0.12;

    // Category10: distinguishable and colour-blind tolerant; each solution keeps its colour across panels.
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"), Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"), Color.FromHex("#bcbd22"), Color.FromHex("#17becf"),
    ];

    /// <summary>
    /// The panels of <paramref name="report"/>'s plot: one per benchmark method and combination of the other
    /// inputs that was measured at two or more sizes and has a solution's line (a panel with only the
    /// <c>Limit</c> says nothing). Named inputs get an x tick each, labelled with the input.
    /// </summary>
    public static IReadOnlyList<PlotPanel> Panels(KataReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var panels = new List<PlotPanel>();
        foreach (var section in report.Sections)
        {
            foreach (var group in section.Groups.Where(g => g.Scales))
            {
                var series = section.Implementations
                    .Select(name => new PlotSeries(name, group.Rows
                        .Where(r => r.Result.Implementation == name && r.Size is > 0 && r.Result.MedianNanoseconds is > 0)
                        .Select(r => (X: Math.Log10(r.Size!.Value), Y: Math.Log10(r.Result.MedianNanoseconds!.Value)))
                        .OrderBy(p => p.X)
                        .ToArray()))
                    .Where(s => s.Points.Count > 0)
                    .ToArray();
                if (series.All(s => s.IsLimit))
                {
                    continue;
                }

                var title = (report.Sections.Count > 1, group.Label.Length > 0) switch
                {
                    (true, true) => $"{section.NameIn(report)}: {group.Label}",
                    (true, false) => section.NameIn(report),
                    (false, true) => group.Label,
                    (false, false) => report.Title,
                };
                var x = Limits(series.SelectMany(s => s.Points).Select(p => p.X), section.SizeIsReported ? NamedXMargin : XMargin);
                var y = Limits(series.SelectMany(s => s.Points).Select(p => p.Y), YMargin);
                var xTicks = section.SizeIsReported
                    ? InputTicks(group)
                    : LogTicks.Major(x.Low, x.High).Select(t => new PlotTick(t, Units.Size(Math.Pow(10, t)))).ToArray();
                var yTicks = LogTicks.Major(y.Low, y.High).Select(t => new PlotTick(t, Units.TimeTick(Math.Pow(10, t)))).ToArray();
                panels.Add(new PlotPanel(title, section.SizeParameter ?? "size", series, x, y, xTicks, yTicks, section.SizeIsReported));
            }
        }

        return panels;
    }

    /// <summary>Writes the plot of <paramref name="report"/> to <paramref name="path"/> as a PNG.</summary>
    /// <returns><see langword="false"/> (and no file) when no solution was measured at two or more sizes.</returns>
    public static bool Write(KataReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(path);

        var panels = Panels(report);
        if (panels.Count == 0)
        {
            return false;
        }

        // A grid of panels over a strip that holds the legend they share (each solution keeps its colour
        // throughout). Grid rows are a fraction of a panel's height, so the strip can be shorter.
        var columns = Math.Min(MaxColumns, panels.Count);
        var rows = (panels.Count + columns - 1) / columns;
        var styles = Styles(report, panels);
        var legendRows = (styles.Count + columns - 1) / columns; // the legend flows across the columns
        var legendHeight = LegendPadding + (legendRows * LegendLineHeight);
        var gridRows = (rows * PanelHeight) + legendHeight;
        var multiplot = new Multiplot();
        var layout = new ScottPlot.MultiplotLayouts.CustomGrid();
        for (var i = 0; i < panels.Count; i++)
        {
            var plot = multiplot.AddPlot();
            Draw(plot, panels[i], styles);
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

    private static void Draw(Plot plot, PlotPanel panel, IReadOnlyDictionary<string, LegendItem> styles)
    {
        plot.Font.Automatic();
        plot.Title(panel.Title, size: 14);
        plot.XLabel(panel.XLabel, size: 12);
        plot.YLabel("median time", size: 12);

        foreach (var series in panel.Series)
        {
            var style = styles[series.Name];
            var line = plot.Add.Scatter(series.Points.Select(p => p.X).ToArray(), series.Points.Select(p => p.Y).ToArray(), style.LineColor);
            line.LineWidth = style.LineWidth;
            line.LinePattern = style.LinePattern;
            line.MarkerSize = style.MarkerSize;
        }

        plot.Axes.SetLimits(panel.XLimits.Low, panel.XLimits.High, panel.YLimits.Low, panel.YLimits.High);
        plot.Axes.Bottom.TickGenerator = Ticks(panel.XTicks, panel.NamedInputs ? [] : LogTicks.Minor(panel.XLimits.Low, panel.XLimits.High, panel.XTicks.Select(t => t.Position).ToArray()));
        plot.Axes.Left.TickGenerator = Ticks(panel.YTicks, LogTicks.Minor(panel.YLimits.Low, panel.YLimits.High, panel.YTicks.Select(t => t.Position).ToArray()));
        if (panel.NamedInputs)
        {
            // Slanted and ending at their tick, so that inputs of close sizes (16 and 22 combinations)
            // keep legible labels and the last one stays inside the panel.
            plot.Axes.Bottom.TickLabelStyle.Rotation = -55;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperRight;
            plot.Axes.Bottom.MinimumSize = 140;
        }
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

    // One colour per solution across the kata (the Limit black and dashed); the baseline says so. Only
    // the solutions that have a line in some panel are in the legend.
    private static Dictionary<string, LegendItem> Styles(KataReport report, IReadOnlyList<PlotPanel> panels)
    {
        var drawn = panels.SelectMany(p => p.Series).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var styles = new Dictionary<string, LegendItem>(StringComparer.Ordinal);
        foreach (var section in report.Sections.Where(s => s.Scales))
        {
            foreach (var name in section.Implementations.Where(n => drawn.Contains(n) && !styles.ContainsKey(n)))
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

    // Each named input's size, labelled with the input (its parameters' values) and the size.
    private static PlotTick[] InputTicks(ReportGroup group) =>
        group.Rows
            .Where(r => r.Size is > 0)
            .GroupBy(r => r.Size!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new PlotTick(
                Math.Log10(g.Key),
                $"{string.Join(" / ", g.Select(r => InputName(r.Result)).Distinct(StringComparer.Ordinal))} · {Units.Size(g.Key)}"))
            .ToArray();

    private static string InputName(BenchmarkResult result) =>
        string.Join(", ", result.Parameters.Where(p => p.Key != BenchmarkResult.ImplementationParameter).Select(p => p.Value));

    // The data's range widened by a fraction of it on each side (a lone value by a tenth of a decade).
    private static (double Low, double High) Limits(IEnumerable<double> values, double margin)
    {
        var all = values.ToArray();
        var (low, high) = (all.Min(), all.Max());
        var pad = high > low ? (high - low) * margin : 0.1;
        return (low - pad, high + pad);
    }

    private static NumericManual Ticks(IReadOnlyList<PlotTick> major, IReadOnlyList<double> minor)
    {
        var ticks = new NumericManual();
        foreach (var tick in major)
        {
            ticks.AddMajor(tick.Position, tick.Label);
        }

        foreach (var position in minor)
        {
            ticks.AddMinor(position);
        }

        return ticks;
    }
}
