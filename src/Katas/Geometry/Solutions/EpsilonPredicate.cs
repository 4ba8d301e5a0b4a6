using System.Runtime.CompilerServices;

namespace Katas.Geometry.Solutions;

/// <summary><see cref="EpsilonGeometry"/>'s decisions: signs of double-precision products against an absolute tolerance.</summary>
internal readonly struct EpsilonPredicate(double epsilon) : IOrientationPredicate
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        var cross = (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);

        // Any NaN or infinite coordinate, and any overflow, makes the cross product non-finite, so one
        // check here stands for all of them; the slow path finds out which it was.
        if (!double.IsFinite(cross))
        {
            return Overflowed(a, b, c);
        }

        // Branch-free: on random input the sign is a coin toss, which a branch would mispredict half the time.
        return (cross > epsilon ? 1 : 0) - (cross < -epsilon ? 1 : 0);
    }

    // The classic test: a − p and b − p point opposite ways (or one is zero), within EPS.
    public bool IsBetween(Vec2 p, Vec2 a, Vec2 b)
    {
        var dot = VectorMath.Dot(a - p, b - p);
        if (double.IsFinite(dot))
        {
            return dot <= epsilon;
        }

        var (xx, yy, exponent) = WideProducts.Dot(a, p, b, p);
        return xx + yy <= Math.ScaleB(epsilon, -exponent);
    }

    /// <summary>The intersection of lines ab and cd, or <see langword="null"/> when |(b − a) × (d − c)| ≤ EPS (finite, distinct points).</summary>
    public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        var u = b - a;
        var v = d - c;
        var denominator = VectorMath.Cross(u, v);
        if (double.IsFinite(denominator))
        {
            if (Math.Abs(denominator) <= epsilon)
            {
                return null;
            }

            // a + t·u is on line cd where (a + t·u − c) × v = 0. A subnormal t has lost bits that u,
            // multiplied back, would show (0.1 % of x for a = (0, 0), b = (2¹⁰²³, 0) and a vertical cd at
            // x = 0.1·2⁻⁴⁰): the unbounded exponent below keeps them.
            var t = VectorMath.Cross(c - a, v) / denominator;
            var point = a + (u * t);
            if (double.IsFinite(point.X) && double.IsFinite(point.Y) && !double.IsSubnormal(t))
            {
                return point;
            }
        }

        // Something overflowed: the same arithmetic with an unbounded exponent.
        var (left, right, exponent) = WideProducts.Cross(b, a, d, c);
        var wide = left - right;
        return Math.Abs(wide) <= Math.ScaleB(epsilon, -exponent) ? null : WideProducts.LinePoint(a, b, c, d, wide, exponent);
    }

    // A non-finite cross product: a NaN or infinite coordinate (rejected), or an overflow, after which the
    // products are taken again with an unbounded exponent and compared with EPS at their own scale.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Overflowed(Vec2 a, Vec2 b, Vec2 c)
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);

        var (left, right, exponent) = WideProducts.Cross(b, a, c, a);
        var cross = left - right;
        var threshold = Math.ScaleB(epsilon, -exponent);
        return (cross > threshold ? 1 : 0) - (cross < -threshold ? 1 : 0);
    }
}
