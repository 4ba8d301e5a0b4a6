using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

/// <summary>
/// Hard NMS transcribed from its definition, with exact IoUs (<see cref="ExactOverlap"/>): the boxes by
/// decreasing score (equal scores: lower index first), each kept unless a kept box of its class overlaps it
/// with an IoU greater than the threshold.
/// </summary>
/// <remarks>
/// The contract lets a pair whose IoU is within the accuracy of <see cref="IBoxOverlap.Overlap"/> (1e-6) of
/// the threshold go either way. With a <c>tolerance</c>, the oracle decides such a pair the way the
/// implementation under test did — it keeps the box when the actual output keeps it — and decides every other
/// pair itself, so the comparison is exact wherever the statement is, and never flakes where it is not.
/// A pair that does not intersect never suppresses: the statement says touching boxes survive at threshold 0.
/// </remarks>
internal static class NmsOracle
{
    /// <summary>The accuracy of <see cref="IBoxOverlap.Overlap"/>, within which a decision may go either way.</summary>
    public const double Accuracy = 1e-6;

    /// <summary>The output the definition gives, following <paramref name="actual"/> on the pairs the tolerance leaves open.</summary>
    public static int[] Expected(Box[] boxes, float[] scores, int[]? classes, float threshold, double tolerance = 0, IReadOnlyCollection<int>? actual = null)
    {
        var order = Enumerable.Range(0, boxes.Length)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .ToArray();
        var t = Rational.From(threshold);
        var (low, high) = (t - Rational.From(tolerance), t + Rational.From(tolerance));

        // Pairs whose IoU is clearly outside [low, high] are decided in doubles, the others exactly
        // (ExactOverlap.ApproximateIou): the rationals made this oracle most of a learner's check.
        var (clearlyBelow, clearlyAbove) = ((double)threshold - tolerance - (2 * ExactOverlap.IouError), (double)threshold + tolerance + (2 * ExactOverlap.IouError));
        var keptByActual = actual is null ? [] : actual.ToHashSet();
        var kept = new List<int>();
        foreach (var candidate in order)
        {
            var suppressed = false;
            var undecided = false;
            foreach (var k in kept)
            {
                if (classes is not null && classes[k] != classes[candidate])
                {
                    continue;
                }

                if (!ExactOverlap.Intersects(boxes[k], boxes[candidate]))
                {
                    continue;
                }

                var estimate = ExactOverlap.ApproximateIou(boxes[k], boxes[candidate]);
                if (estimate > clearlyAbove)
                {
                    suppressed = true;
                    break;
                }

                if (estimate < clearlyBelow)
                {
                    continue;
                }

                var iou = ExactOverlap.Iou(boxes[k], boxes[candidate]);
                if (iou > high)
                {
                    suppressed = true;
                    break;
                }

                undecided |= iou >= low && (tolerance > 0 || iou > t);
            }

            if (!suppressed && (!undecided || keptByActual.Contains(candidate)))
            {
                kept.Add(candidate);
            }
        }

        return kept.ToArray();
    }
}
