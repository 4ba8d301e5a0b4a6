namespace Katas.RunningStatistics;

/// <summary>How many values, their mean, and M2 = Σ (xᵢ − mean)², the sum of squared deviations.</summary>
/// <remarks>
/// Everything else follows from these three: the population variance is M2 / Count, the sample variance
/// M2 / (Count − 1), a standard deviation the square root of either. Keeping M2 rather than a variance
/// makes merging two summaries one formula (Chan, Golub and LeVeque), with no division by a count that
/// may be zero.
/// </remarks>
/// <param name="Count">The number of values summarised; 0 for none.</param>
/// <param name="Mean">Their arithmetic mean; 0 when <paramref name="Count"/> is 0.</param>
/// <param name="M2">The sum of the squared deviations from <paramref name="Mean"/>; never negative, 0 when <paramref name="Count"/> is 0 or every value is the same.</param>
public readonly record struct Moments(long Count, double Mean, double M2)
{
    /// <summary>Gets the summary of no values: count 0, mean 0, M2 0.</summary>
    public static Moments Empty { get; } = new(0, 0, 0);

    /// <summary>Gets M2 / Count, the variance of the values as a whole population; <see cref="double.NaN"/> when there are none.</summary>
    public double PopulationVariance => Count > 0 ? M2 / Count : double.NaN;

    /// <summary>Gets M2 / (Count − 1), the unbiased estimate of the variance from a sample (Bessel's correction); <see cref="double.NaN"/> for fewer than two values.</summary>
    public double SampleVariance => Count > 1 ? M2 / (Count - 1) : double.NaN;
}
