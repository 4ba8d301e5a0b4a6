namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// What every sorted NMS solution shares: the boxes in score order, split by class for per-class NMS, and
/// the kept boxes collected in score order — which is also the merge across classes, for free.
/// </summary>
internal static class NmsDriver
{
    /// <summary>Suppresses among the boxes of one class (or of all), given in decreasing score order, marking the kept ones.</summary>
    /// <param name="boxes">All the boxes.</param>
    /// <param name="group">The indices of the boxes to consider, by decreasing score (equal scores by increasing index).</param>
    /// <param name="threshold">The IoU threshold, in [0, 1].</param>
    /// <param name="kept">Set to <see langword="true"/> at the index of every kept box.</param>
    public delegate void GroupSuppressor(ReadOnlySpan<Box> boxes, ReadOnlySpan<int> group, double threshold, Span<bool> kept);

    /// <summary>Runs <paramref name="suppress"/> on all the boxes, or on each class's boxes, and lists the kept indices in <paramref name="order"/>'s order.</summary>
    /// <param name="boxes">The boxes (checked).</param>
    /// <param name="order">Every index, by decreasing score, equal scores by increasing index; reordered when there are classes.</param>
    /// <param name="classes">The classes, or an empty span for class-agnostic NMS.</param>
    /// <param name="threshold">The IoU threshold (checked).</param>
    /// <param name="perClass">Whether boxes only suppress boxes of their own class.</param>
    /// <param name="suppress">The algorithm.</param>
    public static int[] Run(ReadOnlySpan<Box> boxes, int[] order, ReadOnlySpan<int> classes, float threshold, bool perClass, GroupSuppressor suppress)
    {
        var kept = new bool[boxes.Length];
        if (!perClass)
        {
            suppress(boxes, order, threshold, kept);
            return Collect(order, kept);
        }

        var byScore = (int[])order.Clone();
        var starts = RadixOrder.GroupByClass(order, classes);
        for (var g = 0; g + 1 < starts.Length; g++)
        {
            suppress(boxes, order.AsSpan(starts[g], starts[g + 1] - starts[g]), threshold, kept);
        }

        return Collect(byScore, kept);
    }

    private static int[] Collect(int[] order, bool[] kept)
    {
        var count = 0;
        foreach (var index in order)
        {
            count += kept[index] ? 1 : 0;
        }

        var result = new int[count];
        count = 0;
        foreach (var index in order)
        {
            if (kept[index])
            {
                result[count++] = index;
            }
        }

        return result;
    }
}
