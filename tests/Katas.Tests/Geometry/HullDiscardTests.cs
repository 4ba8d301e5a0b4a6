using Katas.Geometry;
using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// The Akl–Toussaint discard in front of the hull's monotone chain (from 64 points on): the points
/// strictly inside the box of the four diagonal extremes or strictly inside the polygon of the eight
/// compass extremes never reach the chain, and the points on that polygon's boundary do. The hull is the
/// same either way; what these tests pin is that the discard does the work it is there for, and no more.
/// </summary>
public sealed class HullDiscardTests
{
    private const int DiscardThreshold = 64; // the smallest input the discard pass runs on

    // An octagon with one extreme in each of the eight compass directions, no ties.
    private static readonly Vec2 Bottom = new(0, -10), BottomRight = new(7, -7), Right = new(10, 0), TopRight = new(7, 7);
    private static readonly Vec2 Top = new(0, 10), TopLeft = new(-7, 7), Left = new(-10, 0), BottomLeft = new(-7, -7);

    [Fact]
    public void OnlyTheEightExtremesOfAnOctagonReachTheChain()
    {
        // The box of the diagonal extremes is (-7, 7)²; the probes lie outside it but strictly inside the
        // octagon, one beside each edge, so only the polygon test can discard them. Index 0 is the
        // bottom-left extreme (x + y ≠ x − y there), the point every extreme starts from.
        Vec2[] extremes = [BottomLeft, Bottom, BottomRight, Right, TopRight, Top, TopLeft, Left];
        Vec2[] probes =
        [
            new(-3, -8), new(3, -8), new(8, -3), new(8, 3), new(3, 8), new(-3, 8), new(-8, 3), new(-8, -3),
            new(0, -9), new(9, 0), new(0, 9), new(-9, 0),
        ];
        var points = WithInteriorFill(extremes, probes, DiscardThreshold, halfWidth: 6);

        var (hull, chain) = Run(points);

        hull.Should().Equal(Bottom, BottomRight, Right, TopRight, Top, TopLeft, Left, BottomLeft);
        chain.Should().BeEquivalentTo(extremes, "every other point is strictly inside the octagon");
    }

    [Fact]
    public void OnlyTheCornersOfATriangleReachTheChain()
    {
        // Three corners supply all eight extremes, so the polygon is a triangle and the box is empty
        // (its left side is the bottom corner's x, its right side too): the triangle does all the work.
        Vec2 a = new(0, -10), b = new(10, 5), c = new(-10, 6);
        Vec2[] interior = [.. Enumerable.Range(0, DiscardThreshold - 3).Select(i => new Vec2((i % 9) - 4, (i / 9) - 3))];
        Vec2[] points = [a, b, c, .. interior];

        var (hull, chain) = Run(points);

        hull.Should().Equal(a, b, c);
        chain.Should().BeEquivalentTo(new[] { a, b, c }, "every other point is strictly inside the triangle");
    }

    [Fact]
    public void PointsOnTheSidesOfASquareReachTheChain()
    {
        // The square's corners are the diagonal extremes, so the box is the open square: a point on a side
        // is on the box's boundary and on the polygon's, strictly inside neither, and is kept (the chain
        // then drops it as collinear). Points strictly inside are discarded.
        Vec2[] corners = [new(-7, -7), new(7, -7), new(7, 7), new(-7, 7)];
        Vec2[] sides = [new(0, -7), new(7, 1), new(-2, 7), new(-7, 3)];
        var points = WithInteriorFill(corners, sides, DiscardThreshold, halfWidth: 6);

        var (hull, chain) = Run(points);

        hull.Should().Equal(corners);
        chain.Should().BeEquivalentTo(corners.Concat(sides), "the points strictly inside the square are discarded, those on its sides are not");
    }

    [Fact]
    public void ManyPointsOnAHorizontalLineHaveTheirEndsAsHull()
    {
        // Every point ties for least and greatest y, so the first point (0, 3), in the middle, stands for
        // both and the polygon of extremes is (p₀, right end, p₀, left end): four corners, all collinear,
        // no point strictly inside it. Nothing may be discarded, or the hull would lose its ends.
        var points = Enumerable.Range(0, DiscardThreshold + 36).Select(i => new Vec2((((i * 37) + 50) % 100) - 50, 3)).ToArray();

        var (hull, _) = Run(points);

        hull.Should().Equal(new Vec2(-50, 3), new Vec2(49, 3));
    }

    private static (Vec2[] Hull, HashSet<Vec2> Chain) Run(Vec2[] points)
    {
        var calls = new List<(Vec2 A, Vec2 B, Vec2 C)>();
        var hull = PlanarAlgorithms.ConvexHull(new RecordingPredicate(calls), points);
        return (hull, RecordingPredicate.Turned(calls));
    }

    // The given points first, then distinct integer points of the open square (-halfWidth - 1, halfWidth + 1)²
    // not among them, up to count points.
    private static Vec2[] WithInteriorFill(Vec2[] first, Vec2[] second, int count, int halfWidth)
    {
        var fill = Enumerable.Range(-halfWidth, (2 * halfWidth) + 1)
            .SelectMany(y => Enumerable.Range(-halfWidth, (2 * halfWidth) + 1).Select(x => new Vec2(x, y)))
            .Except(first).Except(second);
        return [.. first, .. second, .. fill.Take(count - first.Length - second.Length)];
    }
}
