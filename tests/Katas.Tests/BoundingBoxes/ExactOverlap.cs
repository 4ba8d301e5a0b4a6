using System.Numerics;
using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

/// <summary>
/// The overlap measures computed exactly from the floats' exact values (<see cref="Rational"/>), written from
/// the definitions and independently of the library. CIoU's arctangents and π are not rational: they are
/// computed to 300 bits (an error below 1e-85), which is exact for every tolerance the tests use.
/// </summary>
internal static class ExactOverlap
{
    private const int Bits = 300;

    private static readonly Rational Eps = Rational.From(1) / Rational.From(10_000_000);

    private static readonly BigInteger One = BigInteger.One << Bits;

    // π to 300 bits: 4·atan(1).
    private static readonly BigInteger Pi = 4 * AtanFixed(One);

    public static Rational Of(double value) => Rational.From(value);

    public static Rational Area(Box box) => (Of(box.X2) - Of(box.X1)) * (Of(box.Y2) - Of(box.Y1));

    public static Rational Intersection(Box a, Box b)
    {
        var width = Rational.Min(Of(a.X2), Of(b.X2)) - Rational.Max(Of(a.X1), Of(b.X1));
        var height = Rational.Min(Of(a.Y2), Of(b.Y2)) - Rational.Max(Of(a.Y1), Of(b.Y1));
        return width.Sign > 0 && height.Sign > 0 ? width * height : Rational.Zero;
    }

    /// <summary>The most <see cref="ApproximateIou"/> can differ from <see cref="Iou"/>: forty times the bound below.</summary>
    public const double IouError = 1e-13;

