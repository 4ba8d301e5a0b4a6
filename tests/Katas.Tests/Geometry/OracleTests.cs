using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>The oracle judges the library, so it is checked first: against the hand-checked examples and known values.</summary>
public sealed class OracleTests
{
    [Theory, MemberData(nameof(ExampleTests.OrientationExamples), MemberType = typeof(ExampleTests))]
    public void OrientationMatchesTheExamples(string example, double[] abc, int expected) =>
        Oracle.Orientation(ExampleTests.Point(abc, 0), ExampleTests.Point(abc, 1), ExampleTests.Point(abc, 2)).Should().Be(expected, example);

    [Theory, MemberData(nameof(ExampleTests.OnSegmentExamples), MemberType = typeof(ExampleTests))]
    public void OnSegmentMatchesTheExamples(string example, double[] pab, bool expected) =>
        Oracle.OnSegment(ExampleTests.Point(pab, 0), ExampleTests.Point(pab, 1), ExampleTests.Point(pab, 2)).Should().Be(expected, example);

    [Theory, MemberData(nameof(ExampleTests.SegmentsIntersectExamples), MemberType = typeof(ExampleTests))]
    public void SegmentsIntersectMatchesTheExamples(string example, double[] abcd, bool expected) =>
        Oracle.SegmentsIntersect(ExampleTests.Point(abcd, 0), ExampleTests.Point(abcd, 1), ExampleTests.Point(abcd, 2), ExampleTests.Point(abcd, 3)).Should().Be(expected, example);

    [Theory, MemberData(nameof(ExampleTests.LineIntersectionExamples), MemberType = typeof(ExampleTests))]
    public void LineIntersectionMatchesTheExamples(string example, double[] abcd, double[]? expected)
    {
        var actual = Oracle.LineIntersection(ExampleTests.Point(abcd, 0), ExampleTests.Point(abcd, 1), ExampleTests.Point(abcd, 2), ExampleTests.Point(abcd, 3));

        if (expected is null)
        {
            actual.Should().BeNull(example);
        }
        else
        {
            actual.Should().Be(ExampleTests.Point(expected), example);
        }
    }

    [Theory, MemberData(nameof(ExampleTests.DistanceToSegmentExamples), MemberType = typeof(ExampleTests))]
    public void DistanceToSegmentMatchesTheExamples(string example, double[] pab, double expected) =>
        Oracle.DistanceToSegment(ExampleTests.Point(pab, 0), ExampleTests.Point(pab, 1), ExampleTests.Point(pab, 2)).Should().Be(expected, example);

    [Theory, MemberData(nameof(ExampleTests.PolygonAreaExamples), MemberType = typeof(ExampleTests))]
    public void PolygonAreaMatchesTheExamples(string example, double[] polygon, double expected) =>
        Oracle.PolygonArea(ExampleTests.Points(polygon)).Should().Be(expected, example);

    [Theory, MemberData(nameof(ExampleTests.ConvexHullExamples), MemberType = typeof(ExampleTests))]
    public void ConvexHullMatchesTheExamples(string example, double[] points, double[] expected) =>
        Oracle.ConvexHull(ExampleTests.Points(points)).Should().Equal(ExampleTests.Points(expected), example);

    [Fact]
    public void KettnerGridOrientationIsTheSignOfYMinusX()
    {
        var (q, r) = (KettnerGrid.Q(), KettnerGrid.R());

        foreach (var (x, y, p) in KettnerGrid.Points(step: 3))
        {
            Oracle.Orientation(p, q, r).Should().Be(Math.Sign(y - x), "p = {0}", Show.Point(p));
        }
    }

    [Fact]
    public void RationalsAreTheDoublesExactValues()
    {
        var tenth = Rational.From(0.1);

        tenth.Numerator.Should().Be(3602879701896397);
        tenth.Denominator.Should().Be(System.Numerics.BigInteger.Pow(2, 55));
        Rational.From(double.Epsilon).Denominator.Should().Be(System.Numerics.BigInteger.Pow(2, 1074));
        (Rational.From(0.1) + Rational.From(0.2)).Should().NotBe(Rational.From(0.3), "the doubles nearest 0.1, 0.2 and 0.3 do not add up");
        (Rational.From(1) / Rational.From(3)).ToDouble().Should().Be(1.0 / 3);
        Rational.From(-2.5).ToDouble().Should().Be(-2.5);
        Rational.From(double.MaxValue).ToDouble().Should().Be(double.MaxValue);
    }
}
