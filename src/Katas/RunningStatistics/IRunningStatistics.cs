namespace Katas.RunningStatistics;

/// <summary>
/// The running mean and variance: summarise values as <see cref="Moments"/> (count, mean, M2), update a
/// summary with one more value, and merge the summaries of two parts, accurately whatever the offset
/// of the data.
/// </summary>
/// <remarks>
/// Accuracy is part of the contract. Against the exact result (the mean μ and M2 computed in rational
/// arithmetic from the doubles' exact values, σ = √(M2 / n)): for up to 10⁵ values that are 0 or of
/// magnitude between 1e-100 and 1e100, in no particular order (not sorted: sorted input lines up the
/// rounding errors of a running mean), with σ &gt; 0 and |μ| ≤ 10⁶·σ, the mean is within
/// 1e-12·max(|μ|, σ) of μ and M2 within 1e-6·M2 of M2; so is the result of <see cref="Combine"/> on the
/// summaries of any split of such values, and of a chain of <see cref="Add"/> calls over them. Values
/// that are all equal give exactly (n, value, 0), from <see cref="Summarize"/>, <see cref="Add"/> and
/// <see cref="Combine"/> alike. Scaling every value by a power of two scales the mean by it and M2 by
/// its square, exactly, wherever nothing overflows or underflows.
/// </remarks>
public interface IRunningStatistics
{
    /// <summary>The moments of all the values.</summary>
    /// <param name="values">The values, any number of them (none included), each finite. They are only read.</param>
    /// <returns>
    /// (n, mean, M2) of <paramref name="values"/>, within the accuracy the interface's remarks give;
    /// <see cref="Moments.Empty"/> when there are none.
    /// </returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite (<see cref="ArgumentException.ParamName"/> is <c>values</c>).</exception>
    Moments Summarize(ReadOnlySpan<double> values);

    /// <summary>The moments of the values summarised by state followed by one more value (the incremental update).</summary>
    /// <param name="state">The summary so far: a valid <see cref="Moments"/> (see the exceptions), <see cref="Moments.Empty"/> to start.</param>
    /// <param name="value">The next value, finite.</param>
    /// <returns>
    /// The summary of the values of <paramref name="state"/> and <paramref name="value"/>:
    /// <c>Add(Moments.Empty, x)</c> is exactly (1, x, 0).
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is NaN or infinite (<see cref="ArgumentException.ParamName"/> is <c>value</c>); or
    /// <paramref name="state"/> has a negative count, a negative M2, or a count of 0 with a mean or M2 other
    /// than 0 (<see cref="ArgumentException.ParamName"/> is <c>state</c>).
    /// </exception>
    /// <exception cref="OverflowException">The count would exceed <see cref="long.MaxValue"/>.</exception>
    Moments Add(Moments state, double value);

    /// <summary>The moments of the union of two disjoint parts, given the moments of each.</summary>
    /// <param name="left">The summary of one part: a valid <see cref="Moments"/> (see the exceptions).</param>
    /// <param name="right">The summary of the other part: a valid <see cref="Moments"/>.</param>
    /// <returns>
    /// The summary of both parts together. When either is <see cref="Moments.Empty"/> (count 0), the other
    /// is returned exactly, bit for bit.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="left"/> or <paramref name="right"/> has a negative count, a negative M2, or a count
    /// of 0 with a mean or M2 other than 0 (<see cref="ArgumentException.ParamName"/> is <c>left</c> or <c>right</c>).
    /// </exception>
    /// <exception cref="OverflowException">The total count would exceed <see cref="long.MaxValue"/>.</exception>
    Moments Combine(Moments left, Moments right);
}
