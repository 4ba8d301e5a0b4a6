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
}
