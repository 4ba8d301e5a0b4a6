using System.Runtime.CompilerServices;

namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// The overlap formulas in double precision, and the one IoU decision every NMS solution makes, so that
/// all of them decide every pair alike, near-threshold pairs included.
/// </summary>
/// <remarks>
/// Why double is enough: every float is exact in double, a difference of two floats is exact or rounded
/// once (relative error 2⁻⁵³), and products of float differences stay far inside double's range (from
/// about 1e-90 for the narrowest boxes to 8e30 for coordinates of ±1e15), so areas never overflow or
/// underflow. The intersection, the union (≥ half of area(a) + area(b)), the enclosing area and the squared
/// distances then carry relative errors of a few 2⁻⁵³, and every measure is within about 1e-15 of its
/// exact value before the final rounding to float (3e-8).
/// </remarks>
internal static class BoxMath
{
    /// <summary>4/π², the constant of CIoU's aspect-ratio term.</summary>
    public const double AspectScale = 4 / (Math.PI * Math.PI);

    /// <summary>The 1e-7 of DIoU's and CIoU's denominators (torchvision's eps).</summary>
    public const double Eps = 1e-7;

    /// <summary>The box's area (X2 − X1)·(Y2 − Y1), in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Area(Box box) => ((double)box.X2 - box.X1) * ((double)box.Y2 - box.Y1);

    /// <summary>atan2(width, height): the box's aspect angle for CIoU, 0 for a point.</summary>
    public static double AspectAngle(Box box) => Math.Atan2((double)box.X2 - box.X1, (double)box.Y2 - box.Y1);

    /// <summary>
    /// Decides IoU(a, b) &gt; <paramref name="threshold"/> as intersection &gt; threshold × union, in double, from
    /// the areas <see cref="Area"/> computed. The vectorised kernels evaluate exactly these operations in the
    /// same order, so they reach the same decision bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IouExceeds(Box a, double areaA, Box b, double areaB, double threshold)
    {
        var width = Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1);
        var height = Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1);
        if (!(width > 0 && height > 0))
        {
            return false; // no intersection: 0 > threshold × union never holds for threshold ≥ 0
        }

        var intersection = width * height;
        return intersection > threshold * ((areaA + areaB) - intersection);
    }

    /// <summary>IoU(a, b) in double: intersection ÷ union, 0 when the union is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Iou(Box a, double areaA, Box b, double areaB)
    {
        var width = Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1);
        var height = Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1);
        if (!(width > 0 && height > 0))
        {
            return 0;
        }

        var intersection = width * height;
        return intersection / ((areaA + areaB) - intersection);
    }

    /// <summary>The overlap measure <paramref name="kind"/> between two valid boxes, in double, rounded once to float.</summary>
    public static float Overlap(OverlapKind kind, Box a, Box b)
    {
        double ax1 = a.X1, ay1 = a.Y1, ax2 = a.X2, ay2 = a.Y2;
        double bx1 = b.X1, by1 = b.Y1, bx2 = b.X2, by2 = b.Y2;
        var areaA = (ax2 - ax1) * (ay2 - ay1);
        var areaB = (bx2 - bx1) * (by2 - by1);
        var intersection = Math.Max(Math.Min(ax2, bx2) - Math.Max(ax1, bx1), 0) * Math.Max(Math.Min(ay2, by2) - Math.Max(ay1, by1), 0);
        var union = (areaA + areaB) - intersection;
        var iou = union > 0 ? intersection / union : 0;
        if (kind == OverlapKind.Iou)
        {
            return (float)iou;
        }

        // The smallest enclosing box.
        var width = Math.Max(ax2, bx2) - Math.Min(ax1, bx1);
        var height = Math.Max(ay2, by2) - Math.Min(ay1, by1);
        if (kind == OverlapKind.GeneralizedIou)
        {
            var enclosing = width * height;
            return (float)(enclosing > 0 ? iou - ((enclosing - union) / enclosing) : iou);
        }

        // Differences of corresponding corners first: each is bounded by the enclosing box, so its rounding
        // error is too, whatever the coordinates' magnitude.
        var dx = ((bx1 - ax1) + (bx2 - ax2)) * 0.5;
        var dy = ((by1 - ay1) + (by2 - ay2)) * 0.5;
        var diou = iou - (((dx * dx) + (dy * dy)) / (((width * width) + (height * height)) + Eps));
        if (kind == OverlapKind.DistanceIou)
        {
            return (float)diou;
        }

        var angle = Math.Atan2(bx2 - bx1, by2 - by1) - Math.Atan2(ax2 - ax1, ay2 - ay1);
        var v = AspectScale * (angle * angle);
        var alpha = v / ((1 - iou + v) + Eps);
        return (float)(diou - (alpha * v));
    }
}
