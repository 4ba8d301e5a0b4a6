namespace Katas.SegmentationMetrics.Solutions;

/// <summary>
/// One pass that increments the count of each pixel's (true, predicted) pair: NumPy's
/// <c>bincount(K * truth + predicted)</c>, as the FCN reference code builds the matrix. The readable
/// definition the benchmarks check every other solution against.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: for each pixel, skip it when its true label is the ignore label, check its labels, and
/// increment <c>counts[t * K + p]</c>; the scores are read off the matrix in one pass (row sums, column
/// sums and the diagonal).
/// </para>
/// <para>
/// On real label maps, long runs of one (true, predicted) pair increment one counter over and over: each
/// increment waits for the previous one's store to reach the next load (store-to-load forwarding, several
/// cycles), so the pass runs at that latency rather than at the speed of memory.
/// </para>
/// <para>Time O(N) for the matrix and O(K²) for the scores; extra space O(1) beside the K² counts.</para>
/// </remarks>
public sealed class SingleHistogram : ISegmentationMetrics
{
    /// <inheritdoc/>
    public long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        LabelGuard.ThrowIfInvalid(truth.Length, predicted.Length, classCount, ignoreLabel);

        var counts = new long[classCount * classCount];
        for (var i = 0; i < truth.Length; i++)
        {
            int t = truth[i], p = predicted[i];
            if (t == ignoreLabel)
            {
                continue;
            }

            if (t >= classCount || p >= classCount)
            {
                LabelGuard.ThrowInvalidPixel(i, truth[i], predicted[i], classCount, ignoreLabel);
            }

            counts[(t * classCount) + p]++;
        }

        return counts;
    }

    /// <inheritdoc/>
    public SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        LabelGuard.ThrowIfInvalid(confusion, classCount);

        return ScoreFormulas.Score(confusion, classCount);
    }
}
