namespace Katas.Geometry.Solutions;

/// <summary>
/// The products of coordinate differences that the tolerance-based solutions decide with, computed as
/// double arithmetic with an unbounded exponent range would compute them: each difference and each
/// product is a double and a power of two of its own, so nothing overflows, and every operation rounds
/// exactly as the plain one does. Used only when the plain arithmetic has overflowed.
/// </summary>
/// <remarks>
/// A number scaled by a power of two rounds the same way (only the exponent changes), so a product of
/// scaled differences is the plain product, scaled. Two exceptions, neither of which changes an answer:
/// a difference that overflows is taken of halved coordinates, exact but for subnormal ones, which
/// vanish in its rounding anyway; and of two products brought to a common exponent, the smaller may
/// lose bits to underflow only when it is below 2⁻¹⁰²⁰ of the larger, too little to change the rounding
/// of their sum or difference.
/// </remarks>
internal static class WideProducts
{
    /// <summary>
    /// (p − q) × (r − s) = left − right, the cross product of two differences, as
    /// left · 2^exponent and right · 2^exponent with |left|, |right| &lt; 4.
    /// </summary>
    public static (double Left, double Right, int Exponent) Cross(Vec2 p, Vec2 q, Vec2 r, Vec2 s) =>
        Align(
            Multiply(Difference(p.X, q.X), Difference(r.Y, s.Y)),
            Multiply(Difference(p.Y, q.Y), Difference(r.X, s.X)));

    /// <summary>
    /// (p − q) · (r − s) = xx + yy, the dot product of two differences, as xx · 2^exponent and
    /// yy · 2^exponent with |xx|, |yy| &lt; 4.
    /// </summary>
    public static (double XX, double YY, int Exponent) Dot(Vec2 p, Vec2 q, Vec2 r, Vec2 s) =>
        Align(
            Multiply(Difference(p.X, q.X), Difference(r.X, s.X)),
            Multiply(Difference(p.Y, q.Y), Difference(r.Y, s.Y)));

    /// <summary>
    /// The intersection of lines ab and cd as a + (b − a) · t with t = ((c − a) × (d − c)) / ((b − a) × (d − c)),
    /// given the denominator as <paramref name="denominator"/> · 2^<paramref name="exponent"/> (nonzero):
    /// each step rounded as in plain doubles, and a coordinate beyond the double range infinite.
    /// </summary>
    public static Vec2 LinePoint(Vec2 a, Vec2 b, Vec2 c, Vec2 d, double denominator, int exponent)
    {
        var (left, right, numeratorExponent) = Cross(c, a, d, c);
        var numerator = left - right;
        if (numerator == 0)
        {
            return a;
        }

        // |numerator| < 8, and |denominator| ≥ 2⁻⁵² (a nonzero difference of two numbers aligned at
        // exponent 0): the quotient is finite.
        var t = numerator / denominator;
        var tExponent = numeratorExponent - exponent;
        var (ux, uy) = (Difference(b.X, a.X), Difference(b.Y, a.Y));
        return new Vec2(
            Add(a.X, ux.Mantissa * t, ux.Exponent + tExponent),
            Add(a.Y, uy.Mantissa * t, uy.Exponent + tExponent));
    }

    // x + m · 2^e rounded once, when m · 2^e alone may overflow: halved, both terms are doubles unless
    // |m · 2^e| ≥ 2¹⁰²⁵, and then the sum, at least 2¹⁰²⁵ − 2¹⁰²⁴, overflows as it should.
    private static double Add(double x, double m, int e)
    {
        var term = Math.ScaleB(m, e);
        return double.IsFinite(term) ? x + term : ((x * 0.5) + Math.ScaleB(m, e - 1)) * 2;
    }

    /// <summary>x − y as mantissa · 2^exponent with |mantissa| in [1, 2), or 0.</summary>
    private static (double Mantissa, int Exponent) Difference(double x, double y)
    {
        var difference = x - y;
        var exponent = 0;
        if (double.IsInfinity(difference))
        {
            difference = (x * 0.5) - (y * 0.5);
            exponent = 1;
        }

        // Stryker disable once Block : equivalent, a zero difference would become ±0 · 2^int.MinValue: its products are zero, Align ignores a zero's exponent, two zero products decide alike at any exponent, and LinePoint's a.X + (±0 · t) comes out the same either way
        if (difference == 0)
        {
            return (0, 0);
        }

        var scale = Math.ILogB(difference);
        return (Math.ScaleB(difference, -scale), exponent + scale);
    }

    private static (double Mantissa, int Exponent) Multiply((double Mantissa, int Exponent) x, (double Mantissa, int Exponent) y) =>
        (x.Mantissa * y.Mantissa, x.Exponent + y.Exponent);

    // Both at the exponent of the larger (a zero takes the other's).
    private static (double, double, int) Align((double Mantissa, int Exponent) x, (double Mantissa, int Exponent) y)
    {
        if (x.Mantissa == 0)
        {
            return (0, y.Mantissa, y.Exponent);
        }

        if (y.Mantissa == 0)
        {
            return (x.Mantissa, 0, x.Exponent);
        }

        var exponent = Math.Max(x.Exponent, y.Exponent);
        return (Math.ScaleB(x.Mantissa, x.Exponent - exponent), Math.ScaleB(y.Mantissa, y.Exponent - exponent), exponent);
    }
}
