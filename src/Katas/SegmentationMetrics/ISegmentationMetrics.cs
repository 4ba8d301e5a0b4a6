namespace Katas.SegmentationMetrics;

/// <summary>
/// Semantic-segmentation metrics: the confusion matrix of true against predicted labels over every
/// pixel, and the scores read off it (pixel accuracy, mean pixel accuracy, mean IoU, frequency-weighted
/// IoU), as the FCN paper defines them.
/// </summary>
public interface ISegmentationMetrics
{
    /// <summary>
    /// Counts the pixels of each pair (true label, predicted label): the K×K confusion matrix, row by row.
    /// counts[t * classCount + p] = number of pixels with true label t and predicted label p;
    /// pixels whose true label is ignoreLabel are not counted.
    /// </summary>
    /// <param name="truth">
    /// The true label of each pixel (a label map, or a batch of them, flattened): 0..<paramref name="classCount"/> − 1,
    /// or <paramref name="ignoreLabel"/> for a pixel not to count. Any length, empty included. Not modified.
    /// </param>
    /// <param name="predicted">
    /// The predicted label of each pixel, as many as <paramref name="truth"/>: 0..<paramref name="classCount"/> − 1
    /// on every counted pixel, anything where the truth is <paramref name="ignoreLabel"/>. Not modified.
    /// </param>
    /// <param name="classCount">The number of classes K, from 1 to 255.</param>
    /// <param name="ignoreLabel">
    /// The true label of the pixels not to count (255, "void", in Cityscapes and ADE20K). At least
    /// <paramref name="classCount"/>: a smaller value would hide a real class.
    /// </param>
    /// <returns>
    /// A new array of K² counts, row t = true label, column p = predicted label. Its sum is the number of
    /// counted pixels. Counts are <see cref="long"/>: no overflow for any input length.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="classCount"/> is outside 1..255 (<c>ParamName</c> <c>"classCount"</c>), or
    /// <paramref name="ignoreLabel"/> is less than <paramref name="classCount"/> (<c>ParamName</c> <c>"ignoreLabel"</c>).
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="predicted"/> is not as long as <paramref name="truth"/> (<c>ParamName</c> <c>"predicted"</c>);
    /// a true label is <paramref name="classCount"/> or more and not <paramref name="ignoreLabel"/> (<c>"truth"</c>);
    /// a predicted label is <paramref name="classCount"/> or more on a counted pixel (<c>"predicted"</c>).
    /// Exactly <see cref="ArgumentException"/>, not a subclass. The messages are not part of the contract.
    /// </exception>
    long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel);

    /// <summary>The scores of a confusion matrix laid out as above.</summary>
    /// <param name="confusion">
    /// K² counts, row t = true label, column p = predicted label, as <see cref="ConfusionMatrix"/> returns
    /// them or summed over many calls: each from 0 to <see cref="long.MaxValue"/>, so their sums can exceed
    /// <see cref="long.MaxValue"/>. Not modified.
    /// </param>
    /// <param name="classCount">The number of classes K, from 1 to 255.</param>
    /// <returns>
    /// The scores as <see cref="SegmentationScores"/> defines them (the FCN definitions, NaN where
    /// undefined), each within a relative 10⁻⁹ of the exact value, with new per-class arrays of K entries.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="classCount"/> is outside 1..255; <c>ParamName</c> <c>"classCount"</c>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="confusion"/> does not hold exactly <paramref name="classCount"/>² counts, or a count is
    /// negative; <c>ParamName</c> <c>"confusion"</c>. Exactly <see cref="ArgumentException"/>, not a subclass.
    /// </exception>
    SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount);
}
