using Katas.Geometry;
using Katas.Geometry.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// <see cref="RelativeEpsilonGeometry"/>: scale-invariant, and never on the wrong side (its only mistake
/// is a false "collinear"), but still not transitive.
/// </summary>
public sealed class RelativeEpsilonGeometryTests
{
    private readonly RelativeEpsilonGeometry _sut = new();

    [Fact]
    public void DefaultToleranceIsOneBillionth()
    {
        RelativeEpsilonGeometry.DefaultTolerance.Should().Be(1e-9);
        _sut.Tolerance.Should().Be(1e-9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1e-16)] // below the determinant's rounding error bound: nonzero signs would no longer be certain
    [InlineData(-1e-9)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ToleranceMustBeBetweenTheRoundingBoundAndOne(double tolerance)
    {
        var act = () => new RelativeEpsilonGeometry(tolerance);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance");
    }

    [Fact]
    public void ComparisonsAreRelative()
    {
        _sut.Compare(1e20, 1e20 + 1e10).Should().Be(0, "they differ by 1e-10 of their size");
        _sut.Compare(1e-20, 1.1e-20).Should().Be(-1, "they differ by a tenth of their size, however small");
        _sut.Compare(1, 1 + 1e-10).Should().Be(0);
        _sut.Compare(0, 1e-300).Should().Be(-1, "nothing is within a relative tolerance of zero but zero");
        _sut.Compare(double.MaxValue, double.PositiveInfinity).Should().Be(-1);
        _sut.Sign(1e-300).Should().Be(1, "a single number has no scale to be relative to");
    }

    [Fact]
    public void EqualityWithinTheToleranceIsNotTransitive()
    {
        double a = 1, b = 1 + 0.6e-9, c = 1 + 1.2e-9;

        _sut.Compare(a, b).Should().Be(0);
        _sut.Compare(b, c).Should().Be(0);
        _sut.Compare(a, c).Should().Be(-1, "a = b and b = c, yet a < c");
    }

    [Fact]
    public void OrientationIsInvariantUnderScaling() =>
        PropertyCheck.ForAll(GeometryGen.ScaledNearlyCollinearTriples, c =>
        {
            var (t, s) = (c.Triple, Math.ScaleB(1.0, c.Exponent));

            _sut.Orientation(t.A * s, t.B * s, t.C * s).Should().Be(_sut.Orientation(t.A, t.B, t.C));
        }, maxTest: 1000);

    [Fact]
    public void NonzeroOrientationIsAlwaysRight() =>
        PropertyCheck.ForAll(GeometryGen.NearlyCollinearTriplesBelowOverflow, t =>
        {
            var actual = _sut.Orientation(t.A, t.B, t.C);
            if (actual != 0)
            {
                actual.Should().Be(Oracle.Orientation(t.A, t.B, t.C));
            }
        }, maxTest: 3000);

    [Theory]
    [InlineData(-20)]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(40)]
    [InlineData(600)] // products overflow: the same arithmetic with an unbounded exponent
    [InlineData(990)]
    public void KettnerGridIsCollinearAtEveryScale(int scale)
    {
        // Every grid point is within about 1e-15 (relative) of the line: all are called collinear, the
        // same 65 280 false zeros at every scale, and never the wrong side.
        var tally = KettnerGrid.Count(_sut, scale);

        tally.Should().Be(new KettnerGrid.Tally(65_536, 65_280, 65_280, 0));
    }

    [Fact]
    public void TightestToleranceIsTheExactFilter()
    {
        // Near the rounding bound (3.3e-16), the tolerance is Shewchuk's filter: it answers exactly
        // wherever it can vouch for the sign, and says 0 only where exact arithmetic would be needed.
        var tightest = new RelativeEpsilonGeometry(4e-16);

        var tally = KettnerGrid.Count(tightest);

        tally.Opposite.Should().Be(0);
        tally.Wrong.Should().Be(tally.FalseZero).And.BeLessThan(65_280);
    }

