using System.Diagnostics.CodeAnalysis;
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
        if (!double.IsFinite(bound))
        {
            NotFinite(a, b, c);
        }

        return (det > bound ? 1 : 0) - (det < -bound ? 1 : 0);
    }

    // a − p and b − p point opposite ways: their dot product is not positive, up to the tolerance
    // relative to its terms (so the test means the same at every scale).
    public bool IsBetween(Vec2 p, Vec2 a, Vec2 b)
    {
        var xx = (a.X - p.X) * (b.X - p.X);
        var yy = (a.Y - p.Y) * (b.Y - p.Y);
        return xx + yy <= tolerance * (Math.Abs(xx) + Math.Abs(yy)) + ExactOrientation.UnderflowGuard;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NotFinite(Vec2 a, Vec2 b, Vec2 c)
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);
        throw new OverflowException(
            $"The orientation determinant of {CoordinateGuard.Format(a)}, {CoordinateGuard.Format(b)}, {CoordinateGuard.Format(c)} overflows: "
            + "RelativeEpsilonGeometry needs coordinate differences below about 1e154 in magnitude (ExactGeometry has no such limit).");
    }
}
