namespace Katas.Reporting;

/// <summary>
/// One panel of a kata's scaling plot, decided before anything is drawn (so the decisions can be
/// tested): its title, its lines, and the ticks of its log-log axes.
/// </summary>
/// <param name="Title">The panel's title: the benchmark method and the inputs it shares.</param>
/// <param name="XLabel">What the x axis measures: the size parameter, or what the named inputs' size counts.</param>
/// <param name="Series">One line per solution that has points here, the <c>Limit</c> last.</param>
/// <param name="XLimits">The x axis's range, in log₁₀ of the size.</param>
/// <param name="YLimits">The y axis's range, in log₁₀ of the median in nanoseconds.</param>
/// <param name="XTicks">The labelled x ticks: powers of ten and between, or, for named inputs, each input by name at its size.</param>
/// <param name="YTicks">The labelled y ticks, at least <see cref="LogTicks.Minimum"/>.</param>
/// <param name="NamedInputs">Whether the x ticks name inputs (then their labels are slanted so that close sizes stay legible).</param>
public sealed record PlotPanel(
    string Title,
    string XLabel,
    IReadOnlyList<PlotSeries> Series,
    (double Low, double High) XLimits,
    (double Low, double High) YLimits,
    IReadOnlyList<PlotTick> XTicks,
    IReadOnlyList<PlotTick> YTicks,
    bool NamedInputs);
