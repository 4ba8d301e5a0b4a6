using FsCheck.Fluent;
using Katas.Geometry;
using Katas.Geometry.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// Decisions on coordinates whose products (or differences) overflow a double, up to the largest
/// finite doubles: every reference solution gives the right answer, never NaN, a false "parallel" or
/// an exception. The statement tests a learner's solution on coordinates whose products stay finite.
/// </summary>
public sealed class OverflowTests
{
    // The axes at ±1e200: every product of two coordinate differences is about 1e400.
    private static readonly Vec2 West = new(-1e200, 0), East = new(1e200, 0), South = new(0, -1e200), North = new(0, 1e200);

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AxesAtOneE200MeetAtTheOrigin(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.LineIntersection(West, East, South, North).Should().Be(new Vec2(0, 0));
        sut.LineIntersection(South, North, West, East).Should().Be(new Vec2(0, 0));
        sut.LineIntersection(West, North, South, East).Should().BeNull("x − y = ±1e200 are parallel");
        sut.LineIntersection(West, North, new(0, 0), new(1e200, -1e200)).Should().Be(new Vec2(-5e199, 5e199), "y = x + 1e200 meets y = −x there");
        sut.Orientation(West, East, South).Should().Be(-1);
        sut.Orientation(West, East, North).Should().Be(1);
        sut.Orientation(West, East, new(3e199, 0)).Should().Be(0);
        sut.SegmentsIntersect(West, East, South, North).Should().BeTrue();
        sut.SegmentsIntersect(West, North, South, East).Should().BeFalse();
        sut.OnSegment(new(0, 0), West, East).Should().BeTrue();
        sut.OnSegment(East, West, East).Should().BeTrue("an endpoint is on its segment");
        sut.OnSegment(new(1e200, 1), West, East).Should().BeFalse();
        sut.ConvexHull([West, East, South, North, new(0, 0)]).Should().Equal(South, East, North, West);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void DifferencesThatOverflow(string implementation)
    {
        // Coordinates of ±1.5e308: their differences overflow before any product does.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 west = new(-1.5e308, 0), east = new(1.5e308, 0), south = new(0, -1.5e308), north = new(0, 1.5e308);

        sut.Orientation(west, east, north).Should().Be(1);
        sut.Orientation(west, east, new(0, 1e-300)).Should().Be(1, "3e308 · 1e-300 = 3e8 is far beyond any tolerance");
        sut.LineIntersection(west, east, south, north).Should().Be(new Vec2(0, 0));
        ShouldBeClose(sut.LineIntersection(west, east, new(1e308, -1), new(1e308, 1)), new(1e308, 0), 1e-14 * 1.5e308);
        sut.OnSegment(east, west, east).Should().BeTrue();
        sut.OnSegment(new(0, 0), west, east).Should().BeTrue();
        sut.SegmentsIntersect(west, east, south, north).Should().BeTrue();
        Vec2[] points = [west, east, north, south, new(double.MaxValue, double.MaxValue), new(1e308, 1e308)];
        sut.ConvexHull(points).Should().Equal(Oracle.ConvexHull(points)).And.Equal(south, east, new(double.MaxValue, double.MaxValue), north, west);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AnOverflowingDenominatorWithAFiniteNumeratorStillGivesThePoint(string implementation)
    {
        // The x axis through a = (0, 0), b = (2¹⁰⁰⁰, 0) meets the vertical line x = 5 at (5, 0). In doubles
        // the denominator u × v = 2¹⁰⁰⁰ · 2¹⁰⁰⁰ overflows while the numerator (c − a) × v = 5 · 2¹⁰⁰⁰ does not:
        // their plain quotient would be 0 and the point a. With unbounded exponents t = 5 · 2⁻¹⁰⁰⁰, exactly.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var big = Math.ScaleB(1, 1000);

        sut.LineIntersection(new(0, 0), new(big, 0), new(5, -big / 2), new(5, big / 2)).Should().Be(new Vec2(5, 0));
    }

    [Fact]
    public void AnEndpointIsOnItsSegmentWhenTheDifferencesOverflowEvenWithoutATolerance()
    {
        // The segment from (0, −1.5e308) to (0, 1.5e308), and its end b itself: a − b = (0, −3e308) overflows
        // and b − b = (0, 0), so the plain dot product is 0·0 + ∞·0 = NaN and the products are taken with
        // unbounded exponents. Both are zero (a zero difference in each), so the dot product is exactly 0,
        // which is "not positive": b is between a and b. With EPS = 0, and with the relative tolerance
        // whose underflow guard vanishes at the scale of 3e308, nothing but 0 ≤ 0 decides it.
        Vec2 a = new(0, -1.5e308), b = new(0, 1.5e308);
        Oracle.OnSegment(b, a, b).Should().BeTrue();

        foreach (var sut in new IPlanarGeometry[] { new EpsilonGeometry(0), new RelativeEpsilonGeometry(), new ExactGeometry() })
        {
            sut.OnSegment(b, a, b).Should().BeTrue(sut.GetType().Name);
            sut.OnSegment(new(b.Y, b.X), new(a.Y, a.X), new(b.Y, b.X)).Should().BeTrue("{0}, the same along the x axis", sut.GetType().Name);
        }
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void ASubnormalParameterLosesNoBitsOfThePoint(string implementation)
    {
        // The x axis through a = (0, 0), b = (2¹⁰²³, 0) meets the vertical line x = x₀ = 0.1·2⁻⁴⁰ at (x₀, 0),
        // exactly (x₀ is a double). Along ab that is t = x₀ / 2¹⁰²³, about 2⁻¹⁰⁶⁷: subnormal, so the
        // quotient keeps only 7 bits, and a + u·t came out 0.1 % off (9.1038e-14) before the tolerance
        // geometries took such a t with an unbounded exponent.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var x = 0.1 * Math.ScaleB(1, -40);
        Vec2 a = new(0, 0), b = new(Math.ScaleB(1, 1023), 0), c = new(x, -Math.ScaleB(1, -11)), d = new(x, Math.ScaleB(1, -11));

        sut.LineIntersection(a, b, c, d).Should().Be(new Vec2(x, 0));
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AnIntersectionBeyondTheDoubleRangeIsInfinite(string implementation)
    {
        // y = 10⁻¹⁶·x meets y = 1e300 at x = 1e316, beyond the largest double.
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        var actual = sut.LineIntersection(new(0, 0), new(1e300, 1e284), new(0, 1e300), new(1e300, 1e300));

        actual.Should().NotBeNull("the lines are not parallel");
        actual!.Value.X.Should().Be(double.PositiveInfinity);
        actual.Value.Y.Should().BeApproximately(1e300, 1e286);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void OrientationOfScaledGridPointsAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(Scaled(GeometryGen.GridTriples), s =>
        {
            var (a, b, c) = (Scale(s.Case.A, s.Exponent), Scale(s.Case.B, s.Exponent), Scale(s.Case.C, s.Exponent));

            sut.Orientation(a, b, c).Should().Be(Oracle.Orientation(a, b, c));
        }, maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void SegmentsOfScaledGridPointsAgreeWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(Scaled(GeometryGen.GridSegments), s =>
        {
            var (a, b, c, d) = (Scale(s.Case.A, s.Exponent), Scale(s.Case.B, s.Exponent), Scale(s.Case.C, s.Exponent), Scale(s.Case.D, s.Exponent));

            sut.SegmentsIntersect(a, b, c, d).Should().Be(Oracle.SegmentsIntersect(a, b, c, d));
            sut.OnSegment(a, c, d).Should().Be(Oracle.OnSegment(a, c, d));
        }, maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void LinesOfScaledGridPointsMeetWhereExactArithmeticSays(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(Scaled(GeometryGen.GridLines), s =>
        {
            var (a, b, c, d) = (Scale(s.Case.A, s.Exponent), Scale(s.Case.B, s.Exponent), Scale(s.Case.C, s.Exponent), Scale(s.Case.D, s.Exponent));
            var expected = Oracle.LineIntersection(a, b, c, d);
            var actual = sut.LineIntersection(a, b, c, d);
            if (expected is null)
            {
                actual.Should().BeNull("the lines are parallel");
                return;
            }

            // The tolerance of the unscaled property (LineIntersectionAgreesWithExactArithmetic), scaled.
            var scale = Math.ScaleB(1, s.Exponent) + Math.Max(Math.Abs(expected.Value.X), Math.Abs(expected.Value.Y));
            ShouldBeClose(actual, expected.Value, 1e-14 * scale);
        }, maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void HullOfScaledGridPointsAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(Scaled(GeometryGen.LargeGridSets), s =>
        {
            var points = s.Case.Points.Select(p => Scale(p, s.Exponent)).ToArray();

            sut.ConvexHull(points).Should().Equal(Oracle.ConvexHull(points));
        }, maxTest: 30);
    }

    // Grid cases scaled by 2^e, e in [500, 1017]: products overflow from about 2^500 on, and at 2^1017
    // the grid's ±64 become ±2^1023, whose differences overflow too.
    private static FsCheck.Arbitrary<ScaledCase<T>> Scaled<T>(FsCheck.Arbitrary<T> cases) =>
        cases.Generator.Zip(
                FsCheck.Fluent.Gen.Frequency((3, FsCheck.Fluent.Gen.Choose(500, 1017)), (1, FsCheck.Fluent.Gen.Constant(1017))),
                (c, e) => new ScaledCase<T>(c, e))
            .ToArbitrary();

    // Close to the expected point; a coordinate beyond the double range must be the same infinity.
    private static void ShouldBeClose(Vec2? actual, Vec2 expected, double tolerance)
    {
        actual.Should().NotBeNull("the lines meet at {0}", Show.Point(expected));
        foreach (var (got, want) in new[] { (actual!.Value.X, expected.X), (actual.Value.Y, expected.Y) })
        {
            if (double.IsFinite(want))
            {
                got.Should().BeApproximately(want, tolerance, "the lines meet at {0}, not {1}", Show.Point(expected), Show.Point(actual.Value));
            }
            else
            {
                got.Should().Be(want, "the lines meet beyond the double range");
            }
        }
    }

    private static Vec2 Scale(Vec2 p, int exponent) => new(Math.ScaleB(p.X, exponent), Math.ScaleB(p.Y, exponent));

    /// <summary>A case and the power of two its points are scaled by.</summary>
    public sealed record ScaledCase<T>(T Case, int Exponent)
    {
        public override string ToString() => $"{Case}, scaled by 2^{Exponent}";
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AnIntersectionWhoseStepOverflowsIsStillFound(string implementation)
    {
        // Line ab is y = 0 from x = −1e308, u = b − a = (1e308, 0); line cd runs from (−1e308, 1) down
        // to y = 0 at x = 1e308. They meet at a + 2u = (1e308, 0): 2u overflows in x though the point is
        // finite, while its y, 0 + 0 · 2, does not.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 a = new(-1e308, 0), b = new(0, 0), c = new(-1e308, 1), d = new(0, 0.5);

        ShouldBeClose(sut.LineIntersection(a, b, c, d), new(1e308, 0), 1e-14 * 1e308);
        Oracle.LineIntersection(a, b, c, d).Should().Be(new Vec2(1e308, 0));
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AnOverflowingProductBesideAnOrdinaryOneKeepsItsSign(string implementation)
    {
        // With c at the origin, det = ax·by − ay·bx = 2¹²⁰⁰ − 1: the first product overflows, the second is 1,
        // 1200 binary orders of magnitude apart.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 a = new(Math.ScaleB(1, 600), 1), b = new(1, Math.ScaleB(1, 600)), origin = new(0, 0);

        sut.Orientation(a, b, origin).Should().Be(1).And.Be(Oracle.Orientation(a, b, origin));
        sut.Orientation(b, a, origin).Should().Be(-1);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AVerticalLineAtTheSmallestSubnormalKeepsItsX(string implementation)
    {
        // The line x = 2⁻¹⁰⁷⁴ from y = −1e300 to 1e300 meets the x axis from −1e300 to 1e300; u × v = −4e600
        // overflows. The point's x is a.X + 0 · t: exactly 2⁻¹⁰⁷⁴, which halving would round to 0.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 a = new(double.Epsilon, -1e300), b = new(double.Epsilon, 1e300), c = new(-1e300, 0), d = new(1e300, 0);

        sut.LineIntersection(a, b, c, d).Should().Be(new Vec2(double.Epsilon, 0));
    }
}
