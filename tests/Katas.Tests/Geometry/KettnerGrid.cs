using Katas.Geometry;

namespace Katas.Tests.Geometry;

/// <summary>
/// The near-degenerate grid of Kettner, Mehlhorn, Pion, Schirra and Yap ("Classroom examples of
/// robustness problems in geometric computations", 2004): p = (0.5 + x·u, 0.5 + y·u) for 0 ≤ x, y &lt; 256
/// and u = 2⁻⁵³ (the spacing of the doubles just above 0.5, so every p is exact), against q = (12, 12)
/// and r = (24, 24). The line qr is y = x; the exact orientation of (p, q, r) is sign(y − x), because
/// (q − p) × (r − p) = 12u(y − x). Every point lies within 256 ulps of the line.
/// </summary>
internal static class KettnerGrid
{
    public const int Size = 256;

    public static readonly double Unit = Math.ScaleB(1.0, -53);

    /// <summary>The grid's points, scaled by 2^<paramref name="scale"/> (exact: only the exponents change).</summary>
    public static IEnumerable<(int X, int Y, Vec2 P)> Points(int scale = 0, int step = 1)
    {
        for (var x = 0; x < Size; x += step)
        {
            for (var y = 0; y < Size; y += step)
            {
                yield return (x, y, new Vec2(Math.ScaleB(0.5 + x * Unit, scale), Math.ScaleB(0.5 + y * Unit, scale)));
            }
        }
    }

    public static Vec2 Q(int scale = 0) => new(Math.ScaleB(12.0, scale), Math.ScaleB(12.0, scale));

    public static Vec2 R(int scale = 0) => new(Math.ScaleB(24.0, scale), Math.ScaleB(24.0, scale));

    /// <summary>Counts the points at which <paramref name="geometry"/> gets Orientation(p, q, r) wrong, by the oracle.</summary>
    public static Tally Count(IPlanarGeometry geometry, int scale = 0, int step = 1)
    {
        ArgumentNullException.ThrowIfNull(geometry);

        return Count(geometry.Orientation, scale, step);
    }

    /// <summary>
    /// The textbook orientation in plain doubles, written here rather than taken from the library: the
    /// sign of (q − p) × (r − p), each product and the difference rounded once. Finite products only.
    /// </summary>
    public static int PlainDoubleOrientation(Vec2 p, Vec2 q, Vec2 r) =>
        Math.Sign(((q.X - p.X) * (r.Y - p.Y)) - ((q.Y - p.Y) * (r.X - p.X)));

    /// <summary>Counts the points at which <paramref name="orientation"/> gets (p, q, r) wrong, by the oracle.</summary>
    public static Tally Count(Func<Vec2, Vec2, Vec2, int> orientation, int scale = 0, int step = 1)
    {
        var (q, r) = (Q(scale), R(scale));
        int points = 0, wrong = 0, falseZero = 0, opposite = 0;
        foreach (var (_, _, p) in Points(scale, step))
        {
            var expected = Oracle.Orientation(p, q, r);
            var actual = orientation(p, q, r);
            points++;
            if (actual != expected)
            {
                wrong++;
                falseZero += actual == 0 ? 1 : 0;
                opposite += actual == -expected && expected != 0 ? 1 : 0;
            }
        }

        return new(points, wrong, falseZero, opposite);
    }

    /// <summary>How many of <paramref name="Points"/> got a wrong sign: a false 0, the opposite side, or a false ±1 for a collinear point.</summary>
    public sealed record Tally(int Points, int Wrong, int FalseZero, int Opposite);
}