    [Fact]
    public void TheRoundingBoundItselfIsAValidTolerance()
    {
        new RelativeEpsilonGeometry(ExactOrientation.ErrorBound).Tolerance.Should().Be(ExactOrientation.ErrorBound);
        FluentActions.Invoking(() => new RelativeEpsilonGeometry(Math.BitDecrement(ExactOrientation.ErrorBound))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The relative tolerance must be at least 3.3306690738754716E-16 (the bound on the rounding error of an orientation determinant) and below 1.*");
    }

    [Fact]
    public void ValuesExactlyAtTheToleranceCompareEqual()
    {
        // Tolerance ½: |2 − 1| = 1 = ½ · max(2, 1), on the bound (½ · min would be ½, below it).
        var half = new RelativeEpsilonGeometry(0.5);

        half.Compare(2, 1).Should().Be(0);
        half.Compare(1, 2).Should().Be(0);
        half.Compare(3, 1).Should().Be(1, "|3 − 1| = 2 > ½ · 3");
    }

    [Fact]
    public void OrientationExactlyAtTheToleranceIsCollinear()
    {
        // Tolerance ½, c at the origin: det = left − right with left = ax·by, right = ay·bx, and the
        // bound ½ (|left| + |right|) plus the underflow guard 2⁻¹⁰⁰⁰. Every value below is exact.
        var half = new RelativeEpsilonGeometry(0.5);
        Vec2 origin = new(0, 0);

        // left = 3, right = 1: det = 2 = ½ · 4 (the guard vanishes in the rounding of the bound).
        half.Orientation(new(3, 1), new(1, 1), origin).Should().Be(0);
        half.Orientation(new(1, 1), new(3, 1), origin).Should().Be(0);
        half.Orientation(new(3.5, 1), new(1, 1), origin).Should().Be(1, "det = 2.5 > ½ · 4.5");

        // left = 2⁻⁹⁹⁹, right = 0: det = 2⁻⁹⁹⁹ = ½ · 2⁻⁹⁹⁹ + 2⁻¹⁰⁰⁰, where the guard is half the bound.
        Vec2 a = new(Math.ScaleB(1, -500), 0), b = new(0, Math.ScaleB(1, -499));
        half.Orientation(a, b, origin).Should().Be(0);
        half.Orientation(b, a, origin).Should().Be(0);
        half.Orientation(a, b * 2, origin).Should().Be(1, "det = 2⁻⁹⁹⁸ > ½ · 2⁻⁹⁹⁸ + 2⁻¹⁰⁰⁰");

        // left = 3 · 2¹¹⁰⁰, right = 2¹¹⁰⁰ overflow: the same tie, decided with the products rescaled.
        Vec2 hugeA = new(3 * Math.ScaleB(1, 600), Math.ScaleB(1, 600)), hugeB = new(Math.ScaleB(1, 500), Math.ScaleB(1, 500));
        half.Orientation(hugeA, hugeB, origin).Should().Be(0);
        half.Orientation(hugeB, hugeA, origin).Should().Be(0);
        new RelativeEpsilonGeometry().Orientation(hugeA, hugeB, origin).Should().Be(1, "det = 2 · 2¹¹⁰⁰ is half the terms, far beyond 10⁻⁹");
    }

    [Fact]
    public void NearlyParallelOverflowingTermsAreCollinearWithinTheTolerance()
    {
        // left = (1 + 2⁻⁴⁰) · 2¹¹⁰⁰ and right = 2¹¹⁰⁰ overflow; det = 2¹⁰⁶⁰ is about 2⁻⁴¹ of their sum, within 10⁻⁹ ≈ 2⁻³⁰.
        Vec2 a = new(Math.ScaleB(1, 600), Math.ScaleB(1, 600)), b = new(Math.ScaleB(1, 500), Math.ScaleB(1 + Math.ScaleB(1, -40), 500));

        _sut.Orientation(b, a, new(0, 0)).Should().Be(0);
        _sut.Orientation(a, b, new(0, 0)).Should().Be(0);
    }

    [Fact]
    public void LinesExactlyAtTheToleranceAreParallel()
    {
        // Tolerance ½: u = b − a, v = d − c, and the lines are parallel when |u × v| ≤ ½ (|ux·vy| + |uy·vx|) + 2⁻¹⁰⁰⁰.
        var half = new RelativeEpsilonGeometry(0.5);

        // u = (3, 1), v = (1, 1): u × v = 3 − 1 = 2 = ½ · (3 + 1).
        half.LineIntersection(new(0, 0), new(3, 1), new(0, 5), new(1, 6)).Should().BeNull();
        half.LineIntersection(new(0, 0), new(4, 1), new(0, 5), new(1, 6)).Should().NotBeNull("u × v = 3 > ½ · 5");

        // u = (2⁻⁵⁰⁰, 0), v = (0, 2⁻⁴⁹⁹): u × v = 2⁻⁹⁹⁹ = ½ · 2⁻⁹⁹⁹ + 2⁻¹⁰⁰⁰; perpendicular, but below the underflow guard.
        half.LineIntersection(new(0, 0), new(Math.ScaleB(1, -500), 0), new(1, 0), new(1, Math.ScaleB(1, -499))).Should().BeNull();

        // u = (3 · 2⁶⁰⁰, 2⁶⁰⁰), v = (2⁵⁰⁰, 2⁵⁰⁰): the products overflow, the tie is the first one rescaled.
        Vec2 c = new(0, Math.ScaleB(1, 550));
        half.LineIntersection(new(0, 0), new(3 * Math.ScaleB(1, 600), Math.ScaleB(1, 600)), c, c + new Vec2(Math.ScaleB(1, 500), Math.ScaleB(1, 500))).Should().BeNull();
    }

    [Fact]
    public void BetweennessExactlyAtTheToleranceIsBetween()
    {
        // Tolerance ½, p at the origin, a − p = (2⁻⁵⁰⁰, 2⁻⁵⁰⁰), b − p = (2⁻⁴⁹⁹, 0): collinear only by the underflow
        // guard (u × v = −2⁻⁹⁹⁹ = −(½ · 2⁻⁹⁹⁹ + 2⁻¹⁰⁰⁰)), and the dot product 2⁻⁹⁹⁹ is exactly on the same bound.
        var half = new RelativeEpsilonGeometry(0.5);
        Vec2 origin = new(0, 0), a = new(Math.ScaleB(1, -500), Math.ScaleB(1, -500)), b = new(Math.ScaleB(1, -499), 0);

        half.Orientation(a, b, origin).Should().Be(0);
        half.OnSegment(origin, a, b).Should().BeTrue();

        // (0.5, 0) and (0.25, 0) point the same way from the origin: their dot product 0.125 is far above ½ · 0.125.
        half.OnSegment(origin, new(0.5, 0), new(0.25, 0)).Should().BeFalse();
        half.OnSegment(origin, new(Math.ScaleB(1, 600), 0), new(Math.ScaleB(1, 500), 0)).Should().BeFalse("the same at a scale where the product overflows");
        half.OnSegment(origin, new(Math.ScaleB(1, 600), 0), new(-Math.ScaleB(1, 500), 0)).Should().BeTrue();
    }

    [Fact]
    public void NearTheUnderflowGuardBetweennessIsDecidedByTheProductsAndTheGuard()
    {
        // Tolerance ½, p at the origin. At this scale the guard 2⁻¹⁰⁰⁰ makes the triples collinear, and p is
        // between a and b when xx + yy ≤ ½ (|xx| + |yy|) + 2⁻¹⁰⁰⁰ for xx = ax·bx, yy = ay·by: each sum below
        // is just inside that bound (in units of 2⁻¹⁰⁰³, then 2⁻¹⁰⁰⁹; all products exact).
        var half = new RelativeEpsilonGeometry(0.5);
        Vec2 origin = new(0, 0);

        // xx = 18, yy = −1: 17 ≤ ½ · 19 + 8 = 17.5.
        Vec2 a = new(3 * Math.ScaleB(1, -501), Math.ScaleB(1, -502)), b = new(3 * Math.ScaleB(1, -501), -Math.ScaleB(1, -501));
        half.Orientation(a, b, origin).Should().Be(0);
        half.OnSegment(origin, a, b).Should().BeTrue();

        // xx = 1025, yy = −1: 1024 ≤ ½ · 1026 + 512 = 1025.
        Vec2 c = new(Math.ScaleB(1, -1005), Math.ScaleB(1, -1010)), d = new(64.0625, -2);
        half.Orientation(c, d, origin).Should().Be(0);
        half.OnSegment(origin, c, d).Should().BeTrue();
    }

    [Theory]
    [InlineData(false, -1)] // a − c = (0, 2⁹⁷¹), b − c = (2⁻¹⁰⁷⁴, 2¹⁰²⁴): det = 0 · 2¹⁰²⁴ − 2⁹⁷¹ · 2⁻¹⁰⁷⁴ = −2⁻¹⁰³
    [InlineData(true, 1)]   // the same with x and y swapped: det = 2⁹⁷¹ · 2⁻¹⁰⁷⁴ − 0 · 2¹⁰²⁴ = 2⁻¹⁰³
    public void AZeroTimesAnOverflowingDifferenceLeavesTheOtherProductToDecide(bool swapped, int expected)
    {
        // c.y = −2¹⁰²³ and b.y = 2¹⁰²³ differ by 2¹⁰²⁴, beyond the double range, so the plain product
        // 0 · ∞ is NaN and the products are taken again with unbounded exponents. The zero product then
        // says nothing about the scale: the other, 2⁻¹⁰³ (about 2⁻¹¹²⁷ of 2¹⁰²⁴), is the whole determinant,
        // far beyond the tolerance relative to its terms (|det| = |left| + |right|). The exact oracle agrees.
        var huge = Math.ScaleB(1, 1023);
        Vec2 a = new(0, -huge + Math.ScaleB(1, 971)), b = new(double.Epsilon, huge), c = new(0, -huge);
        if (swapped)
        {
            (a, b, c) = (new(a.Y, a.X), new(b.Y, b.X), new(c.Y, c.X));
        }

        Oracle.Orientation(a, b, c).Should().Be(expected);
        _sut.Orientation(a, b, c).Should().Be(expected);
    }

    [Fact]
    public void TheUnderflowGuardMakesLinesParallelAtEveryScale()
    {
        // u = b − a = (2⁻¹⁰⁷⁴, 2¹⁰²⁴) (its y overflows a double), v = d − c = (0, 2⁻¹⁰⁷⁴):
        // u × v = 2⁻¹⁰⁷⁴ · 2⁻¹⁰⁷⁴ − 2¹⁰²⁴ · 0 = 2⁻²¹⁴⁸ ≤ 10⁻⁹ · 2⁻²¹⁴⁸ + 2⁻¹⁰⁰⁰, so the lines are parallel, as
        // the perpendicular lines of LinesExactlyAtTheToleranceAreParallel are, with the products taken
        // with unbounded exponents. (Exactly, they would meet near (1, 2²⁰⁹⁸), far beyond the double range.)
        var huge = Math.ScaleB(1, 1023);
        Vec2 a = new(0, -huge), b = new(double.Epsilon, huge), c = new(1, 0), d = new(1, double.Epsilon);

        _sut.LineIntersection(a, b, c, d).Should().BeNull();
    }
}
