namespace Katas.BoundingBoxes.Solutions;

/// <summary>torchvision's CPU kernel: sort once by score, then each kept box suppresses the later boxes it overlaps.</summary>
/// <remarks>
/// <para>
/// The indices are sorted by decreasing score (a comparison sort; equal scores by increasing index, as
/// torchvision's stable sort does), the areas computed once; then, in that order, a box not yet suppressed
/// is kept and marks every later unsuppressed box whose IoU with it is greater than the threshold. Per class,
/// the same runs on each class's boxes (torchvision's <c>_batched_nms_vanilla</c>), and the kept boxes are
/// merged by score. This is the code detectors ship: the benchmarks' baseline.
/// </para>
/// <para>Time O(N log N + N·K) for K kept boxes, O(N²) at worst (per class: the sum over classes); extra space O(N).</para>
/// </remarks>
public sealed class SortedGreedy : INonMaximumSuppression
{
    /// <inheritdoc/>
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        BoxGuard.CheckSuppress(boxes, scores, iouThreshold);

        return NmsDriver.Run(boxes, Order(scores), [], iouThreshold, perClass: false, SuppressGroup);
    }

    /// <inheritdoc/>
    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        BoxGuard.CheckSuppressPerClass(boxes, scores, classes, iouThreshold);

        return NmsDriver.Run(boxes, Order(scores), classes, iouThreshold, perClass: true, SuppressGroup);
    }

    private static int[] Order(ReadOnlySpan<float> scores)
    {
        var values = scores.ToArray();
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => values[x] != values[y] ? values[y].CompareTo(values[x]) : x.CompareTo(y));
        return order;
    }

    private static void SuppressGroup(ReadOnlySpan<Box> boxes, ReadOnlySpan<int> group, double threshold, Span<bool> kept)
    {
        var areas = new double[group.Length];
        for (var k = 0; k < group.Length; k++)
        {
            areas[k] = BoxMath.Area(boxes[group[k]]);
        }

        var suppressed = new bool[group.Length];
        for (var k = 0; k < group.Length; k++)
        {
            if (suppressed[k])
            {
                continue;
            }

            var box = boxes[group[k]];
            kept[group[k]] = true;
            for (var later = k + 1; later < group.Length; later++)
            {
                if (!suppressed[later] && BoxMath.IouExceeds(box, areas[k], boxes[group[later]], areas[later], threshold))
                {
                    suppressed[later] = true;
                }
            }
        }
    }
}
