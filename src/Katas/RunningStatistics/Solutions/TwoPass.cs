namespace Katas.RunningStatistics.Solutions;

/// <summary>The corrected two-pass algorithm: a first mean, then the deviations from it, which also correct it.</summary>
/// <remarks>
/// Algorithm (Chan, Golub and LeVeque 1983): pass one sums the values, m₀ = Σx / n. Pass two sums
/// d = x − m₀ and d². The exact mean is m₀ + Σd / n (the correction removes the rounding error of the
/// first sum, which a plain Σx / n keeps), and Σ(x − mean)² = Σd² − (Σd)² / n exactly, so M2 needs no
/// third pass. Deviations from a mean are small, so the squares never cancel. Time O(n) (two reads of
/// the input), extra space O(1).
/// </remarks>
public sealed class TwoPass : IRunningStatistics
{
    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return Moments.Empty;
        }

        var sum = 0.0;
        foreach (var x in values)
        {
            sum += x;
        }

        var count = values.Length;
        var first = sum / count;
        double deviations = 0, squares = 0;
        foreach (var x in values)
        {
            var d = x - first;
            deviations += d;
            squares += d * d;
        }

        var result = new Moments(count, first + (deviations / count), Math.Max(0, squares - (deviations * deviations / count)));
        return Updates.Completed(result, values, this);
    }

    /// <inheritdoc/>
    public Moments Add(Moments state, double value) => Updates.Add(state, value, Updates.AddUnchecked);

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) => Updates.Combine(left, right, Updates.CombineUnchecked);
}
