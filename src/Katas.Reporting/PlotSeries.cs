namespace Katas.Reporting;

/// <summary>One solution's line in a panel.</summary>
/// <param name="Name">The implementation's label, or <c>Limit</c>.</param>
/// <param name="Points">Log₁₀ of (size, median nanoseconds), by size.</param>
public sealed record PlotSeries(string Name, IReadOnlyList<(double X, double Y)> Points)
{
    /// <summary>Gets whether this is the <c>Limit</c>'s line.</summary>
    public bool IsLimit => Name == KataReport.Limit;
}
