namespace Katas.RunningStatistics.Solutions;

/// <summary>
/// The incremental update (Welford) and the merge of two summaries (Chan, Golub and LeVeque), in plain
/// double arithmetic, with the checks and the overflow fallback the contract asks of <c>Add</c> and
/// <c>Combine</c>.
/// </summary>
internal static class Updates
{
    // A power of two that brings any finite double down to 2^424 at most, so that squares of differences
    // and sums of up to 2^31 of them stay finite.
    private const int OverflowScale = 600;

    /// <summary>Welford's update: the mean moves by (x − mean) / n, M2 grows by (x − old mean)(x − new mean).</summary>
    public static Moments AddUnchecked(Moments state, double value)
    {
        var count = checked(state.Count + 1);
        var delta = value - state.Mean;
        var mean = state.Mean + (delta / count);
        return new(count, mean, state.M2 + (delta * (value - mean)));
    }

    /// <summary>
    /// Chan's merge of two non-empty summaries: the mean moves by δ·n_b/n towards the right part's mean,
    /// and M2 gains the spread between the two means, δ²·n_a·n_b/n, with δ = mean_b − mean_a.
    /// </summary>
    public static Moments CombineUnchecked(Moments left, Moments right)
    {
        var count = checked(left.Count + right.Count);
        var delta = right.Mean - left.Mean;
        var mean = left.Mean + (delta * ((double)right.Count / count));
        var m2 = left.M2 + right.M2 + (delta * delta * ((double)left.Count * right.Count / count));
        return new(count, mean, m2);
    }

    /// <summary><see cref="IRunningStatistics.Add"/> with its checks, around <paramref name="add"/>.</summary>
    public static Moments Add(Moments state, double value, Func<Moments, double, Moments> add)
    {
        MomentsGuard.ThrowIfInvalid(state, nameof(state));
        MomentsGuard.ThrowIfNotFinite(value, nameof(value));

        var result = add(state, value);
        if (!Overflowed(result))
        {
            return result;
        }

        // Only huge values get here (x − mean beyond double.MaxValue): redo the update 2^600 smaller.
        var scaled = add(Scale(state, -OverflowScale), Math.ScaleB(value, -OverflowScale));
        return Scale(scaled, OverflowScale);
    }

    /// <summary><see cref="IRunningStatistics.Combine"/> with its checks, around <paramref name="combine"/>.</summary>
    public static Moments Combine(Moments left, Moments right, Func<Moments, Moments, Moments> combine)
    {
        MomentsGuard.ThrowIfInvalid(left, nameof(left));
        MomentsGuard.ThrowIfInvalid(right, nameof(right));

        // The empty summary is the identity, bit for bit: no formula can promise that (m·n/n need not be m).
        if (left.Count == 0)
        {
            return right;
        }

        if (right.Count == 0)
        {
            return left;
        }

        var result = combine(left, right);
        return Overflowed(result)
            ? Scale(combine(Scale(left, -OverflowScale), Scale(right, -OverflowScale)), OverflowScale)
            : result;
    }

    /// <summary>
    /// Checks a summary computed from <paramref name="values"/>: when it is not finite, either a value is
    /// NaN or infinite (thrown, with its index) or an intermediate result overflowed, and then the values
    /// are summarised again 2^600 smaller, a chunk at a time, with <paramref name="solution"/>'s own
    /// <c>Summarize</c> and <c>Combine</c>.
    /// </summary>
    /// <remarks>
    /// A NaN or an infinity among the values always makes the mean NaN or infinite, whatever the
    /// algorithm (it is part of every sum), so checking the result instead of every value costs nothing
    /// on valid input.
    /// </remarks>
    public static Moments Completed(Moments result, ReadOnlySpan<double> values, IRunningStatistics solution)
    {
        if (!Overflowed(result))
        {
            return result;
        }

        MomentsGuard.ThrowIfAnyNotFinite(values);

        const int Chunk = 1024;
        Span<double> scaled = stackalloc double[Chunk];
        var total = Moments.Empty;
        for (var rest = values; !rest.IsEmpty; rest = rest[Math.Min(Chunk, rest.Length)..])
        {
            var chunk = rest[..Math.Min(Chunk, rest.Length)];
            for (var i = 0; i < chunk.Length; i++)
            {
                scaled[i] = Math.ScaleB(chunk[i], -OverflowScale);
            }

            total = solution.Combine(total, solution.Summarize(scaled[..chunk.Length]));
        }

        return Scale(total, OverflowScale);
    }

    // M2 = +∞ may be the right answer (the exact M2 is beyond double.MaxValue); recomputing smaller tells.
    private static bool Overflowed(Moments result) => !double.IsFinite(result.Mean) || !double.IsFinite(result.M2);

    private static Moments Scale(Moments moments, int power) =>
        new(moments.Count, Math.ScaleB(moments.Mean, power), Math.ScaleB(moments.M2, 2 * power));
}
