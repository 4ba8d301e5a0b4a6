using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// Hand-checked examples of every operation, run against every implementation. Points are written as
/// flat coordinate lists (<c>[x0, y0, x1, y1, …]</c>) so that each row is a separate, serialisable test case.
/// Every example is well-conditioned: an EPS implementation, a relative one and an exact one all agree.
/// </summary>
public sealed class ExampleTests
{
    private const double Inf = double.PositiveInfinity;

    public static TheoryData<string, double, int> SignExamples { get; } = new()
    {
        { "positive", 2.5, 1 },
        { "negative", -3, -1 },
        { "zero", 0, 0 },
        { "negative zero", -0.0, 0 },
        { "one thousandth below zero", -1e-3, -1 },
        { "large", 1e300, 1 },
        { "+infinity", Inf, 1 },
        { "-infinity", -Inf, -1 },
    };

    public static TheoryData<string, double, double, int> CompareExamples { get; } = new()
    {
        { "less", 1, 2, -1 },
        { "greater", 2, 1, 1 },
        { "equal", 1.5, 1.5, 0 },
        { "negative zero equals zero", -0.0, 0.0, 0 },
        { "negatives", -5, -3, -1 },
        { "difference overflows", 1e308, -1e308, 1 },
        { "+infinity above the largest double", Inf, double.MaxValue, 1 },
        { "infinities equal themselves", -Inf, -Inf, 0 },
        { "-infinity below +infinity", -Inf, Inf, -1 },
    };

    public static TheoryData<string, double[], double[], double> DotExamples { get; } = new()
    {
        { "perpendicular unit axes", [1, 0], [0, 1], 0 },
        { "general", [2, 3], [4, 5], 23 },
        { "parallel", [1, 2], [2, 4], 10 },
        { "anti-parallel", [1, 2], [-2, -4], -10 },
        { "with the zero vector", [0, 0], [7, -3], 0 },
        { "with itself: the squared length", [3, 4], [3, 4], 25 },
        { "obtuse angle: negative", [1, 0], [-1, 1], -1 },
    };

    public static TheoryData<string, double[], double[], double> CrossExamples { get; } = new()
    {
        { "x then y: counter-clockwise", [1, 0], [0, 1], 1 },
        { "y then x: clockwise", [0, 1], [1, 0], -1 },
        { "parallel", [1, 2], [2, 4], 0 },
        { "anti-parallel", [1, 2], [-2, -4], 0 },
        { "general", [2, 3], [4, 5], -2 },
        { "rectangle area", [3, 0], [0, 2], 6 },
        { "with the zero vector", [0, 0], [5, 5], 0 },
    };

    public static TheoryData<string, double[], double> LengthExamples { get; } = new()
    {
        { "3-4-5", [3, 4], 5 },
        { "zero", [0, 0], 0 },
        { "5-12-13, negative", [-5, 12], 13 },
        { "diagonal of the unit square", [1, 1], Math.Sqrt(2) },
        { "axis", [0, -7], 7 },
        { "huge: x² overflows", [3e200, 4e200], 5e200 },
        { "tiny: x² underflows", [3e-200, 4e-200], 5e-200 },
    };

    public static TheoryData<string, double[], double[], double> AngleExamples { get; } = new()
    {
        { "right angle", [1, 0], [0, 1], Math.PI / 2 },
        { "same vector", [1, 0], [1, 0], 0 },
        { "opposite", [1, 0], [-1, 0], Math.PI },
        { "135 degrees", [1, 1], [-1, 0], 3 * Math.PI / 4 },
        { "unsigned: clockwise right angle", [2, 0], [0, -3], Math.PI / 2 },
        { "parallel, different lengths", [1, 2], [2, 4], 0 },
        { "anti-parallel", [1, 2], [-2, -4], Math.PI },
        { "60 degrees", [2, 0], [1, 1.7320508075688772], Math.PI / 3 },
    };

    public static TheoryData<string, double[], double, double[]> RotateExamples { get; } = new()
    {
        { "quarter turn", [1, 0], Math.PI / 2, [0, 1] },
        { "half turn", [1, 0], Math.PI, [-1, 0] },
        { "clockwise quarter turn", [2, 1], -Math.PI / 2, [1, -2] },
        { "no turn", [3, 4], 0, [3, 4] },
        { "full turn", [1, 0], 2 * Math.PI, [1, 0] },
        { "eighth turn", [1, 1], Math.PI / 4, [0, Math.Sqrt(2)] },
    };