    /// <summary>
    /// Whether the boxes' intersection has a positive area, decided in doubles and exactly: a float is
    /// exact in double, and the difference of two exact values rounded once keeps its sign.
    /// </summary>
    public static bool Intersects(Box a, Box b) =>
        Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1) > 0
        && Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1) > 0;

    /// <summary>
    /// The IoU in doubles, within <see cref="IouError"/> of <see cref="Iou"/>: what lets an oracle decide
    /// exactly (with <see cref="Iou"/>) only the pairs whose IoU is near a threshold, as filtered exact
    /// predicates do.
    /// </summary>
    /// <remarks>
    /// Every operand is a float, exact in double, and no product of float differences overflows or leaves
    /// double's normal range, so each operation adds one rounding (u = 2⁻⁵³) relative to its result: the
    /// intersection and the areas carry at most 3u. The union A + B − I has no cancellation to fear: I ≤
    /// min(A, B) gives A + B + I ≤ 3(A + B − I), so its error is at most about 15u of it, and the quotient's
    /// about 20u, below 2.3e-15 for an IoU of at most 1. <c>ApproximateIouIsWithinItsBound</c> checks it.
    /// </remarks>
    public static double ApproximateIou(Box a, Box b)
    {
        if (!Intersects(a, b))
        {
            return 0;
        }

        var intersection = (Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1)) * (Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1));
        var areas = (((double)a.X2 - a.X1) * ((double)a.Y2 - a.Y1)) + (((double)b.X2 - b.X1) * ((double)b.Y2 - b.Y1));
        return intersection / (areas - intersection);
    }

    /// <summary>
    /// The sign of IoU(a, b) − <paramref name="value"/>, exactly: from <see cref="ApproximateIou"/> where it
    /// lies more than <see cref="IouError"/> from the value (forty times its bound, which leaves room for the
    /// value's own rounding to double), from the rationals otherwise.
    /// </summary>
    public static int CompareIou(Box a, Box b, Rational value)
    {
        var difference = ApproximateIou(a, b) - value.ToDouble();
        if (Math.Abs(difference) > IouError)
        {
            return Math.Sign(difference);
        }

        return Math.Sign(Iou(a, b).CompareTo(value));
    }

    public static Rational Union(Box a, Box b) => Area(a) + Area(b) - Intersection(a, b);

    public static Rational Iou(Box a, Box b)
    {
        var union = Union(a, b);
        return union.Sign == 0 ? Rational.Zero : Intersection(a, b) / union;
    }

    public static Rational Measure(OverlapKind kind, Box a, Box b) =>
        kind == OverlapKind.CompleteIou ? Measure(kind, a, b, Angle(a), Angle(b)) : Measure(kind, a, b, BigInteger.Zero, BigInteger.Zero);

    /// <summary>
    /// <see cref="Measure(OverlapKind, Box, Box)"/> of every pair (a[i], b[j]), entry [i·|b| + j]: each
    /// box's aspect angle, the costly part of CIoU, computed once rather than once per pair.
    /// </summary>
    public static Rational[] Matrix(OverlapKind kind, Box[] a, Box[] b)
    {
        var complete = kind == OverlapKind.CompleteIou;
        var anglesA = a.Select(box => complete ? Angle(box) : BigInteger.Zero).ToArray();
        var anglesB = b.Select(box => complete ? Angle(box) : BigInteger.Zero).ToArray();
        var matrix = new Rational[a.Length * b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                matrix[(i * b.Length) + j] = Measure(kind, a[i], b[j], anglesA[i], anglesB[j]);
            }
        }

        return matrix;
    }

    // The angles are CIoU's atan2(width, height) of each box, in fixed point (Angle).
    private static Rational Measure(OverlapKind kind, Box a, Box b, BigInteger angleA, BigInteger angleB)
    {
        var iou = Iou(a, b);
        var width = Rational.Max(Of(a.X2), Of(b.X2)) - Rational.Min(Of(a.X1), Of(b.X1));
        var height = Rational.Max(Of(a.Y2), Of(b.Y2)) - Rational.Min(Of(a.Y1), Of(b.Y1));
        switch (kind)
        {
            case OverlapKind.Iou:
                return iou;
            case OverlapKind.GeneralizedIou:
                var enclosing = width * height;
                return enclosing.Sign == 0 ? iou : iou - ((enclosing - Union(a, b)) / enclosing);
        }

        var two = Of(2);
        var dx = ((Of(a.X1) + Of(a.X2)) / two) - ((Of(b.X1) + Of(b.X2)) / two);
        var dy = ((Of(a.Y1) + Of(a.Y2)) / two) - ((Of(b.Y1) + Of(b.Y2)) / two);
        var diou = iou - (((dx * dx) + (dy * dy)) / ((width * width) + (height * height) + Eps));
        if (kind == OverlapKind.DistanceIou)
        {
            return diou;
        }

        // v = 4/π² (atan2(w_b, h_b) − atan2(w_a, h_a))², in fixed point with Bits fraction bits.
        var angle = angleB - angleA;
        var v = Rational.Of(4 * angle * angle, Pi * Pi);
        var alpha = v / (Rational.One - iou + v + Eps);
        return diou - (alpha * v);
    }

    /// <summary>Whether <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="exact"/>.</summary>
    public static bool Within(float actual, Rational exact, double tolerance) =>
        float.IsFinite(actual) && (Of(actual) - exact).Abs() <= Of(tolerance);

    // atan2(width, height) of the box, times 2^Bits.
    private static BigInteger Angle(Box box) => Atan2Fixed(Of(box.X2) - Of(box.X1), Of(box.Y2) - Of(box.Y1));

    // atan2(w, h) for w, h ≥ 0, times 2^Bits.
    private static BigInteger Atan2Fixed(Rational w, Rational h)
    {
        if (w.Sign == 0)
        {
            return BigInteger.Zero; // atan2(0, h) = 0 for h ≥ 0, atan2(0, 0) = 0 by convention
        }

        if (h.Sign == 0)
        {
            return Pi / 2;
        }

        return w <= h
            ? AtanFixed(ToFixed(w / h))
            : (Pi / 2) - AtanFixed(ToFixed(h / w));
    }

    // atan(x) for 0 ≤ x ≤ 1 given as x·2^Bits: four halvings atan(x) = 2·atan(x / (1 + √(1 + x²))) bring x
    // below tan(π/64) ≈ 0.05, then the Taylor series.
    private static BigInteger AtanFixed(BigInteger x)
    {
        const int Halvings = 4;
        for (var k = 0; k < Halvings; k++)
        {
            var root = Sqrt((One + ((x * x) >> Bits)) << Bits);
            x = (x << Bits) / (One + root);
        }

        var sum = BigInteger.Zero;
        var power = x;
        var square = (x * x) >> Bits;
        for (var n = 0; !power.IsZero; n++)
        {
            sum += (n % 2 == 0 ? power : -power) / ((2 * n) + 1);
            power = (power * square) >> Bits;
        }

        return sum << Halvings;
    }

    private static BigInteger ToFixed(Rational value) => (value.Numerator << Bits) / value.Denominator;

    private static BigInteger Sqrt(BigInteger value)
    {
        if (value.IsZero)
        {
            return value;
        }

        var x = BigInteger.One << (int)((value.GetBitLength() + 1) / 2);
        while (true)
        {
            var next = (x + (value / x)) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }
}
