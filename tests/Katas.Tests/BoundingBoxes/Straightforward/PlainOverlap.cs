using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes.Straightforward;

/// <summary>What a learner who read only the README writes: the formulas in double, guards with the BCL's helpers.</summary>
public sealed class PlainOverlap : IBoxOverlap
{
    public float Overlap(OverlapKind kind, Box a, Box b)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)kind, 3, nameof(kind));
        ArgumentOutOfRangeException.ThrowIfNegative((int)kind, nameof(kind));
        PlainGuards.Check(a, nameof(a));
        PlainGuards.Check(b, nameof(b));

        return (float)Measure(kind, a, b);
    }

    public void OverlapMatrix(OverlapKind kind, ReadOnlySpan<Box> a, ReadOnlySpan<Box> b, Span<float> result)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)kind, 3, nameof(kind));
        ArgumentOutOfRangeException.ThrowIfNegative((int)kind, nameof(kind));
        foreach (var box in a)
        {
            PlainGuards.Check(box, nameof(a));
        }

        foreach (var box in b)
        {
            PlainGuards.Check(box, nameof(b));
        }

        if ((long)a.Length * b.Length != result.Length)
        {
            throw new ArgumentException("result must have a.Length * b.Length values.", nameof(result));
        }

        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                result[(i * b.Length) + j] = (float)Measure(kind, a[i], b[j]);
            }
        }
    }

    private static double Measure(OverlapKind kind, Box a, Box b)
    {
        var areaA = ((double)a.X2 - a.X1) * ((double)a.Y2 - a.Y1);
        var areaB = ((double)b.X2 - b.X1) * ((double)b.Y2 - b.Y1);
        var w = Math.Max(0, Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1));
        var h = Math.Max(0, Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1));
        var intersection = w * h;
        var union = areaA + areaB - intersection;
        var iou = union == 0 ? 0 : intersection / union;
        var cw = Math.Max((double)a.X2, b.X2) - Math.Min((double)a.X1, b.X1);
        var ch = Math.Max((double)a.Y2, b.Y2) - Math.Min((double)a.Y1, b.Y1);
        switch (kind)
        {
            case OverlapKind.Iou:
                return iou;
            case OverlapKind.GeneralizedIou:
                var c = cw * ch;
                return c == 0 ? iou : iou - ((c - union) / c);
        }

        var dx = (((double)a.X1 - b.X1) + ((double)a.X2 - b.X2)) / 2;
        var dy = (((double)a.Y1 - b.Y1) + ((double)a.Y2 - b.Y2)) / 2;
        var diou = iou - (((dx * dx) + (dy * dy)) / ((cw * cw) + (ch * ch) + 1e-7));
        if (kind == OverlapKind.DistanceIou)
        {
            return diou;
        }

        var angle = Math.Atan2((double)b.X2 - b.X1, (double)b.Y2 - b.Y1) - Math.Atan2((double)a.X2 - a.X1, (double)a.Y2 - a.Y1);
        var v = 4 / (Math.PI * Math.PI) * angle * angle;
        var alpha = v / (1 - iou + v + 1e-7);
        return diou - (alpha * v);
    }
}