    public static TheoryData<string, double[], double[], double[]> ProjectExamples { get; } = new()
    {
        { "onto the x axis", [3, 4], [1, 0], [3, 0] },
        { "onto a long y axis vector", [2, 2], [0, 5], [0, 2] },
        { "perpendicular: zero", [1, 0], [0, 1], [0, 0] },
        { "onto a reversed axis: the same line", [3, 4], [-2, 0], [3, 0] },
        { "onto a diagonal", [1, 3], [1, 1], [2, 2] },
        { "parallel: itself", [2, 4], [1, 2], [2, 4] },
    };

    public static TheoryData<string, double[], int> OrientationExamples { get; } = new()
    {
        { "counter-clockwise", [0, 0, 1, 0, 0, 1], 1 },
        { "clockwise", [0, 0, 0, 1, 1, 0], -1 },
        { "collinear, c beyond b", [0, 0, 1, 1, 2, 2], 0 },
        { "collinear, c between a and b", [0, 0, 2, 2, 1, 1], 0 },
        { "collinear, c behind a", [0, 0, 1, 1, -1, -1], 0 },
        { "a = b", [1, 1, 1, 1, 5, 0], 0 },
        { "a = c", [1, 1, 5, 0, 1, 1], 0 },
        { "all the same point", [2, 3, 2, 3, 2, 3], 0 },
        { "c right of a long edge", [0, 0, 10, 0, 5, -3], -1 },
        { "large triangle", [0, 0, 1e6, 0, 0, 1e6], 1 },
        { "small triangle", [0, 0, 1e-3, 0, 0, 1e-3], 1 },
        { "vertical line, c to the left", [0, 0, 0, 5, -1, 2], 1 },
    };

    public static TheoryData<string, double[], bool> OnSegmentExamples { get; } = new()
    {
        { "midpoint", [1, 1, 0, 0, 2, 2], true },
        { "endpoint a", [0, 0, 0, 0, 2, 2], true },
        { "endpoint b", [2, 2, 0, 0, 2, 2], true },
        { "on the line beyond b", [3, 3, 0, 0, 2, 2], false },
        { "on the line before a", [-1, -1, 0, 0, 2, 2], false },
        { "off the line", [1, 0, 0, 0, 2, 2], false },
        { "zero-length segment, its point", [1, 1, 1, 1, 1, 1], true },
        { "zero-length segment, another point", [1, 1, 0, 0, 0, 0], false },
        { "horizontal segment", [5, 0, 0, 0, 10, 0], true },
        { "vertical segment", [0, 3, 0, 0, 0, 5], true },
        { "near but off a horizontal segment", [5, 0.5, 0, 0, 10, 0], false },
    };

    public static TheoryData<string, double[], bool> SegmentsIntersectExamples { get; } = new()
    {
        { "crossing", [0, 0, 2, 2, 0, 2, 2, 0], true },
        { "touching at endpoints (L)", [0, 0, 2, 0, 2, 0, 2, 2], true },
        { "T-junction", [0, 0, 4, 0, 2, 0, 2, 3], true },
        { "T falling short", [0, 0, 4, 0, 2, 1, 2, 3], false },
        { "parallel, apart", [0, 0, 2, 0, 0, 1, 2, 1], false },
        { "collinear, overlapping", [0, 0, 3, 0, 2, 0, 5, 0], true },
        { "collinear, one inside the other", [0, 0, 5, 0, 1, 0, 2, 0], true },
        { "collinear, touching end to end", [0, 0, 2, 0, 2, 0, 4, 0], true },
        { "collinear, apart", [0, 0, 1, 0, 2, 0, 3, 0], false },
        { "collinear vertical, apart, reversed", [0, 3, 0, 2, 0, 0, 0, 1], false },
        { "lines cross beyond the segments", [0, 0, 1, 0, 2, -1, 2, 1], false },
        { "zero-length segment on the other", [1, 1, 1, 1, 0, 0, 2, 2], true },
        { "zero-length segment off the other", [1, 0, 1, 0, 0, 0, 2, 2], false },
        { "zero-length segment on the line, beyond", [3, 3, 3, 3, 0, 0, 2, 2], false },
        { "two equal zero-length segments", [1, 1, 1, 1, 1, 1, 1, 1], true },
        { "two different zero-length segments", [1, 1, 1, 1, 2, 2, 2, 2], false },
    };

