using System.Numerics;
using Katas.SegmentationMetrics;

namespace Katas.Tests.SegmentationMetrics;

/// <summary>
/// The definitions, written independently of the library: the matrix counted pixel by pixel, and each
/// score from exact <see cref="BigInteger"/> sums of the matrix, as the FCN paper writes them.
/// </summary>
internal static class Oracle
{
    public static long[] ConfusionMatrix(byte[] truth, byte[] predicted, int classCount, byte ignoreLabel)
    {
        var counts = new long[classCount * classCount];
        for (var i = 0; i < truth.Length; i++)
        {
            if (truth[i] != ignoreLabel)
            {
                counts[(truth[i] * classCount) + predicted[i]]++;
            }
        }

        return counts;
    }

    public static SegmentationScores Score(long[] confusion, int classCount)
    {
        BigInteger N(int t, int p) => confusion[(t * classCount) + p];
        BigInteger TrueTotal(int i) => Enumerable.Range(0, classCount).Aggregate(BigInteger.Zero, (sum, p) => sum + N(i, p));
        BigInteger PredictedTotal(int j) => Enumerable.Range(0, classCount).Aggregate(BigInteger.Zero, (sum, t) => sum + N(t, j));

        var total = Enumerable.Range(0, classCount).Aggregate(BigInteger.Zero, (sum, i) => sum + TrueTotal(i));
        var correct = Enumerable.Range(0, classCount).Aggregate(BigInteger.Zero, (sum, i) => sum + N(i, i));
        var accuracy = new double[classCount];
        var iou = new double[classCount];
        for (var i = 0; i < classCount; i++)
        {
            accuracy[i] = Ratio(N(i, i), TrueTotal(i));
            iou[i] = Ratio(N(i, i), TrueTotal(i) + PredictedTotal(i) - N(i, i));
        }

        var frequencyWeighted = total.IsZero
            ? double.NaN
            : Enumerable.Range(0, classCount).Where(i => !TrueTotal(i).IsZero).Sum(i => Ratio(TrueTotal(i), total) * iou[i]);
        return new SegmentationScores(Ratio(correct, total), MeanOfDefined(accuracy), MeanOfDefined(iou), frequencyWeighted, accuracy, iou);
    }

    // NaN for 0 / 0 (undefined); otherwise the quotient, to within an ulp or two.
    private static double Ratio(BigInteger numerator, BigInteger denominator) =>
        denominator.IsZero ? double.NaN : (double)numerator / (double)denominator;

    private static double MeanOfDefined(double[] scores)
    {
        var defined = scores.Where(s => !double.IsNaN(s)).ToArray();
        return defined.Length == 0 ? double.NaN : defined.Average();
    }
}
