using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// Hulls of hundreds of thousands of points, where the hull's discard pass works from a sample. Integer
/// coordinates below 2²⁴ keep every cross product below exact in double arithmetic, so the hull can be
/// checked against its definition without an oracle call per point.
/// </summary>
public sealed class LargeInputTests
{
    private const int Count = 140_000; // above twice the hull's sample size, so the sample skips points

    [Theory, Implementations<IPlanarGeometry>]
    public void HullOfManyPointsInADiskIsTheirHull(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var points = Points(seed: 1, disk: true);

        ShouldBeTheHullOf(sut.ConvexHull(points), points);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void HullOfManyPointsInASquareIsTheirHull(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var points = Points(seed: 2, disk: false);

        ShouldBeTheHullOf(sut.ConvexHull(points), points);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void HullOfManyPointsRejectsANaNAnywhere(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var points = Points(seed: 3, disk: false);
        points[Count - 7] = points[Count - 7] with { X = double.NaN };

        FluentActions.Invoking(() => sut.ConvexHull(points)).Should().Throw<ArgumentException>().WithParameterName("points");
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void HullOfManyPointsNamesABadPointTheSampleSkips(string implementation)
    {
        // The sample takes every second point here; an odd index is met only by the full pass.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var points = Points(seed: 4, disk: false);
        points[Count - 7] = new(double.NegativeInfinity, 5);

        FluentActions.Invoking(() => sut.ConvexHull(points)).Should().Throw<ArgumentException>().WithParameterName("points")
            .WithMessage($"points[{Count - 7}] is (-Infinity, 5): a geometric decision needs finite coordinates*");
    }

    private static Vec2[] Points(int seed, bool disk)
    {
        const int Radius = 1 << 23;
        var random = new Random(seed);
        var points = new Vec2[Count];
        for (var i = 0; i < points.Length; i++)
        {
            do
            {
                points[i] = new(random.Next(-Radius, Radius), random.Next(-Radius, Radius));
            }
            while (disk && points[i].X * points[i].X + points[i].Y * points[i].Y >= (double)Radius * Radius);
        }

        return points;
    }

    // Starts at the lowest-then-leftmost point, turns strictly left at every vertex, uses only input
    // points and has every point inside or on it: then it is exactly the hull.
    private static void ShouldBeTheHullOf(Vec2[] hull, Vec2[] points)
    {
        hull.Should().HaveCountGreaterThanOrEqualTo(3);
        hull[0].Should().Be(points.MinBy(p => (p.Y, p.X)));
        var inputs = points.ToHashSet();
        hull.Should().OnlyContain(v => inputs.Contains(v), "the hull's vertices are input points");
        for (var i = 0; i < hull.Length; i++)
        {
            Cross(hull[i], hull[(i + 1) % hull.Length], hull[(i + 2) % hull.Length]).Should().BePositive("the hull turns strictly left at vertex {0}", (i + 1) % hull.Length);
        }

        // n·h checks (24 million on the disk), in plain doubles: Vec2's properties live in the learner's
        // Debug build, where the JIT calls rather than inlines them, and as calls they took most of a second.
        var edges = hull.Select((from, i) => (X: from.X, Y: from.Y, Dx: hull[(i + 1) % hull.Length].X - from.X, Dy: hull[(i + 1) % hull.Length].Y - from.Y)).ToArray();
        foreach (var p in points)
        {
            var (x, y) = (p.X, p.Y);
            for (var i = 0; i < edges.Length; i++)
            {
                var e = edges[i];
                if ((e.Dx * (y - e.Y)) - (e.Dy * (x - e.X)) < 0)
                {
                    Assert.Fail($"{Show.Point(p)} is outside the hull's edge {Show.Point(hull[i])} → {Show.Point(hull[(i + 1) % hull.Length])}.");
                }
            }
        }
    }

    private static double Cross(Vec2 a, Vec2 b, Vec2 c) => (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);
}