    public static TheoryData<string, double[], double[]?> LineIntersectionExamples { get; } = new()
    {
        { "diagonals of a square", [0, 0, 2, 2, 0, 2, 2, 0], [1, 1] },
        { "the axes", [-1, 0, 1, 0, 0, -1, 0, 1], [0, 0] },
        { "x axis and the line x = 3", [0, 0, 1, 0, 3, 5, 3, 7], [3, 0] },
        { "beyond both segments: lines are infinite", [0, 0, 1, 1, 4, 0, 5, -1], [2, 2] },
        { "a fraction", [0, 0, 3, 1, 0, 2, 3, 0], [2, 2.0 / 3] },
        { "parallel", [0, 0, 1, 1, 0, 1, 1, 2], null },
        { "parallel, opposite directions", [0, 0, 1, 1, 2, 3, 1, 2], null },
        { "coincident", [0, 0, 1, 1, 2, 2, 3, 3], null },
    };

    public static TheoryData<string, double[], double> DistanceToSegmentExamples { get; } = new()
    {
        { "beside the segment", [1, 1, 0, 0, 2, 0], 1 },
        { "beyond b: to b", [5, 4, 0, 0, 2, 0], 5 },
        { "behind a: to a", [-3, -4, 0, 0, 2, 0], 5 },
        { "on the segment", [1, 0, 0, 0, 2, 0], 0 },
        { "at an endpoint", [2, 0, 0, 0, 2, 0], 0 },
        { "on the line beyond b", [4, 0, 0, 0, 2, 0], 2 },
        { "zero-length segment", [3, 4, 0, 0, 0, 0], 5 },
        { "diagonal segment", [0, 2, 0, 0, 2, 2], Math.Sqrt(2) },
    };

    public static TheoryData<string, double[], double> PolygonAreaExamples { get; } = new()
    {
        { "unit square, counter-clockwise", [0, 0, 1, 0, 1, 1, 0, 1], 1 },
        { "unit square, clockwise", [0, 0, 0, 1, 1, 1, 1, 0], -1 },
        { "triangle, counter-clockwise", [0, 0, 4, 0, 0, 3], 6 },
        { "triangle, clockwise", [0, 0, 0, 3, 4, 0], -6 },
        { "no vertices", [], 0 },
        { "one vertex", [1, 2], 0 },
        { "two vertices", [1, 2, 3, 4], 0 },
        { "collinear vertices", [0, 0, 1, 1, 2, 2], 0 },
        { "L-shaped (not convex)", [0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2], 3 },
        { "unit square far from the origin", [1e6, 1e6, 1e6 + 1, 1e6, 1e6 + 1, 1e6 + 1, 1e6, 1e6 + 1], 1 },
    };

