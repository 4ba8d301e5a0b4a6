namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// NMS that compares a box only with the kept boxes it can overlap: a uniform grid over the boxes holds the
/// kept ones, and each candidate, in score order, asks the cells it covers.
/// </summary>
/// <remarks>
/// <para>
/// A box is discarded exactly when a kept box of higher rank overlaps it above the threshold, so the greedy
/// loop can run the other way round from <see cref="SortedGreedy"/>: in score order (a stable radix sort),
/// test each box against the kept boxes near it, and keep it — add it to the grid — when none overlaps it
/// enough. A positive IoU needs a positive intersection, so two such boxes share a grid cell: cells come from
/// a monotone map of the coordinates (floor of the scaled offset, clamped), and overlapping intervals map to
/// overlapping cell ranges. The cells are about the mean box size; a kept box covering more than 64 cells
/// goes to a short list everyone checks, and a candidate covering more than 64 cells checks the whole kept
/// list instead. The IoU decision is the shared one (<c>BoxMath.IouExceeds</c>). Per class, each class gets its
/// own grid over its own boxes, so classes never meet; the kept boxes are merged in score order.
/// </para>
/// <para>
/// Time O(N + Σ kept boxes near each candidate): about linear on detector output, where each box meets a
/// few kept boxes; O(N·K) at worst (every box covering every cell). Extra space O(N).
/// </para>
/// </remarks>
public sealed class SpatialGrid : INonMaximumSuppression
{
    /// <inheritdoc/>
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        BoxGuard.CheckSuppress(boxes, scores, iouThreshold);

        return NmsDriver.Run(boxes, RadixOrder.ByDecreasingScore(scores), [], iouThreshold, perClass: false, SuppressGroup);
    }

    /// <inheritdoc/>
    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        BoxGuard.CheckSuppressPerClass(boxes, scores, classes, iouThreshold);

        return NmsDriver.Run(boxes, RadixOrder.ByDecreasingScore(scores), classes, iouThreshold, perClass: true, SuppressGroup);
    }

    private static void SuppressGroup(ReadOnlySpan<Box> boxes, ReadOnlySpan<int> group, double threshold, Span<bool> keptFlags)
    {
        if (threshold >= 1)
        {
            // The computed IoU never exceeds 1 (the intersection is never above the union), so nothing is suppressed.
            foreach (var index in group)
            {
                keptFlags[index] = true;
            }

            return;
        }

        // The boxes in score order, gathered in one pass: its loads do not depend on each other, so their cache
        // misses overlap, where the loop below would wait for one miss per candidate.
        var sorted = GC.AllocateUninitializedArray<Box>(group.Length);
        for (var k = 0; k < sorted.Length; k++)
        {
            sorted[k] = boxes[group[k]];
        }

        var grid = UniformGrid.Over(sorted);
        var kept = new KeptBoxes(Math.Max(16, group.Length / 16));
        for (var k = 0; k < sorted.Length; k++)
        {
            var box = sorted[k];
            var area = BoxMath.Area(box);
            var cells = grid.CellsOf(box);
            if (!AnyKeptExceeds(grid, kept, box, area, cells, threshold))
            {
                keptFlags[group[k]] = true;
                grid.Add(kept.Count, cells);
                kept.Add(box, area);
            }
        }
    }

    // Whether a kept box overlaps the candidate with an IoU above the threshold: the large kept boxes, then
    // the kept boxes in the candidate's cells (or every kept box, for a large candidate).
    private static bool AnyKeptExceeds(UniformGrid grid, KeptBoxes kept, Box box, double area, CellRange cells, double threshold)
    {
        if (grid.Large.Count > 0)
        {
            foreach (var slot in grid.Large)
            {
                if (kept.Exceeds(slot, box, area, threshold))
                {
                    return true;
                }
            }
        }

        if (cells.IsLarge)
        {
            for (var slot = 0; slot < kept.Count; slot++)
            {
                if (kept.Exceeds(slot, box, area, threshold))
                {
                    return true;
                }
            }

            return false;
        }

        for (var y = cells.Y0; y <= cells.Y1; y++)
        {
            for (var x = cells.X0; x <= cells.X1; x++)
            {
                for (var entry = grid.First(x, y); entry >= 0; entry = grid.Next(entry))
                {
                    if (kept.Exceeds(grid.Payload(entry), box, area, threshold))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The kept boxes of a group and their areas, by slot, side by side so a check reads one cache line.</summary>
    private sealed class KeptBoxes(int capacity)
    {
        private (Box Box, double Area)[] _kept = new (Box, double)[capacity];

        public int Count { get; private set; }

        public void Add(Box box, double area)
        {
            if (Count == _kept.Length)
            {
                Array.Resize(ref _kept, 2 * Count);
            }

            _kept[Count++] = (box, area);
        }

        public bool Exceeds(int slot, Box box, double area, double threshold)
        {
            ref readonly var kept = ref _kept[slot];
            return BoxMath.IouExceeds(kept.Box, kept.Area, box, area, threshold);
        }
    }
}
