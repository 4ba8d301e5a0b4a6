using System.Diagnostics.CodeAnalysis;

namespace Katas.SegmentationMetrics.Solutions;

/// <summary>The argument checks every reference solution shares, and their messages (which give the pixel index and label).</summary>
internal static class LabelGuard
{
    /// <summary>The most classes a byte label map can hold beside an ignore label.</summary>
    public const int MaxClassCount = 255;

    /// <summary>Checks the arguments of <see cref="ISegmentationMetrics.ConfusionMatrix"/> that do not depend on the labels.</summary>
    public static void ThrowIfInvalid(int truthLength, int predictedLength, int classCount, byte ignoreLabel)
    {
        ThrowIfInvalidClassCount(classCount);
        if (ignoreLabel < classCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ignoreLabel),
                ignoreLabel,
                $"ignoreLabel ({ignoreLabel}) must be at least classCount ({classCount}): it would hide class {ignoreLabel}.");
        }

        if (truthLength != predictedLength)
        {
            throw new ArgumentException(
                $"predicted has {predictedLength} labels and truth {truthLength}: one predicted label per pixel.",
                "predicted");
        }
    }

    /// <summary>Checks that <paramref name="classCount"/> is in 1..255.</summary>
    public static void ThrowIfInvalidClassCount(int classCount)
    {
        if (classCount is < 1 or > MaxClassCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(classCount),
                classCount,
                $"classCount ({classCount}) must be from 1 to {MaxClassCount}.");
        }
    }

    /// <summary>Checks the arguments of <see cref="ISegmentationMetrics.Score"/>: the class count, the matrix's size and its counts.</summary>
    public static void ThrowIfInvalid(ReadOnlySpan<long> confusion, int classCount)
    {
        ThrowIfInvalidClassCount(classCount);
        if (confusion.Length != classCount * classCount)
        {
            throw new ArgumentException(
                $"confusion has {confusion.Length} counts; {classCount} classes need {classCount}² = {classCount * classCount}.",
                nameof(confusion));
        }

        // The first negative count, found a vector at a time (a negative long has its top bit set).
        var first = confusion.IndexOfAnyInRange(long.MinValue, -1);
        if (first >= 0)
        {
            throw new ArgumentException(
                $"confusion[{first}] is {confusion[first]}: a count cannot be negative (row {first / classCount}, column {first % classCount}).",
                nameof(confusion));
        }
    }

    /// <summary>Gets whether the pixel's labels are valid: a true label below <paramref name="classCount"/> with a predicted one below it too, or an ignored pixel.</summary>
    public static bool IsValid(byte truth, byte predicted, int classCount, byte ignoreLabel) =>
        truth < classCount ? predicted < classCount : truth == ignoreLabel;

    /// <summary>
    /// Throws for the first pixel whose labels are invalid. Solutions that check labels in bulk (a vector at
    /// a time, or a run at a time) call it once they know there is one, so that every reference reports
    /// the same pixel: the first.
    /// </summary>
    [DoesNotReturn]
    public static void ThrowFirstInvalidPixel(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        for (var i = 0; i < truth.Length; i++)
        {
            if (!IsValid(truth[i], predicted[i], classCount, ignoreLabel))
            {
                ThrowInvalidPixel(i, truth[i], predicted[i], classCount, ignoreLabel);
            }
        }

        throw new InvalidOperationException("Every pixel is valid: a solution reported an invalid one that is not there.");
    }

    /// <summary>Throws the exception for pixel <paramref name="index"/>, whose labels are invalid.</summary>
    [DoesNotReturn]
    public static void ThrowInvalidPixel(int index, byte truth, byte predicted, int classCount, byte ignoreLabel)
    {
        if (truth >= classCount)
        {
            throw new ArgumentException(
                $"truth[{index}] is {truth}: a true label must be below classCount ({classCount}) or be ignoreLabel ({ignoreLabel}).",
                nameof(truth));
        }

        throw new ArgumentException(
            $"predicted[{index}] is {predicted} where truth[{index}] is {truth}: a counted pixel's predicted label must be below classCount ({classCount}).",
            nameof(predicted));
    }
}