    public static TheoryData<string, double[], double[]> ConvexHullExamples { get; } = new()
    {
        { "no points", [], [] },
        { "one point", [1, 2], [1, 2] },
        { "one point, repeated", [1, 2, 1, 2, 1, 2], [1, 2] },
        { "two points: lowest first", [3, 1, 0, 0], [0, 0, 3, 1] },
        { "collinear with repeats: the two ends", [2, 2, 0, 0, 1, 1, 3, 3, 1, 1], [0, 0, 3, 3] },
        { "square with an interior point and points on its edges", [0, 0, 2, 0, 2, 2, 0, 2, 1, 1, 1, 0, 2, 1], [0, 0, 2, 0, 2, 2, 0, 2] },
        { "triangle given clockwise", [0, 0, 0, 3, 4, 0], [0, 0, 4, 0, 0, 3] },
        { "two lowest points: the leftmost starts", [5, 0, 1, 0, 3, 4], [1, 0, 5, 0, 3, 4] },
        { "repeated hull vertices", [0, 0, 0, 0, 4, 0, 4, 0, 0, 4, 2, 1], [0, 0, 4, 0, 0, 4] },
        { "negative coordinates", [-1, -1, 1, -1, 1, 1, -1, 1, 0, 0], [-1, -1, 1, -1, 1, 1, -1, 1] },
        { "collinear points on every edge", [0, 0, 2, 0, 4, 0, 2, 2, 0, 4, 0, 2], [0, 0, 4, 0, 0, 4] },
        { "diamond: the lowest point is in the middle", [0, 1, 1, 0, 2, 1, 1, 2], [1, 0, 2, 1, 1, 2, 0, 1] },
    };

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(SignExamples))]
    public void Sign(string implementation, string example, double value, int expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Sign(value).Should().Be(expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(CompareExamples))]
    public void Compare(string implementation, string example, double a, double b, int expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Compare(a, b).Should().Be(expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(DotExamples))]
    public void Dot(string implementation, string example, double[] a, double[] b, double expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Dot(Point(a), Point(b)).Should().Be(expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(CrossExamples))]
    public void Cross(string implementation, string example, double[] a, double[] b, double expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Cross(Point(a), Point(b)).Should().Be(expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(LengthExamples))]
    public void Length(string implementation, string example, double[] v, double expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Length(Point(v)).Should().BeApproximately(expected, 4e-16 * expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(AngleExamples))]
    public void Angle(string implementation, string example, double[] a, double[] b, double expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Angle(Point(a), Point(b)).Should().BeApproximately(expected, 1e-15, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(RotateExamples))]
    public void Rotate(string implementation, string example, double[] v, double radians, double[] expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        ShouldBeClose(sut.Rotate(Point(v), radians), Point(expected), 1e-15 * Math.Sqrt(v[0] * v[0] + v[1] * v[1]), example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(ProjectExamples))]
    public void Project(string implementation, string example, double[] v, double[] onto, double[] expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        ShouldBeClose(sut.Project(Point(v), Point(onto)), Point(expected), 1e-15, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(OrientationExamples))]
    public void Orientation(string implementation, string example, double[] abc, int expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var (a, b, c) = (Point(abc, 0), Point(abc, 1), Point(abc, 2));

        sut.Orientation(a, b, c).Should().Be(expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(OnSegmentExamples))]
    public void OnSegment(string implementation, string example, double[] pab, bool expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.OnSegment(Point(pab, 0), Point(pab, 1), Point(pab, 2)).Should().Be(expected, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(SegmentsIntersectExamples))]
    public void SegmentsIntersect(string implementation, string example, double[] abcd, bool expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var (a, b, c, d) = (Point(abcd, 0), Point(abcd, 1), Point(abcd, 2), Point(abcd, 3));

        sut.SegmentsIntersect(a, b, c, d).Should().Be(expected, example);
        sut.SegmentsIntersect(c, d, a, b).Should().Be(expected, "{0}, with the segments swapped", example);
        sut.SegmentsIntersect(b, a, d, c).Should().Be(expected, "{0}, with both segments reversed", example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(LineIntersectionExamples))]
    public void LineIntersection(string implementation, string example, double[] abcd, double[]? expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var (a, b, c, d) = (Point(abcd, 0), Point(abcd, 1), Point(abcd, 2), Point(abcd, 3));

        var actual = sut.LineIntersection(a, b, c, d);

        if (expected is null)
        {
            actual.Should().BeNull(example);
        }
        else
        {
            actual.Should().NotBeNull(example);
            ShouldBeClose(actual!.Value, Point(expected), 1e-15, example);
        }
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(DistanceToSegmentExamples))]
    public void DistanceToSegment(string implementation, string example, double[] pab, double expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.DistanceToSegment(Point(pab, 0), Point(pab, 1), Point(pab, 2)).Should().BeApproximately(expected, 1e-15, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(PolygonAreaExamples))]
    public void PolygonArea(string implementation, string example, double[] polygon, double expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.PolygonArea(Points(polygon)).Should().BeApproximately(expected, 1e-15, example);
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(ConvexHullExamples))]
    public void ConvexHull(string implementation, string example, double[] points, double[] expected)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.ConvexHull(Points(points)).Should().Equal(Points(expected), example);
    }

    internal static Vec2 Point(double[] xy, int index = 0) => new(xy[2 * index], xy[2 * index + 1]);

    internal static Vec2[] Points(double[] flat) => Enumerable.Range(0, flat.Length / 2).Select(i => Point(flat, i)).ToArray();

    internal static void ShouldBeClose(Vec2 actual, Vec2 expected, double tolerance, string because)
    {
        actual.X.Should().BeApproximately(expected.X, tolerance, "{0}: x of {1}", because, Show.Point(actual));
        actual.Y.Should().BeApproximately(expected.Y, tolerance, "{0}: y of {1}", because, Show.Point(actual));
    }
}
