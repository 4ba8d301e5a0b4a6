using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Katas.Geometry.Solutions;

/// <summary><see cref="EpsilonGeometry"/>'s decisions: signs of double-precision products against an absolute tolerance.</summary>
internal readonly struct EpsilonPredicate(double epsilon) : IOrientationPredicate
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        var cross = (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);

        // Any NaN or infinite coordinate reaches a product and makes the cross product non-finite, so one
        // check here stands for six; the slow path finds out which argument it was.
        if (!double.IsFinite(cross))
        {
            NotFinite(a, b, c);
        }

        // Branch-free: on random input the sign is a coin toss, which a branch would mispredict half the time.
        return (cross > epsilon ? 1 : 0) - (cross < -epsilon ? 1 : 0);
    }

    // The classic test: a − p and b − p point opposite ways (or one is zero), within EPS.
    public bool IsBetween(Vec2 p, Vec2 a, Vec2 b) => VectorMath.Dot(a - p, b - p) <= epsilon;

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NotFinite(Vec2 a, Vec2 b, Vec2 c)
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);
        throw new OverflowException(
            $"The cross product of {CoordinateGuard.Format(a)}, {CoordinateGuard.Format(b)}, {CoordinateGuard.Format(c)} overflows: "
            + "EpsilonGeometry needs coordinate differences below about 1e154 in magnitude (ExactGeometry has no such limit).");
    }
}
