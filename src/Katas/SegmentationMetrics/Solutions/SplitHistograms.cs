namespace Katas.SegmentationMetrics.Solutions;

/// <summary>
/// Four private histograms filled in interleaved order and summed at the end, so that runs of one
/// (true, predicted) pair (the large uniform regions real masks are made of) do not serialise on one counter.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: pixel i increments its pair's counter in histogram i mod 4. Four consecutive pixels of one
/// pair then update four different memory locations, so their increments overlap instead of each waiting
/// for the previous store to be forwarded to the next load. The four histograms are summed into the
/// result at the end. Each holds at most ⌈N / 4⌉ ≤ 2²⁹ counts per pair (a span holds fewer than 2³¹
/// pixels), so 32-bit counters cannot overflow.
/// </para>
/// <para>Time O(N + K²); extra space O(K²): four tables of K² + 1 32-bit counters (360 KB at K = 150), allocated per call.</para>
/// </remarks>
public sealed class SplitHistograms : ISegmentationMetrics
{
    private const int Ways = 4;

    /// <inheritdoc/>
    public long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        LabelGuard.ThrowIfInvalid(truth.Length, predicted.Length, classCount, ignoreLabel);

        // Each table has one more counter, where ignored pixels go: no branch on them in the loop.
        var size = (classCount * classCount) + 1;
        var ignored = size - 1;
        var tables = new uint[Ways * size];

        // Where row t starts in a table: t·K for a class, the extra counter for the ignore label, and
        // −1 for any other true label (checked below, with the predicted label).
        Span<int> rowStart = stackalloc int[256];
        rowStart.Fill(-1);
        for (var t = 0; t < classCount; t++)
        {
            rowStart[t] = t * classCount;
        }

        rowStart[ignoreLabel] = ignored;

        var i = 0;
        for (; i <= truth.Length - Ways; i += Ways)
        {
            tables[Slot(rowStart, truth, predicted, i, classCount, ignoreLabel)]++;
            tables[size + Slot(rowStart, truth, predicted, i + 1, classCount, ignoreLabel)]++;
            tables[(2 * size) + Slot(rowStart, truth, predicted, i + 2, classCount, ignoreLabel)]++;
            tables[(3 * size) + Slot(rowStart, truth, predicted, i + 3, classCount, ignoreLabel)]++;
        }

        for (; i < truth.Length; i++)
        {
            tables[Slot(rowStart, truth, predicted, i, classCount, ignoreLabel)]++;
        }

        var counts = new long[classCount * classCount];
        for (var slot = 0; slot < counts.Length; slot++)
        {
            counts[slot] = (long)tables[slot] + tables[size + slot] + tables[(2 * size) + slot] + tables[(3 * size) + slot];
        }

        return counts;
    }

    /// <inheritdoc/>
    public SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        LabelGuard.ThrowIfInvalid(confusion, classCount);

        return ScoreFormulas.Score(confusion, classCount);
    }

    // The pixel's counter in a table, or an exception for invalid labels. An ignored pixel's predicted
    // label may be anything, so it must not move the counter off the extra one.
    private static int Slot(Span<int> rowStart, ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int i, int classCount, byte ignoreLabel)
    {
        int t = truth[i], p = predicted[i];
        var row = rowStart[t];
        if (row < 0 || (p >= classCount && t != ignoreLabel))
        {
            LabelGuard.ThrowInvalidPixel(i, truth[i], predicted[i], classCount, ignoreLabel);
        }

        return t == ignoreLabel ? row : row + p;
    }
}
