namespace Katas.Reporting;

/// <summary>The empirical complexity of a solution: how its time grows with the input size.</summary>
public static class Scaling
{
    /// <summary>
    /// The least-squares slope of log(time) against log(size): the exponent b of the power law
    /// time ≈ a·sizeᵇ that fits the points best. It is 1 for linear time and 2 for quadratic; an
    /// O(n log n) solution measures a little above 1.
    /// </summary>
    /// <param name="points">The measured (size, time) pairs; both must be positive and finite.</param>
    /// <returns>The slope, or <see langword="null"/> with fewer than two distinct sizes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size or time is not positive and finite.</exception>
    public static double? Slope(IEnumerable<(double Size, double Time)> points)
    {
        ArgumentNullException.ThrowIfNull(points);

        var logs = new List<(double X, double Y)>();
        foreach (var (size, time) in points)
        {
            if (!(double.IsFinite(size) && size > 0) || !(double.IsFinite(time) && time > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(points), (size, time), "Sizes and times must be positive and finite to take their logarithms.");
            }

            logs.Add((Math.Log(size), Math.Log(time)));
        }

        if (logs.Select(p => p.X).Distinct().Count() < 2)
        {
            return null;
        }

        // slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², centred to keep the sums small and exact for exact power laws.
        var meanX = logs.Average(p => p.X);
        var meanY = logs.Average(p => p.Y);
        var covariance = logs.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var variance = logs.Sum(p => (p.X - meanX) * (p.X - meanX));
        return covariance / variance;
    }
}
