using Katas.SegmentationMetrics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

public sealed class ExampleTests
{
    private const double NaN = double.NaN;
    private const long Max = long.MaxValue;

    public static TheoryData<string, byte[], byte[], int, byte, long[]> Matrices { get; } = new()
    {
        { "the statement's example: 255 ignored", [0, 1, 2, 255], [0, 1, 1, 1], 3, 255, [1, 0, 0, 0, 1, 0, 0, 1, 0] },

        // scikit-learn's user guide, jaccard_score, multiclass: y_true = [0, 1, 2, 2], y_pred = [0, 2, 1, 2].
        { "scikit-learn's multiclass example", [0, 1, 2, 2], [0, 2, 1, 2], 3, 255, [1, 0, 0, 0, 0, 1, 0, 1, 1] },

        // torchmetrics, multiclass_jaccard_index's example: target = [2, 1, 0, 0], preds = [2, 1, 0, 1].
        { "torchmetrics' multiclass example", [2, 1, 0, 0], [2, 1, 0, 1], 3, 255, [1, 1, 0, 0, 1, 0, 0, 0, 1] },
        { "no pixel", [], [], 3, 255, [0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "every pixel ignored", [255, 255], [0, 1], 2, 255, [0, 0, 0, 0] },
        { "an ignored pixel's prediction may be any label", [255, 0, 255], [200, 1, 255], 2, 255, [0, 1, 0, 0] },
        { "the ignore label may be classCount itself", [3, 0, 2, 3], [9, 2, 2, 0], 3, 3, [0, 0, 1, 0, 0, 0, 0, 0, 1] },
        { "the most classes: 255, ignoring 255", [254, 0, 255], [254, 254, 3], 255, 255, null! },
        { "one class", [0, 0, 255], [0, 0, 0], 1, 255, [2] },
        { "a run: truth 100 × 0 then 100 × 1, prediction 90 × 0 then 110 × 1", Runs((100, 0), (100, 1)), Runs((90, 0), (110, 1)), 2, 255, [90, 10, 0, 100] },
    };

    public static TheoryData<string, long[], int, double, double, double, double, double[], double[]> Scores { get; } = new()
    {
        // (1 + 0.5 + 0) / 3: class 1 was predicted twice and is there once, class 2 never found.
        { "the statement's example", [1, 0, 0, 0, 1, 0, 0, 1, 0], 3, 2.0 / 3, 2.0 / 3, 0.5, 0.5, [1, 1, 0], [1, 0.5, 0] },

        // scikit-learn's user guide: jaccard_score(average=None) = [1, 0, 0.33...], average='macro' = 0.44...
        { "scikit-learn's multiclass example", [1, 0, 0, 0, 0, 1, 0, 1, 1], 3, 0.5, 0.5, 4.0 / 9, 5.0 / 12, [1, 0, 0.5], [1, 0, 1.0 / 3] },

        // torchmetrics: multiclass_jaccard_index(preds, target, num_classes=3) = tensor(0.6667).
        { "torchmetrics' multiclass example", [1, 1, 0, 0, 1, 0, 0, 0, 1], 3, 0.75, 5.0 / 6, 2.0 / 3, 0.625, [0.5, 1, 1], [0.5, 0.5, 1] },

        // torchmetrics: binary_jaccard_index(preds = [0, 1, 0, 0], target = [1, 1, 0, 0]) = tensor(0.5), class 1's IoU.
        { "torchmetrics' binary example", [2, 0, 1, 1], 2, 0.75, 0.75, 7.0 / 12, 7.0 / 12, [1, 0.5], [2.0 / 3, 0.5] },
        { "a class absent from truth and prediction is NaN and not averaged", [2, 0, 0, 0, 2, 0, 0, 0, 0], 3, 1, 1, 1, 1, [1, 1, NaN], [1, 1, NaN] },
        { "a class only in the prediction has IoU 0 and no accuracy", [1, 1, 0, 0], 2, 0.5, 0.5, 0.25, 0.5, [0.5, NaN], [0.5, 0] },
        { "no counted pixel: every score NaN (FCN's code gives FWIoU 0)", [0, 0, 0, 0], 2, NaN, NaN, NaN, NaN, [NaN, NaN], [NaN, NaN] },
        { "one class, all right", [5], 1, 1, 1, 1, 1, [1], [1] },

        // A matrix summed over a data set: 3 · long.MaxValue pixels in all, more than a long holds.
        { "counts of long.MaxValue", [Max, Max, 0, Max], 2, 2.0 / 3, 0.75, 0.5, 0.5, [0.5, 1], [0.5, 0.5] },
    };

    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(Matrices))]
    public void CountsEveryPairOfLabels(string implementation, string example, byte[] truth, byte[] predicted, int classCount, byte ignoreLabel, long[]? expected)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var actual = sut.ConfusionMatrix(truth, predicted, classCount, ignoreLabel);

        expected ??= Oracle.ConfusionMatrix(truth, predicted, classCount, ignoreLabel);
        actual.Should().Equal(expected, "{0}: truth = {1}, predicted = {2}", example, Generators.Show(truth), Generators.Show(predicted));
    }

    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(Scores))]
    public void ReadsTheScoresOffTheMatrix(
        string implementation, string example, long[] confusion, int classCount,
        double pixelAccuracy, double meanPixelAccuracy, double meanIou, double frequencyWeightedIou, double[] classAccuracy, double[] classIou)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var actual = sut.Score(confusion, classCount);

        using (new FluentAssertions.Execution.AssertionScope(example))
        {
            actual.ShouldMatch(new SegmentationScores(pixelAccuracy, meanPixelAccuracy, meanIou, frequencyWeightedIou, classAccuracy, classIou));
        }
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void TheStatementsExampleHasMeanIouOneHalf(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var scores = sut.Score(sut.ConfusionMatrix([0, 1, 2, 255], [0, 1, 1, 1], 3, 255), 3);

        scores.MeanIou.Should().BeApproximately((1 + 0.5 + 0) / 3, 1e-12);
    }

    private static byte[] Runs(params (int Length, byte Label)[] runs) =>
        runs.SelectMany(r => Enumerable.Repeat(r.Label, r.Length)).ToArray();
}
