namespace Katas.Reporting;

/// <summary>The files written for one kata.</summary>
/// <param name="Report">The report they show.</param>
/// <param name="Markdown">The path of the Markdown page.</param>
/// <param name="Plot">The path of the PNG plot, or <see langword="null"/> when no size varied.</param>
public sealed record ReportFiles(KataReport Report, string Markdown, string? Plot);
