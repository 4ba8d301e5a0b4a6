using Katas.SegmentationMetrics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

public sealed class BadInputTests
{
    public static TheoryData<string, int> ClassCountsOutOfRange { get; } = new()
    {
        { "no class", 0 },
        { "negative", -1 },
        { "int.MinValue", int.MinValue },
        { "256: no label would be left to ignore", 256 },
        { "int.MaxValue", int.MaxValue },
    };

    public static TheoryData<string, int, byte> IgnoreLabelsThatHideAClass { get; } = new()
    {
        { "ignore 0 of 3 classes", 3, 0 },
        { "ignore the last class", 3, 2 },
        { "ignore 254 of 255 classes", 255, 254 },
        { "ignore 0 of 1 class", 1, 0 },
    };

    // truth, predicted, classCount, ignoreLabel, the parameter at fault.
    public static TheoryData<string, byte[], byte[], int, byte, string> InvalidLabels { get; } = new()
    {
        { "a true label of classCount", [0, 3, 1], [0, 0, 1], 3, 255, "truth" },
        { "a true label of 255 when 254 is ignored", [0, 255], [0, 0], 3, 254, "truth" },
        { "a true label above the ignore label", [0, 201, 1], [0, 0, 1], 3, 200, "truth" },
        { "a predicted label of classCount on a counted pixel", [0, 1, 2], [0, 3, 2], 3, 255, "predicted" },
        { "a predicted 255 on a counted pixel", [1], [255], 2, 255, "predicted" },
        { "the predicted ignore label on a counted pixel", [1, 0], [1, 255], 2, 255, "predicted" },
        { "the first pixel", [9, 0, 0, 0], [0, 0, 0, 0], 2, 255, "truth" },
        { "the last of a long map", Long(0, 9), Long(0, 0), 2, 255, "truth" },
        { "the last prediction of a long map", Long(1, 1), Long(1, 7), 4, 255, "predicted" },
        { "inside a long run of many classes", Long(7, 7, at: 3000, value: 160), Long(7, 7), 150, 255, "truth" },
        { "a prediction inside a long run of many classes", Long(7, 7), Long(7, 7, at: 3000, value: 150), 150, 255, "predicted" },
    };

    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(ClassCountsOutOfRange))]
    public void ConfusionMatrixRejectsAClassCountOutsideOneTo255(string implementation, string example, int classCount)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var act = () => sut.ConfusionMatrix([0], [0], classCount, 255);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example).WithParameterName("classCount");
    }

    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(IgnoreLabelsThatHideAClass))]
    public void ConfusionMatrixRejectsAnIgnoreLabelBelowTheClassCount(string implementation, string example, int classCount, byte ignoreLabel)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var act = () => sut.ConfusionMatrix([0], [0], classCount, ignoreLabel);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example).WithParameterName("ignoreLabel");
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void ConfusionMatrixRejectsMapsOfDifferentLengths(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        sut.Invoking(s => s.ConfusionMatrix([0, 1], [0], 2, 255)).Should().ThrowExactly<ArgumentException>().WithParameterName("predicted");
        sut.Invoking(s => s.ConfusionMatrix([], [0], 2, 255)).Should().ThrowExactly<ArgumentException>().WithParameterName("predicted");
    }

    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(InvalidLabels))]
    public void ConfusionMatrixRejectsAnInvalidLabel(string implementation, string example, byte[] truth, byte[] predicted, int classCount, byte ignoreLabel, string parameter)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var act = () => sut.ConfusionMatrix(truth, predicted, classCount, ignoreLabel);

        act.Should().ThrowExactly<ArgumentException>(example).WithParameterName(parameter);
    }

    // Beyond the statement: the references' message gives the first invalid pixel's index and label; a
    // learner is not held to it.
    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(InvalidLabels), ReferencesOnly = true)]
    public void MessageGivesTheInvalidPixelAndLabel(string implementation, string example, byte[] truth, byte[] predicted, int classCount, byte ignoreLabel, string parameter)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);
        var index = Enumerable.Range(0, truth.Length).First(i => parameter == "truth" ? truth[i] != ignoreLabel && truth[i] >= classCount : truth[i] != ignoreLabel && predicted[i] >= classCount);
        var label = parameter == "truth" ? truth[index] : predicted[index];

        var act = () => sut.ConfusionMatrix(truth, predicted, classCount, ignoreLabel);

        act.Should().Throw<ArgumentException>(example).WithMessage($"*{parameter}[{index}]*{label}*");
    }

    // Beyond the statement: with several invalid pixels the references report the first.
    [Theory, Implementations<ISegmentationMetrics>(ReferencesOnly = true)]
    public void MessageGivesTheFirstInvalidPixel(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);
        var truth = Long(1, 1, at: 4000, value: 9);
        var predicted = Long(1, 1, at: 3000, value: 8);

        var act = () => sut.ConfusionMatrix(truth, predicted, 5, 255);

        act.Should().Throw<ArgumentException>().WithParameterName("predicted").WithMessage("*predicted[3000]*8*");
    }

    [Theory, Implementations<ISegmentationMetrics>(Cases = nameof(ClassCountsOutOfRange))]
    public void ScoreRejectsAClassCountOutsideOneTo255(string implementation, string example, int classCount)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var act = () => sut.Score([1], classCount);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example).WithParameterName("classCount");
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void ScoreRejectsAMatrixOfTheWrongSize(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        sut.Invoking(s => s.Score([1, 2, 3], 2)).Should().ThrowExactly<ArgumentException>().WithParameterName("confusion");
        sut.Invoking(s => s.Score([1, 2, 3, 4, 5], 2)).Should().ThrowExactly<ArgumentException>().WithParameterName("confusion");
        sut.Invoking(s => s.Score([], 1)).Should().ThrowExactly<ArgumentException>().WithParameterName("confusion");
        sut.Invoking(s => s.Score(new long[255 * 255 - 1], 255)).Should().ThrowExactly<ArgumentException>().WithParameterName("confusion");
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void ScoreRejectsANegativeCount(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        sut.Invoking(s => s.Score([1, -1, 0, 1], 2)).Should().ThrowExactly<ArgumentException>().WithParameterName("confusion");
        sut.Invoking(s => s.Score([long.MinValue], 1)).Should().ThrowExactly<ArgumentException>().WithParameterName("confusion");
    }

    // Beyond the statement: the references' message gives the negative count's index.
    [Theory, Implementations<ISegmentationMetrics>(ReferencesOnly = true)]
    public void MessageGivesTheNegativeCount(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        var act = () => sut.Score([1, 0, 0, 2, 0, -5, 0, 0, 3], 3);

        act.Should().Throw<ArgumentException>().WithMessage("*confusion[5]*-5*");
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void InputsAreNotModifiedWhenRejected(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);
        var truth = Long(2, 2, at: 2500, value: 200);
        var predicted = Long(1, 1);
        var (truthBefore, predictedBefore) = ((byte[])truth.Clone(), (byte[])predicted.Clone());

        sut.Invoking(s => s.ConfusionMatrix(truth, predicted, 3, 255)).Should().Throw<ArgumentException>();

        truth.Should().Equal(truthBefore);
        predicted.Should().Equal(predictedBefore);
    }

    // 5 000 pixels of `label`, the last `last`, with `value` at `at` if given.
    private static byte[] Long(byte label, byte last, int at = -1, byte value = 0)
    {
        var labels = Enumerable.Repeat(label, 5_000).ToArray();
        labels[^1] = last;
        if (at >= 0)
        {
            labels[at] = value;
        }

        return labels;
    }
}
