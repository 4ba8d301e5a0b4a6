using System.Numerics;
using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// The definitions, in exact rational arithmetic and written independently of the library: where the
/// library decides with orientation signs and bounding boxes, the oracle solves for the parameters of
/// points along segments, and it finds hulls by gift wrapping rather than a monotone chain.
/// </summary>
internal static class Oracle
{
    /// <summary>The sign of (b − a) × (c − a), exactly: on integers, after scaling all six coordinates by one power of two.</summary>
    public static int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        var n = ScaledIntegers(a.X, a.Y, b.X, b.Y, c.X, c.Y);
        var det = (n[2] - n[0]) * (n[5] - n[1]) - (n[3] - n[1]) * (n[4] - n[0]);
        return det.Sign;
    }

    /// <summary>p = a + t(b − a) for some t in [0, 1] (p = a when a = b).</summary>
    public static bool OnSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        if (a == b)
        {
            return p == a;
        }

        var u = Sub(b, a);
        var w = Sub(p, a);
        var t = Dot(w, u) / Dot(u, u);
        return t.Sign >= 0 && t <= Rational.One && w.X == t * u.X && w.Y == t * u.Y;
    }

    /// <summary>a + s(b − a) = c + t(d − c) for some s, t in [0, 1]; for parallel segments, an endpoint of one lies on the other.</summary>
    public static bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        var u = Sub(b, a);
        var v = Sub(d, c);
        var denominator = Cross(u, v);
        if (denominator.Sign == 0)
        {
            // Parallel, collinear or degenerate: collinear segments overlap exactly when one holds an
            // endpoint of the other, and parallel distinct lines hold none.
            return OnSegment(a, c, d) || OnSegment(b, c, d) || OnSegment(c, a, b) || OnSegment(d, a, b);
        }

        var w = Sub(c, a);
        var s = Cross(w, v) / denominator;
        var t = Cross(w, u) / denominator;
        return s.Sign >= 0 && s <= Rational.One && t.Sign >= 0 && t <= Rational.One;
    }

    /// <summary>Whether lines ab and cd are parallel (or coincident): (b − a) × (d − c) = 0 exactly.</summary>
    public static bool Parallel(Vec2 a, Vec2 b, Vec2 c, Vec2 d) => Cross(Sub(b, a), Sub(d, c)).Sign == 0;

    /// <summary>The intersection of lines ab and cd rounded to doubles, or null when they are parallel.</summary>
    public static Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d) =>
        ExactLineIntersection(a, b, c, d) is var (x, y) ? new Vec2(x.ToDouble(), y.ToDouble()) : null;

    /// <summary>The intersection of lines ab and cd exactly, or null when they are parallel.</summary>
    public static (Rational X, Rational Y)? ExactLineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        var u = Sub(b, a);
        var v = Sub(d, c);
        var denominator = Cross(u, v);
        if (denominator.Sign == 0)
        {
            return null;
        }

        var s = Cross(Sub(c, a), v) / denominator;
        return (R(a.X) + s * u.X, R(a.Y) + s * u.Y);
    }

    /// <summary>The distance from p to the closest point of segment ab: exact squared, then one square root.</summary>
    public static double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        var u = Sub(b, a);
        var w = Sub(p, a);
        var uu = Dot(u, u);
        var t = uu.Sign == 0 ? Rational.Zero : Rational.Max(Rational.Zero, Rational.Min(Rational.One, Dot(w, u) / uu));
        var dx = w.X - t * u.X;
        var dy = w.Y - t * u.Y;
        return Math.Sqrt((dx * dx + dy * dy).ToDouble());
    }

    /// <summary>The signed area by the shoelace formula, exactly, then rounded.</summary>
    public static double PolygonArea(IReadOnlyList<Vec2> polygon)
    {
        var twice = Rational.Zero;
        for (var i = 0; i < polygon.Count; i++)
        {
            var (p, q) = (polygon[i], polygon[(i + 1) % polygon.Count]);
            twice += R(p.X) * R(q.Y) - R(p.Y) * R(q.X);
        }

        return twice.ToDouble() / 2;
    }

    /// <summary>
    /// Gift wrapping (Jarvis march) with exact orientations: from the lowest-then-leftmost point, the next
    /// vertex is the point with no other point to its right, the farthest one among collinear candidates.
    /// O(n·h) exact orientations.
    /// </summary>
    public static Vec2[] ConvexHull(IReadOnlyList<Vec2> points)
    {
        var distinct = points.Distinct().ToArray();
        if (distinct.Length <= 1)
        {
            return distinct;
        }

        var start = distinct.OrderBy(p => p.Y).ThenBy(p => p.X).First();
        var hull = new List<Vec2> { start };
        var current = start;
        while (true)
        {
            var next = distinct.First(p => p != current);
            foreach (var candidate in distinct)
            {
                if (candidate == current)
                {
                    continue;
                }

                var turn = Orientation(current, next, candidate);
                if (turn < 0 || (turn == 0 && Farther(current, candidate, next)))
                {
                    next = candidate;
                }
            }

            if (next == start)
            {
                return [.. hull];
            }

            hull.Add(next);
            current = next;
            if (hull.Count > distinct.Length)
            {
                throw new InvalidOperationException("Gift wrapping did not close: the oracle is broken.");
            }
        }
    }

    /// <summary>|q − p| &gt; |r − p|, exactly (all six coordinates scaled together).</summary>
    private static bool Farther(Vec2 p, Vec2 q, Vec2 r)
    {
        var n = ScaledIntegers(p.X, p.Y, q.X, q.Y, r.X, r.Y);
        var (qx, qy, rx, ry) = (n[2] - n[0], n[3] - n[1], n[4] - n[0], n[5] - n[1]);
        return qx * qx + qy * qy > rx * rx + ry * ry;
    }

    /// <summary>
    /// Integers N with values[i] = N[i] · 2^e for one common e: every finite double is an integer
    /// multiple of 2^-1074, so e is the smallest exponent among the nonzero values.
    /// </summary>
    private static BigInteger[] ScaledIntegers(params ReadOnlySpan<double> values)
    {
        var parts = new (BigInteger Mantissa, int Exponent)[values.Length];
        var lowest = int.MaxValue;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[i], "The oracle needs finite coordinates.");
            }

            var bits = BitConverter.DoubleToInt64Bits(values[i]);
            var biased = (int)((bits >> 52) & 0x7FF);
            var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
            var (mantissa, exponent) = biased == 0 ? (fraction, -1074) : (fraction | (1L << 52), biased - 1075);
            parts[i] = (bits < 0 ? -mantissa : mantissa, exponent);
            if (mantissa != 0)
            {
                lowest = Math.Min(lowest, exponent);
            }
        }

        return parts.Select(p => p.Mantissa.IsZero ? p.Mantissa : p.Mantissa << (p.Exponent - lowest)).ToArray();
    }

    private static Rational R(double value) => Rational.From(value);

    private static (Rational X, Rational Y) Sub(Vec2 p, Vec2 q) => (R(p.X) - R(q.X), R(p.Y) - R(q.Y));

    private static Rational Cross((Rational X, Rational Y) u, (Rational X, Rational Y) v) => u.X * v.Y - u.Y * v.X;

    private static Rational Dot((Rational X, Rational Y) u, (Rational X, Rational Y) v) => u.X * v.X + u.Y * v.Y;
}
