namespace Katas.SegmentationMetrics.Solutions;

/// <summary>
/// Class by class, as the formulas read and as blog and tutorial code computes them: a pass over every
/// pixel per class, then each class's true positives, false positives and false negatives. The
/// benchmarks' baseline.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: one pass checks every label; then, for each class c, one pass over all the pixels counts
/// those of true class c by predicted label, which is row c of the matrix (its diagonal entry is c's true
/// positives, the rest c's false negatives; c's false positives are column c, which the other classes'
/// passes fill). The scores take, for each class, TP = n<sub>cc</sub>, FN = the rest of row c and
/// FP = the rest of column c, each summed on its own, then IoU = TP / (TP + FP + FN) and accuracy =
/// TP / (TP + FN).
/// </para>
/// <para>Time O(N·K) for the matrix and O(K²) for the scores; extra space O(1) beside the K² counts.</para>
/// </remarks>
public sealed class PerClassCounts : ISegmentationMetrics
{
    /// <inheritdoc/>
    public long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        LabelGuard.ThrowIfInvalid(truth.Length, predicted.Length, classCount, ignoreLabel);
        for (var i = 0; i < truth.Length; i++)
        {
            if (!LabelGuard.IsValid(truth[i], predicted[i], classCount, ignoreLabel))
            {
                LabelGuard.ThrowInvalidPixel(i, truth[i], predicted[i], classCount, ignoreLabel);
            }
        }

        var counts = new long[classCount * classCount];
        for (var c = 0; c < classCount; c++)
        {
            var row = counts.AsSpan(c * classCount, classCount);
            for (var i = 0; i < truth.Length; i++)
            {
                if (truth[i] == c)
                {
                    row[predicted[i]]++;
                }
            }
        }

        return counts;
    }

    /// <inheritdoc/>
    public SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        LabelGuard.ThrowIfInvalid(confusion, classCount);

        var accuracy = new double[classCount];
        var iou = new double[classCount];
        var support = new Int128[classCount];
        Int128 truePositives = 0, total = 0;
        for (var c = 0; c < classCount; c++)
        {
            // Sums in 128 bits: a matrix summed over a data set may hold counts near long.MaxValue.
            Int128 tp = confusion[(c * classCount) + c], fn = 0, fp = 0;
            for (var p = 0; p < classCount; p++)
            {
                fn += p == c ? 0 : confusion[(c * classCount) + p];
            }

            for (var t = 0; t < classCount; t++)
            {
                fp += t == c ? 0 : confusion[(t * classCount) + c];
            }

            accuracy[c] = (double)tp / (double)(tp + fn);
            iou[c] = (double)tp / (double)(tp + fp + fn);
            support[c] = tp + fn;
            truePositives += tp;
            total += tp + fn;
        }

        if (total == 0)
        {
            return new SegmentationScores(double.NaN, double.NaN, double.NaN, double.NaN, accuracy, iou);
        }

        var frequencyWeighted = 0.0;
        for (var c = 0; c < classCount; c++)
        {
            if (support[c] > 0)
            {
                frequencyWeighted += (double)support[c] / (double)total * iou[c];
            }
        }

        return new SegmentationScores(
            (double)truePositives / (double)total,
            MeanOfDefined(accuracy),
            MeanOfDefined(iou),
            frequencyWeighted,
            accuracy,
            iou);
    }

    // The mean over the classes where the score is defined, as NumPy's nanmean; NaN when none is.
    private static double MeanOfDefined(double[] scores)
    {
        double sum = 0;
        var count = 0;
        foreach (var score in scores)
        {
            if (!double.IsNaN(score))
            {
                sum += score;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
