namespace Katas.RunningStatistics.Solutions;

/// <summary>Divide and conquer: summarise each half, then merge the two summaries with Chan's formula.</summary>
/// <remarks>
/// Algorithm (Chan, Golub and LeVeque 1979): halves are split until at most 16 values remain, summarised
/// by Welford's update, then merged pairwise back up the tree. A value's rounding errors pass through
/// only log₂ n merges, so the error grows with log n rather than n, whatever the order of the data, and
/// the halves could run on different cores. Time O(n), extra space O(log n) (the recursion).
/// </remarks>
public sealed class PairwiseCombine : IRunningStatistics
{
    private const int Leaf = 16;

    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values) =>
        values.IsEmpty ? Moments.Empty : Updates.Completed(Pairwise(values), values, this);

    /// <inheritdoc/>
    public Moments Add(Moments state, double value) => Updates.Add(state, value, Updates.AddUnchecked);

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) => Updates.Combine(left, right, Updates.CombineUnchecked);

    private static Moments Pairwise(ReadOnlySpan<double> values)
    {
        if (values.Length <= Leaf)
        {
            var leaf = Moments.Empty;
            foreach (var x in values)
            {
                leaf = Updates.AddUnchecked(leaf, x);
            }

            return leaf;
        }

        var half = values.Length / 2;
        return Updates.CombineUnchecked(Pairwise(values[..half]), Pairwise(values[half..]));
    }
}
