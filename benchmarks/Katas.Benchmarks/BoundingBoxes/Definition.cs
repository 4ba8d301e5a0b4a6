using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary>The definitions the benchmarks check results against, in double, written independently of the library.</summary>
internal static class Definition
{
    /// <summary>The measure <paramref name="kind"/> of two boxes, in double (accurate to about 1e-15 for the benchmarks' boxes).</summary>
    public static double Overlap(OverlapKind kind, Box a, Box b)
    {
        double Area(Box box) => ((double)box.X2 - box.X1) * ((double)box.Y2 - box.Y1);
        var w = Math.Max(0, Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1));
        var h = Math.Max(0, Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1));
        var union = Area(a) + Area(b) - (w * h);
        var iou = union > 0 ? w * h / union : 0;
        var cw = Math.Max((double)a.X2, b.X2) - Math.Min((double)a.X1, b.X1);
        var ch = Math.Max((double)a.Y2, b.Y2) - Math.Min((double)a.Y1, b.Y1);
        if (kind == OverlapKind.Iou)
        {
            return iou;
        }

        if (kind == OverlapKind.GeneralizedIou)
        {
            return cw * ch > 0 ? iou - (((cw * ch) - union) / (cw * ch)) : iou;
        }

        var dx = (((double)a.X1 + a.X2) / 2) - (((double)b.X1 + b.X2) / 2);
        var dy = (((double)a.Y1 + a.Y2) / 2) - (((double)b.Y1 + b.Y2) / 2);
        var diou = iou - (((dx * dx) + (dy * dy)) / ((cw * cw) + (ch * ch) + 1e-7));
        if (kind == OverlapKind.DistanceIou)
        {
            return diou;
        }

        var angle = Math.Atan2((double)b.X2 - b.X1, (double)b.Y2 - b.Y1) - Math.Atan2((double)a.X2 - a.X1, (double)a.Y2 - a.Y1);
        var v = 4 / (Math.PI * Math.PI) * angle * angle;
        return diou - (v / (1 - iou + v + 1e-7) * v);
    }

    /// <summary>
    /// Throws unless <paramref name="kept"/> is a greedy NMS result: sorted by decreasing score (equal scores
    /// by index), no two kept boxes of a class overlapping above the threshold, and every other box overlapped
    /// above the threshold by a kept box of its class that ranks higher — the three properties that
    /// characterise the greedy result — each to within 1e-6 of the IoU, the contract's accuracy.
    /// </summary>
    public static void CheckNms(string who, Box[] boxes, float[] scores, int[]? classes, float threshold, int[] kept)
    {
        bool Outranks(int k, int i) => scores[k] > scores[i] || (scores[k] == scores[i] && k < i);
        bool SameClass(int k, int i) => classes is null || classes[k] == classes[i];
        for (var k = 1; k < kept.Length; k++)
        {
            Check(Outranks(kept[k - 1], kept[k]), who, $"kept box {kept[k - 1]} comes before {kept[k]}, which ranks higher");
        }

        // Kept boxes by left edge; a box can only overlap kept boxes whose left edge lies within the widest
        // kept box's width to its left.
        var byLeft = kept.OrderBy(k => boxes[k].X1).ToArray();
        var lefts = byLeft.Select(k => boxes[k].X1).ToArray();
        var widest = kept.Length == 0 ? 0 : kept.Max(k => boxes[k].X2 - boxes[k].X1);
        IEnumerable<int> KeptNear(Box box)
        {
            var (low, high) = (0, lefts.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = lefts[middle] < box.X1 - widest ? (middle + 1, high) : (low, middle);
            }

            for (var p = low; p < byLeft.Length && lefts[p] <= box.X2; p++)
            {
                yield return byLeft[p];
            }
        }

        var isKept = new bool[boxes.Length];
        foreach (var k in kept)
        {
            Check(!isKept[k], who, $"box {k} is kept twice");
            isKept[k] = true;
        }

        for (var i = 0; i < boxes.Length; i++)
        {
            var near = KeptNear(boxes[i]).Where(k => k != i && SameClass(k, i)).ToArray();
            if (isKept[i])
            {
                var overlap = near.FirstOrDefault(k => Overlap(OverlapKind.Iou, boxes[k], boxes[i]) > threshold + 1e-6, -1);
                Check(overlap < 0, who, $"kept boxes {overlap} and {i} overlap above the threshold");
            }
            else
            {
                Check(
                    near.Any(k => Outranks(k, i) && Overlap(OverlapKind.Iou, boxes[k], boxes[i]) >= threshold - 1e-6),
                    who,
                    $"discarded box {i} is overlapped above the threshold by no kept box that ranks higher");
            }
        }
    }

    /// <summary>Soft-NMS transcribed: select the best remaining box, decay the others, drop those below minScore.</summary>
    public static ScoredIndex[] SoftNms(Box[] boxes, float[] scores, SoftNmsMethod method, float threshold, float sigma, float minScore)
    {
        var current = scores.Select(s => (double)s).ToArray();
        var remaining = Enumerable.Range(0, boxes.Length).Where(i => current[i] >= minScore).ToList();
        var selected = new List<ScoredIndex>();
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            foreach (var i in remaining)
            {
                best = current[i] > current[best] || (current[i] == current[best] && i < best) ? i : best;
            }

            selected.Add(new ScoredIndex(best, (float)current[best]));
            remaining.Remove(best);
            foreach (var i in remaining)
            {
                var iou = Overlap(OverlapKind.Iou, boxes[best], boxes[i]);
                current[i] *= method == SoftNmsMethod.Linear ? (iou >= threshold ? 1 - iou : 1) : Math.Exp(-(iou * iou) / sigma);
            }

            remaining.RemoveAll(i => current[i] < minScore);
        }

        return [.. selected];
    }

    private static void Check(bool condition, string who, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{who}: {problem}.");
        }
    }
}
