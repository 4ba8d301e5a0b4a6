namespace Katas.Reporting;

/// <summary>A labelled tick of a log axis.</summary>
/// <param name="Position">Log₁₀ of the value.</param>
/// <param name="Label">What it reads.</param>
public sealed record PlotTick(double Position, string Label);
