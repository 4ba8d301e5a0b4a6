namespace Katas.SegmentationMetrics.Solutions;

/// <summary>
/// The scores of a confusion matrix, in one pass over it: the FCN definitions, with every sum exact in
/// 128-bit integers (counts reach <see cref="long.MaxValue"/>, so their sums overflow a <see cref="long"/>),
/// then one division per ratio.
/// </summary>
internal static class ScoreFormulas
{
    /// <summary>The scores of a valid K×K matrix (checked by the caller).</summary>
    public static SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        // Row sums (t_i) and the diagonal come with the row; column sums (p_j) accumulate across rows.
        // K ≤ 255, so the column sums take at most 4 KB of stack.
        Span<Int128> predictedTotals = stackalloc Int128[classCount];
        predictedTotals.Clear();
        var trueTotals = new Int128[classCount];
        Int128 total = 0, correct = 0;
        for (var t = 0; t < classCount; t++)
        {
            var row = confusion.Slice(t * classCount, classCount);
            Int128 rowTotal = 0;
            for (var p = 0; p < row.Length; p++)
            {
                rowTotal += row[p];
                predictedTotals[p] += row[p];
            }

            trueTotals[t] = rowTotal;
            total += rowTotal;
            correct += row[t];
        }

        var accuracy = new double[classCount];
        var iou = new double[classCount];
        double accuracySum = 0, iouSum = 0, weighted = 0;
        int accuracyCount = 0, iouCount = 0;
        for (var i = 0; i < classCount; i++)
        {
            var hits = confusion[(i * classCount) + i];

            // 0 / 0 is NaN: the class is absent from the truth (accuracy) or from both maps (IoU).
            accuracy[i] = hits / (double)trueTotals[i];
            iou[i] = hits / (double)(trueTotals[i] + predictedTotals[i] - hits);
            if (!double.IsNaN(accuracy[i]))
            {
                accuracySum += accuracy[i];
                accuracyCount++;

                // t_i > 0 exactly where the accuracy is defined, and then the IoU is too.
                weighted += (double)trueTotals[i] / (double)total * iou[i];
            }

            if (!double.IsNaN(iou[i]))
            {
                iouSum += iou[i];
                iouCount++;
            }
        }

        return total == 0
            ? new SegmentationScores(double.NaN, double.NaN, double.NaN, double.NaN, accuracy, iou)
            : new SegmentationScores(
                (double)correct / (double)total,
                accuracyCount == 0 ? double.NaN : accuracySum / accuracyCount,
                iouCount == 0 ? double.NaN : iouSum / iouCount,
                weighted,
                accuracy,
                iou);
    }
}
