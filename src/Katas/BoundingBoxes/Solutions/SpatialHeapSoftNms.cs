namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// Soft-NMS that touches only the boxes a selected box overlaps: a uniform grid finds them, and an indexed
/// binary heap keeps the remaining boxes by current score.
/// </summary>
/// <remarks>
/// <para>
/// The decay of a box that does not intersect the selected one is exactly 1 for both methods, so only
/// intersecting boxes need a visit; they share a cell of a grid over all the boxes (see <c>UniformGrid</c>).
/// The heap orders the remaining boxes by current score, then index, and repositions a box when its score
/// changes (it may rise: a negative score decays towards 0). A stamp per box keeps a box in several cells from
/// being decayed twice by one selection. Every decay and comparison is the one <see cref="DirectSoftNms"/>
/// makes, so the two agree bit for bit.
/// </para>
/// <para>
/// Time O(N log N + Σ boxes overlapping each selected box × log N); a large selected box (over 64 cells)
/// scans every remaining box. Extra space O(N).
/// </para>
/// </remarks>
public sealed class SpatialHeapSoftNms : ISoftNonMaximumSuppression
{
    /// <inheritdoc/>
    public ScoredIndex[] SoftSuppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, SoftNmsMethod method,
        float iouThreshold, float sigma, float minScore)
    {
        BoxGuard.CheckSoftSuppress(boxes, scores, method, iouThreshold, sigma, minScore);

        var n = boxes.Length;
        var current = new double[n];
        var areas = new double[n];
        var alive = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            (current[i], areas[i]) = (scores[i], BoxMath.Area(boxes[i]));
            if (current[i] >= minScore)
            {
                alive.Add(i);
            }
        }

        var grid = UniformGrid.Over(boxes, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(alive));
        var cells = new CellRange[n];
        foreach (var i in alive)
        {
            cells[i] = grid.CellsOf(boxes[i]);
            grid.Add(i, cells[i]);
        }

        var heap = new ScoreHeap(current, alive);
        var stamps = new int[n];
        Array.Fill(stamps, -1);
        var selected = new List<ScoredIndex>();
        while (heap.Count > 0)
        {
            var best = heap.Pop();
            selected.Add(new ScoredIndex(best, (float)current[best]));
            var step = selected.Count;
            stamps[best] = step;

            void Decay(int other, ReadOnlySpan<Box> boxes)
            {
                if (stamps[other] == step || !heap.Contains(other))
                {
                    return;
                }

                stamps[other] = step;
                var iou = BoxMath.Iou(boxes[best], areas[best], boxes[other], areas[other]);
                if (iou == 0)
                {
                    return; // the weight is exactly 1
                }

                current[other] *= SoftDecay.Weight(method, iou, iouThreshold, sigma);
                if (current[other] >= minScore)
                {
                    heap.Update(other);
                }
                else
                {
                    heap.Remove(other);
                }
            }

            foreach (var other in grid.Large)
            {
                Decay(other, boxes);
            }

            var range = cells[best];
            if (range.IsLarge)
            {
                foreach (var other in heap.Items())
                {
                    Decay(other, boxes);
                }

                continue;
            }

            for (var y = range.Y0; y <= range.Y1; y++)
            {
                for (var x = range.X0; x <= range.X1; x++)
                {
                    for (var entry = grid.First(x, y); entry >= 0; entry = grid.Next(entry))
                    {
                        Decay(grid.Payload(entry), boxes);
                    }
                }
            }
        }

        return selected.ToArray();
    }
}
