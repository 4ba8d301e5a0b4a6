using Katas.Geometry;

namespace Katas.Tests.Geometry.Straightforward;

/// <summary>
/// What a learner who read only the README writes: the classic EPS toolbox (an absolute tolerance of
/// 1e-9), the formulas the hints recommend, Andrew's monotone chain, and guards that throw
/// <see cref="ArgumentException"/> with a message of its own naming the parameter.
/// </summary>
public sealed class ClassicToolbox : IPlanarGeometry
{
    private const double Eps = 1e-9;

    public int Sign(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("NaN has no sign.", nameof(value));
        }

        return value > Eps ? 1 : value < -Eps ? -1 : 0;
    }

    public int Compare(double a, double b)
    {
        if (double.IsNaN(a))
        {
            throw new ArgumentException("NaN cannot be compared.", nameof(a));
        }

        if (double.IsNaN(b))
        {
            throw new ArgumentException("NaN cannot be compared.", nameof(b));
        }

        return a == b ? 0 : Sign(a - b);
    }

    public double Dot(Vec2 a, Vec2 b) => a.X * b.X + a.Y * b.Y;

    public double Cross(Vec2 a, Vec2 b) => a.X * b.Y - a.Y * b.X;

    public double Length(Vec2 v) => double.Hypot(v.X, v.Y);

    public double Angle(Vec2 a, Vec2 b)
    {
        ThrowIfZero(a, nameof(a));
        ThrowIfZero(b, nameof(b));

        return Math.Atan2(Math.Abs(Cross(a, b)), Dot(a, b));
    }

    public Vec2 Rotate(Vec2 v, double radians)
    {
        var (sin, cos) = (Math.Sin(radians), Math.Cos(radians));
        return new(v.X * cos - v.Y * sin, v.X * sin + v.Y * cos);
    }

    public Vec2 Project(Vec2 v, Vec2 onto)
    {
        ThrowIfZero(onto, nameof(onto));

        return onto * (Dot(v, onto) / Dot(onto, onto));
    }

    public int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        ThrowIfNotFinite(a, nameof(a));
        ThrowIfNotFinite(b, nameof(b));
        ThrowIfNotFinite(c, nameof(c));

        return Sign(Cross(b - a, c - a));
    }

    public bool OnSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        ThrowIfNotFinite(p, nameof(p));
        ThrowIfNotFinite(a, nameof(a));
        ThrowIfNotFinite(b, nameof(b));

        return Orientation(a, b, p) == 0 && InBox(p, a, b);
    }

    public bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        ThrowIfNotFinite(a, nameof(a));
        ThrowIfNotFinite(b, nameof(b));
        ThrowIfNotFinite(c, nameof(c));
        ThrowIfNotFinite(d, nameof(d));

        var (abc, abd, cda, cdb) = (Orientation(a, b, c), Orientation(a, b, d), Orientation(c, d, a), Orientation(c, d, b));
        if (abc * abd < 0 && cda * cdb < 0)
        {
            return true;
        }

        return (abc == 0 && InBox(c, a, b)) || (abd == 0 && InBox(d, a, b)) || (cda == 0 && InBox(a, c, d)) || (cdb == 0 && InBox(b, c, d));
    }

    public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        ThrowIfNotFinite(a, nameof(a));
        ThrowIfNotFinite(b, nameof(b));
        ThrowIfNotFinite(c, nameof(c));
        ThrowIfNotFinite(d, nameof(d));
        if (a == b)
        {
            throw new ArgumentException("a and b are the same point, which does not make a line.", nameof(b));
        }

        if (c == d)
        {
            throw new ArgumentException("c and d are the same point, which does not make a line.", nameof(d));
        }

        var (u, v) = (b - a, d - c);
        var denominator = Cross(u, v);
        return Sign(denominator) == 0 ? null : a + u * (Cross(c - a, v) / denominator);
    }

    public double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        var u = b - a;
        if (Dot(p - a, u) <= 0)
        {
            return Length(p - a);
        }

        if (Dot(p - b, u) >= 0)
        {
            return Length(p - b);
        }

        return Math.Abs(Cross(u, p - a)) / Length(u);
    }

    public double PolygonArea(ReadOnlySpan<Vec2> polygon)
    {
        if (polygon.Length < 3)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = 0; i < polygon.Length; i++)
        {
            sum += Cross(polygon[i], polygon[(i + 1) % polygon.Length]);
        }

        return sum / 2;
    }

    public Vec2[] ConvexHull(ReadOnlySpan<Vec2> points)
    {
        foreach (var point in points)
        {
            if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
            {
                throw new ArgumentException("Every point needs finite coordinates.", nameof(points));
            }
        }

        var sorted = points.ToArray().Distinct().OrderBy(p => p.Y).ThenBy(p => p.X).ToArray();
        if (sorted.Length < 2)
        {
            return sorted;
        }

        var hull = new List<Vec2>();
        foreach (var pass in new[] { sorted, sorted.Reverse().ToArray() })
        {
            var start = hull.Count;
            foreach (var p in pass)
            {
                while (hull.Count >= start + 2 && Orientation(hull[^2], hull[^1], p) <= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }

                hull.Add(p);
            }

            // Each chain ends where the other begins.
            hull.RemoveAt(hull.Count - 1);
        }

        return [.. hull];
    }

    private static bool InBox(Vec2 p, Vec2 a, Vec2 b) =>
        Math.Min(a.X, b.X) <= p.X && p.X <= Math.Max(a.X, b.X) && Math.Min(a.Y, b.Y) <= p.Y && p.Y <= Math.Max(a.Y, b.Y);

    private static void ThrowIfZero(Vec2 v, string name)
    {
        if (v.X == 0 && v.Y == 0)
        {
            throw new ArgumentException($"{name} is the zero vector, which has no direction.", name);
        }
    }

    private static void ThrowIfNotFinite(Vec2 point, string name)
    {
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
        {
            throw new ArgumentException($"{name} needs finite coordinates.", name);
        }
    }
}
