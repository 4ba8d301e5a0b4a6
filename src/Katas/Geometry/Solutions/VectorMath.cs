namespace Katas.Geometry.Solutions;

/// <summary>
/// The measurements every solution shares: they compute a number rather than decide something, so the
/// solutions differ only in how they recognise a zero vector or a degenerate line before calling these.
/// </summary>
/// <remarks>
/// Plain IEEE arithmetic (NaN and infinities propagate, nothing throws), made robust against intermediate
/// overflow and underflow where that is free: a vector can be scaled by a power of two without rounding,
/// and angles and projections do not change under scaling.
/// </remarks>
internal static class VectorMath
{
    public static double Dot(Vec2 a, Vec2 b) => a.X * b.X + a.Y * b.Y;

    public static double Cross(Vec2 a, Vec2 b) => a.X * b.Y - a.Y * b.X;

    // hypot scales internally: squaring 1e200 would overflow, squaring 1e-200 would underflow to zero.
    public static double Length(Vec2 v) => double.Hypot(v.X, v.Y);

    public static Vec2 Rotate(Vec2 v, double radians)
    {
        var (sin, cos) = Math.SinCos(radians);
        return new(v.X * cos - v.Y * sin, v.X * sin + v.Y * cos);
    }

    // atan2(|a×b|, a·b) is accurate over the whole range [0, π]; acos(a·b / |a||b|) loses half the digits
    // near 0 and π (its slope is infinite there) and can even see a ratio a rounding above 1 and return NaN.
    public static double Angle(Vec2 a, Vec2 b)
    {
        var (ua, ub) = (Normalised(a), Normalised(b));
        return Math.Atan2(Math.Abs(Cross(ua, ub)), Dot(ua, ub));
    }

    public static Vec2 Project(Vec2 v, Vec2 onto)
    {
        var u = Normalised(onto);
        return u * (Dot(v, u) / Dot(u, u));
    }

    // Whichever of the three regions p falls in: behind a, beyond b, or beside the segment, where the
    // distance is the parallelogram's height |u × (p - a)| / |u| (more accurate than building the foot
    // point). The differences share one power-of-two scale (exact), so that the products of tiny or huge
    // differences neither underflow nor overflow.
    public static double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        var (u, fromA, fromB) = (b - a, p - a, p - b);
        var largest = Math.Max(Math.Max(Largest(u), Largest(fromA)), Largest(fromB));
        var exponent = largest == 0 || !double.IsFinite(largest) ? 0 : -Math.ILogB(largest);
        (u, fromA, fromB) = (ScaleB(u, exponent), ScaleB(fromA, exponent), ScaleB(fromB, exponent));

        var distance = Dot(fromA, u) <= 0 ? Length(fromA)
            : Dot(fromB, u) >= 0 ? Length(fromB)
            : Math.Abs(Cross(u, fromA)) / Length(u);
        return Math.ScaleB(distance, -exponent);
    }

    // The shoelace sum, taken about the first vertex: the same area, but the products are of short
    // differences rather than of absolute coordinates, so a polygon far from the origin keeps its digits.
    public static double PolygonArea(ReadOnlySpan<Vec2> polygon)
    {
        if (polygon.Length < 3)
        {
            return 0;
        }

        var origin = polygon[0];
        var sum = 0.0;
        var previous = polygon[1] - origin;
        for (var i = 2; i < polygon.Length; i++)
        {
            var current = polygon[i] - origin;
            sum += Cross(previous, current);
            previous = current;
        }

        return sum / 2;
    }

    /// <summary>
    /// Scales <paramref name="v"/> by the power of two that brings its larger coordinate into [1, 2): exact
    /// (only the exponents change), and afterwards products of coordinates can neither overflow nor lose
    /// everything to underflow. Vectors with a zero, NaN or infinite largest coordinate are returned unchanged.
    /// </summary>
    public static Vec2 Normalised(Vec2 v)
    {
        var largest = Largest(v);
        return largest == 0 || !double.IsFinite(largest) ? v : ScaleB(v, -Math.ILogB(largest));
    }

    private static double Largest(Vec2 v) => Math.Max(Math.Abs(v.X), Math.Abs(v.Y));

    private static Vec2 ScaleB(Vec2 v, int exponent) => new(Math.ScaleB(v.X, exponent), Math.ScaleB(v.Y, exponent));
}
