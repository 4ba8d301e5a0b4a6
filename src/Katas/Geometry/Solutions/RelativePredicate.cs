using System.Runtime.CompilerServices;

namespace Katas.Geometry.Solutions;

/// <summary>
/// <see cref="RelativeEpsilonGeometry"/>'s decisions: a product is called zero when it is within a
/// relative tolerance of the magnitudes of the terms it was computed from.
/// </summary>
internal readonly struct RelativePredicate(double tolerance) : IOrientationPredicate
{
    // The same layout and the same bound as the exact filter (ExactOrientation.Sign): with a tolerance
    // at least Shewchuk's error bound, a nonzero answer is certain, and the only possible error is a
    // false "collinear" for a triple within the tolerance of collinear.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        var acx = a.X - c.X;
        var bcx = b.X - c.X;
        var acy = a.Y - c.Y;
        var bcy = b.Y - c.Y;
        var left = acx * bcy;
        var right = acy * bcx;
        var det = left - right;
        var bound = tolerance * (Math.Abs(left) + Math.Abs(right)) + ExactOrientation.UnderflowGuard;

        // A NaN or infinite coordinate, or an overflow, makes the bound non-finite.
        if (!double.IsFinite(bound))
        {
            return Overflowed(a, b, c);
        }

        return (det > bound ? 1 : 0) - (det < -bound ? 1 : 0);
    }

    // a − p and b − p point opposite ways: their dot product is not positive, up to the tolerance
    // relative to its terms (so the test means the same at every scale).
    public bool IsBetween(Vec2 p, Vec2 a, Vec2 b)
    {
        var xx = (a.X - p.X) * (b.X - p.X);
        var yy = (a.Y - p.Y) * (b.Y - p.Y);
        var magnitude = Math.Abs(xx) + Math.Abs(yy);
        if (double.IsFinite(magnitude))
        {
            return xx + yy <= tolerance * magnitude + ExactOrientation.UnderflowGuard;
        }

        var (wideXX, wideYY, exponent) = WideProducts.Dot(a, p, b, p);
        return wideXX + wideYY <= tolerance * (Math.Abs(wideXX) + Math.Abs(wideYY)) + Math.ScaleB(ExactOrientation.UnderflowGuard, -exponent);
    }

    /// <summary>
    /// The intersection of lines ab and cd, or <see langword="null"/> when |u × v| ≤ tolerance · (|u.X·v.Y| + |u.Y·v.X|)
    /// for the directions u = b − a and v = d − c (finite, distinct points).
    /// </summary>
    public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        var u = b - a;
        var v = d - c;
        var left = u.X * v.Y;
        var right = u.Y * v.X;
        var denominator = left - right;
        var bound = tolerance * (Math.Abs(left) + Math.Abs(right)) + ExactOrientation.UnderflowGuard;
        if (double.IsFinite(bound))
        {
            if (Math.Abs(denominator) <= bound)
            {
                return null;
            }

            // As EpsilonPredicate's: a subnormal t has lost bits, which the unbounded exponent keeps.
            var t = VectorMath.Cross(c - a, v) / denominator;
            var point = a + (u * t);
            if (double.IsFinite(point.X) && double.IsFinite(point.Y) && !double.IsSubnormal(t))
            {
                return point;
            }
        }

        // Something overflowed: the same arithmetic with an unbounded exponent.
        var (wideLeft, wideRight, exponent) = WideProducts.Cross(b, a, d, c);
        var wide = wideLeft - wideRight;
        var wideBound = tolerance * (Math.Abs(wideLeft) + Math.Abs(wideRight)) + Math.ScaleB(ExactOrientation.UnderflowGuard, -exponent);
        return Math.Abs(wide) <= wideBound ? null : WideProducts.LinePoint(a, b, c, d, wide, exponent);
    }

    // A non-finite bound: a NaN or infinite coordinate (rejected), or an overflow, after which the
    // products are taken again with an unbounded exponent and compared at their own scale.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Overflowed(Vec2 a, Vec2 b, Vec2 c)
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);

        var (left, right, exponent) = WideProducts.Cross(a, c, b, c);
        var det = left - right;
        var bound = tolerance * (Math.Abs(left) + Math.Abs(right)) + Math.ScaleB(ExactOrientation.UnderflowGuard, -exponent);
        return (det > bound ? 1 : 0) - (det < -bound ? 1 : 0);
    }
}
