namespace Katas.BoundingBoxes.Solutions;

/// <summary>The definition as written: repeatedly keep the best remaining box and discard the ones it overlaps.</summary>
/// <remarks>
/// <para>
/// Each round scans the remaining boxes for the highest score (equal scores: the lowest index), keeps it, and
/// marks every remaining box (of its class, per class) whose IoU with it is greater than the threshold as
/// discarded. The IoU decision is the one every solution here shares (<c>BoxMath.IouExceeds</c>), so they
/// all decide near-threshold pairs alike.
/// </para>
/// <para>Time O(N·K) for K kept boxes, O(N²) at worst; extra space O(N).</para>
/// </remarks>
public sealed class Textbook : INonMaximumSuppression
{
    /// <inheritdoc/>
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        BoxGuard.CheckSuppress(boxes, scores, iouThreshold);

        return Run(boxes, scores, [], iouThreshold);
    }

    /// <inheritdoc/>
    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        BoxGuard.CheckSuppressPerClass(boxes, scores, classes, iouThreshold);

        return Run(boxes, scores, classes, iouThreshold);
    }

    private static int[] Run(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, double threshold)
    {
        var remaining = new bool[boxes.Length];
        Array.Fill(remaining, true);
        var kept = new List<int>();
        while (true)
        {
            var best = -1;
            for (var i = 0; i < boxes.Length; i++)
            {
                if (remaining[i] && (best < 0 || scores[i] > scores[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return kept.ToArray();
            }

            kept.Add(best);
            remaining[best] = false;
            var area = BoxMath.Area(boxes[best]);
            for (var i = 0; i < boxes.Length; i++)
            {
                if (remaining[i] && (classes.IsEmpty || classes[i] == classes[best])
                    && BoxMath.IouExceeds(boxes[best], area, boxes[i], BoxMath.Area(boxes[i]), threshold))
                {
                    remaining[i] = false;
                }
            }
        }
    }
}
