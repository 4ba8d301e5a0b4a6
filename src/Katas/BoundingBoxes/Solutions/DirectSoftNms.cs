namespace Katas.BoundingBoxes.Solutions;

/// <summary>mmcv's CPU Soft-NMS loop: scan for the best remaining box, select it, decay every other remaining box.</summary>
/// <remarks>
/// <para>
/// Each round scans the remaining boxes for the highest current score (equal scores: the lowest index),
/// outputs it with that score, and multiplies every other remaining box's score by the decay (1 − IoU when
/// IoU ≥ the threshold for Linear, exp(−IoU²/sigma) for Gaussian), dropping boxes that fall below
/// <c>minScore</c>. Scores are kept in double, so a score decayed k times is within about k·2⁻⁵³ of the
/// exact product.
/// </para>
/// <para>Time O(N²); extra space O(N).</para>
/// </remarks>
public sealed class DirectSoftNms : ISoftNonMaximumSuppression
{
    /// <inheritdoc/>
    public ScoredIndex[] SoftSuppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, SoftNmsMethod method,
        float iouThreshold, float sigma, float minScore)
    {
        BoxGuard.CheckSoftSuppress(boxes, scores, method, iouThreshold, sigma, minScore);

        var current = new double[boxes.Length];
        var areas = new double[boxes.Length];
        var remaining = new bool[boxes.Length];
        for (var i = 0; i < boxes.Length; i++)
        {
            (current[i], areas[i]) = (scores[i], BoxMath.Area(boxes[i]));
            remaining[i] = current[i] >= minScore;
        }

        var selected = new List<ScoredIndex>();
        while (true)
        {
            var best = -1;
            for (var i = 0; i < boxes.Length; i++)
            {
                if (remaining[i] && (best < 0 || current[i] > current[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return selected.ToArray();
            }

            selected.Add(new ScoredIndex(best, (float)current[best]));
            remaining[best] = false;
            for (var i = 0; i < boxes.Length; i++)
            {
                if (remaining[i])
                {
                    current[i] *= SoftDecay.Weight(method, BoxMath.Iou(boxes[best], areas[best], boxes[i], areas[i]), iouThreshold, sigma);
                    remaining[i] = current[i] >= minScore;
                }
            }
        }
    }
}
