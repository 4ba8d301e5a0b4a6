using Katas.SegmentationMetrics;

namespace Katas.Tests.SegmentationMetrics.Straightforward;

/// <summary>
/// What a learner who read only the README writes: the BCL's guards, one pass that counts each pixel's
/// pair, and the formulas with sums in <see cref="double"/> (the statement warns that a long overflows).
/// </summary>
public sealed class CountEveryPixel : ISegmentationMetrics
{
    public long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, 255);
        ArgumentOutOfRangeException.ThrowIfLessThan(ignoreLabel, classCount);
        if (truth.Length != predicted.Length)
        {
            throw new ArgumentException("truth and predicted must have the same length.", nameof(predicted));
        }

        var counts = new long[classCount * classCount];
        for (var i = 0; i < truth.Length; i++)
        {
            if (truth[i] == ignoreLabel)
            {
                continue;
            }

            if (truth[i] >= classCount)
            {
                throw new ArgumentException("A true label is out of range.", nameof(truth));
            }

            if (predicted[i] >= classCount)
            {
                throw new ArgumentException("A predicted label is out of range.", nameof(predicted));
            }

            counts[(truth[i] * classCount) + predicted[i]]++;
        }

        return counts;
    }

    public SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, 255);
        if (confusion.Length != classCount * classCount)
        {
            throw new ArgumentException("The matrix must have classCount² counts.", nameof(confusion));
        }

        foreach (var count in confusion)
        {
            if (count < 0)
            {
                throw new ArgumentException("Counts cannot be negative.", nameof(confusion));
            }
        }

        var rows = new double[classCount];
        var columns = new double[classCount];
        double total = 0, correct = 0;
        for (var t = 0; t < classCount; t++)
        {
            for (var p = 0; p < classCount; p++)
            {
                double n = confusion[(t * classCount) + p];
                rows[t] += n;
                columns[p] += n;
                total += n;
            }

            correct += confusion[(t * classCount) + t];
        }

        var accuracy = new double[classCount];
        var iou = new double[classCount];
        double accuracySum = 0, iouSum = 0, weighted = 0;
        int accuracies = 0, ious = 0;
        for (var i = 0; i < classCount; i++)
        {
            double hits = confusion[(i * classCount) + i];
            accuracy[i] = rows[i] == 0 ? double.NaN : hits / rows[i];
            var union = rows[i] + columns[i] - hits;
            iou[i] = union == 0 ? double.NaN : hits / union;
            if (rows[i] > 0)
            {
                accuracySum += accuracy[i];
                accuracies++;
                weighted += rows[i] / total * iou[i];
            }

            if (union > 0)
            {
                iouSum += iou[i];
                ious++;
            }
        }

        if (total == 0)
        {
            return new SegmentationScores(double.NaN, double.NaN, double.NaN, double.NaN, accuracy, iou);
        }

        return new SegmentationScores(correct / total, accuracySum / accuracies, ious == 0 ? double.NaN : iouSum / ious, weighted, accuracy, iou);
    }
}
