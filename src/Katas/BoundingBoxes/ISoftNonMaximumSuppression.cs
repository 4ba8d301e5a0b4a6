namespace Katas.BoundingBoxes;

/// <summary>Soft-NMS (Bodla et al., 2017, with mmcv's conventions): overlapping boxes lose score instead of being discarded.</summary>
/// <remarks>
/// <para>
/// Repeat: select the highest-scoring remaining box with its current score; multiply the score of every
/// other remaining box by 1 − IoU when IoU ≥ <c>iouThreshold</c> (<see cref="SoftNmsMethod.Linear"/>), or by
/// exp(−IoU² ÷ sigma) (<see cref="SoftNmsMethod.Gaussian"/>, every box). A box whose current score is below
/// <c>minScore</c> — its initial score included — is dropped and never output. Equal scores: the lower index
/// first. The IoU is <see cref="IBoxOverlap.Overlap"/>'s. Decayed scores are within 1e-5 (relative) of the
/// exact computation.
/// </para>
/// <para>
/// Bad input throws <see cref="ArgumentException"/> (or <see cref="ArgumentOutOfRangeException"/> for
/// ranges) whose <see cref="ArgumentException.ParamName"/> names the argument: an invalid box → <c>boxes</c>;
/// a NaN or infinite score, or spans of different lengths → <c>scores</c>; an undefined method →
/// <c>method</c>; a threshold outside [0, 1] or NaN → <c>iouThreshold</c>; for Gaussian, sigma ≤ 0, NaN or
/// infinite → <c>sigma</c> (Linear ignores sigma); a NaN or infinite <c>minScore</c> → <c>minScore</c>.
/// Empty inputs are valid. Inputs are never modified.
/// </para>
/// </remarks>
public interface ISoftNonMaximumSuppression
{
    /// <summary>The kept boxes in the order they were selected, each with its decayed score.</summary>
    /// <param name="boxes">The candidate boxes.</param>
    /// <param name="scores">One initial score per box: any finite float.</param>
    /// <param name="method">Linear or Gaussian decay.</param>
    /// <param name="iouThreshold">Linear decays only boxes with IoU ≥ this; in [0, 1] (checked for Gaussian too).</param>
    /// <param name="sigma">Gaussian's width, &gt; 0 and finite; ignored by Linear.</param>
    /// <param name="minScore">Boxes whose current score falls below this are dropped.</param>
    /// <returns>The selected boxes in selection order, each with the score it had when selected.</returns>
    /// <exception cref="ArgumentException">A box or score is invalid, the spans differ in length, or a parameter is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is undefined, <paramref name="iouThreshold"/> is outside [0, 1], or Gaussian's <paramref name="sigma"/> is not positive (either exception type is allowed for these).</exception>
    ScoredIndex[] SoftSuppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, SoftNmsMethod method,
        float iouThreshold, float sigma, float minScore);
}
