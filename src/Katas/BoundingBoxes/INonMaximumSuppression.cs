namespace Katas.BoundingBoxes;

/// <summary>Greedy (hard) non-maximum suppression: keep the best box of each cluster of overlapping boxes.</summary>
/// <remarks>
/// <para>
/// Take the highest-scoring remaining box, keep it, and discard every remaining box whose IoU with it is
/// <em>greater than</em> the threshold (strictly: at threshold 0, boxes that merely touch survive); repeat
/// until no box remains. The IoU is the one <see cref="IBoxOverlap.Overlap"/> computes, so a pair whose IoU
/// is within that accuracy (1e-6) of the threshold may go either way. Equal scores: the lower index first
/// (also when the per-class results are merged). Negative scores are ordinary scores.
/// </para>
/// <para>
/// Bad input throws <see cref="ArgumentException"/> (or <see cref="ArgumentOutOfRangeException"/> for
/// ranges) whose <see cref="ArgumentException.ParamName"/> names the argument: an invalid box (corners out of
/// order, NaN, infinite, or beyond ±1e15) → <c>boxes</c>; a NaN or infinite score → <c>scores</c>; spans of
/// different lengths → <c>scores</c> or <c>classes</c>; a threshold outside [0, 1] or NaN → <c>iouThreshold</c>.
/// Empty inputs are valid (an empty result). Inputs are never modified.
/// </para>
/// </remarks>
public interface INonMaximumSuppression
{
    /// <summary>Indices of the kept boxes, by decreasing score.</summary>
    /// <param name="boxes">The candidate boxes.</param>
    /// <param name="scores">One score per box: any finite float.</param>
    /// <param name="iouThreshold">A box is discarded when its IoU with a kept box is greater than this; in [0, 1].</param>
    /// <returns>The indices of the kept boxes, by decreasing score; equal scores by increasing index.</returns>
    /// <exception cref="ArgumentException">A box or score is invalid, or the spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iouThreshold"/> is outside [0, 1] (or NaN; either exception type is allowed there).</exception>
    int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold);

    /// <summary>The same, where a box only suppresses boxes of its own class; one list across classes, by decreasing score.</summary>
    /// <param name="boxes">The candidate boxes.</param>
    /// <param name="scores">One score per box: any finite float.</param>
    /// <param name="classes">One class per box: any <see cref="int"/>.</param>
    /// <param name="iouThreshold">A box is discarded when its IoU with a kept box of its class is greater than this; in [0, 1].</param>
    /// <returns>
    /// The indices kept by running <see cref="Suppress"/> on each class separately, merged into one list by
    /// decreasing score; equal scores by increasing index, across classes too.
    /// </returns>
    /// <exception cref="ArgumentException">A box or score is invalid, or the spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iouThreshold"/> is outside [0, 1] (or NaN; either exception type is allowed there).</exception>
    int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold);
}
