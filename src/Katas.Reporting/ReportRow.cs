namespace Katas.Reporting;

/// <summary>One benchmark case in a report table.</summary>
/// <param name="Result">The case.</param>
/// <param name="Size">The value of the size parameter, or <see langword="null"/> when the method has none.</param>
/// <param name="RatioToLimit">The median ÷ the <c>Limit</c>'s median on the same input, when both were measured.</param>
/// <param name="RatioToBaseline">The median ÷ the baseline's median on the same input, when both were measured.</param>
/// <param name="IsFastest">Whether no other solution (the <c>Limit</c> aside) was faster on this input.</param>
public sealed record ReportRow(BenchmarkResult Result, double? Size, double? RatioToLimit, double? RatioToBaseline, bool IsFastest)
{
    /// <summary>Gets the best iteration's time ÷ the <c>Limit</c>'s best on the same input, when both were measured.</summary>
    public double? BestRatioToLimit { get; init; }

    /// <summary>Gets the cold call's time ÷ the <c>Limit</c>'s cold call on the same input, when both were measured.</summary>
    public double? ColdRatioToLimit { get; init; }

    /// <summary>Gets the scratch memory: the bytes a cold call obtained (pooled buffers included) less the <c>Limit</c>'s on the same input.</summary>
    public long? ScratchBytes { get; init; }

    /// <summary>
    /// Gets the ratio to the <c>Limit</c> that says this solution ran below the floor, as <see cref="KataReport.BelowFloor"/>
    /// decides (the best iterations', or the medians' when no best times were recorded), or <see langword="null"/>.
    /// </summary>
    public double? BelowFloor => KataReport.BelowFloor(BestRatioToLimit ?? RatioToLimit);

    /// <summary>Gets whether this row is the <c>Limit</c> itself.</summary>
    public bool IsLimit => Result.Implementation == KataReport.Limit;
}
