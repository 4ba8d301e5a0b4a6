using Katas.Geometry;
using Katas.Geometry.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// <see cref="ExactGeometry"/> decides exactly: against the rational oracle on the Kettner grid, at the
/// edges of the expansion range and beyond it, and on generated near-degenerate inputs.
/// </summary>
public sealed class ExactGeometryTests
{
    private readonly ExactGeometry _sut = new();

    [Fact]
    public void KettnerGridHasNoWrongSigns()
    {
        var tally = KettnerGrid.Count(_sut);

        tally.Should().Be(new KettnerGrid.Tally(KettnerGrid.Size * KettnerGrid.Size, 0, 0, 0));
    }

    [Fact]
    public void KettnerGridHasNoWrongSignsInAnyArgumentOrder()
    {
        var (q, r) = (KettnerGrid.Q(), KettnerGrid.R());
        foreach (var (x, y, p) in KettnerGrid.Points())
        {
            var expected = Math.Sign(y - x);
            if (_sut.Orientation(q, r, p) != expected || _sut.Orientation(r, p, q) != expected
                || _sut.Orientation(q, p, r) != -expected || _sut.Orientation(r, q, p) != -expected)
            {
                Assert.Fail($"Wrong orientation for p = {Show.Point(p)} (x = {x}, y = {y}); expected {expected} for (p, q, r).");
            }
        }
    }

    [Theory]
    [InlineData(-484, 1)] // the smallest coordinate 0.5·2⁻⁴⁸⁴ = 2⁻⁴⁸⁵: the bottom of the expansion range
    [InlineData(505, 1)]  // the largest coordinate 24·2⁵⁰⁵ < 2⁵¹⁰: the top of the expansion range
    [InlineData(-485, 5)] // just below it: BigInteger arithmetic
    [InlineData(-1000, 5)] // subnormal differences
    [InlineData(506, 5)]  // just above the expansion range
    [InlineData(990, 5)]  // products overflow a double
    public void KettnerGridHasNoWrongSignsAtAnyScale(int scale, int step)
    {
        var tally = KettnerGrid.Count(_sut, scale, step);

        tally.Wrong.Should().Be(0, "scaled by 2^{0}, {1} points", scale, tally.Points);
    }

    [Fact]
    public void NearlyCollinearTriplesAgreeWithExactArithmetic() =>
        PropertyCheck.ForAll(GeometryGen.NearlyCollinearTriples, t =>
            _sut.Orientation(t.A, t.B, t.C).Should().Be(Oracle.Orientation(t.A, t.B, t.C)), maxTest: 3000);

    [Fact]
    public void ExactlyCollinearTriplesAreCollinear() =>
        PropertyCheck.ForAll(GeometryGen.ExactlyCollinearTriples, t =>
        {
            Oracle.Orientation(t.A, t.B, t.C).Should().Be(0, "the generator puts the points on one line");
            _sut.Orientation(t.A, t.B, t.C).Should().Be(0);
        }, maxTest: 3000);

    [Fact]
    public void NearlyDegenerateOnSegmentAgreesWithExactArithmetic() =>
        PropertyCheck.ForAll(GeometryGen.NearlyOnSegment, t =>
            _sut.OnSegment(t.A, t.B, t.C).Should().Be(Oracle.OnSegment(t.A, t.B, t.C)), maxTest: 1000);

    [Fact]
    public void NearlyTouchingSegmentsAgreeWithExactArithmetic() =>
        PropertyCheck.ForAll(GeometryGen.NearlyTouchingSegments, q =>
            _sut.SegmentsIntersect(q.A, q.B, q.C, q.D).Should().Be(Oracle.SegmentsIntersect(q.A, q.B, q.C, q.D)), maxTest: 1000);

    [Fact]
    public void NearlyParallelLinesAreParallelExactlyWhenTheyAre() =>
        PropertyCheck.ForAll(GeometryGen.NearlyParallelLines, q =>
        {
            var expected = Oracle.LineIntersection(q.A, q.B, q.C, q.D);
            var actual = _sut.LineIntersection(q.A, q.B, q.C, q.D);
            if (expected is null)
            {
                actual.Should().BeNull("the lines are exactly parallel");
                return;
            }

            // The parameter along ab comes from two exactly evaluated determinants, rounded once each,
            // so even a far-away intersection of nearly parallel lines is accurate to a few ulps.
            actual.Should().NotBeNull("the lines are not exactly parallel; they meet at {0}", Show.Point(expected.Value));
            var scale = Math.Max(Math.Abs(expected.Value.X), Math.Abs(expected.Value.Y)) + Math.Max(Math.Abs(q.A.X), Math.Abs(q.A.Y));
            ExampleTests.ShouldBeClose(actual!.Value, expected.Value, 1e-14 * scale, "the intersection");
        }, maxTest: 1000);

    [Fact]
    public void HullOfNearlyCollinearPointsAgreesWithExactArithmetic() =>
        PropertyCheck.ForAll(GeometryGen.NearlyCollinearSets, s =>
            _sut.ConvexHull(s.Points).Should().Equal(Oracle.ConvexHull(s.Points)), maxTest: 300);

    [Theory]
    [InlineData(-1000)] // subnormal differences and products
    [InlineData(-480)]
    [InlineData(500)]
    [InlineData(960)]   // products overflow a double
    public void HullAtExtremeScalesAgreesWithExactArithmetic(int scale) =>
        PropertyCheck.ForAll(GeometryGen.LargeGridSets, s =>
        {
            var points = s.Points.Select(p => new Vec2(Math.ScaleB(p.X, scale), Math.ScaleB(p.Y, scale))).ToArray();

            _sut.ConvexHull(points).Should().Equal(Oracle.ConvexHull(points));
        }, maxTest: 20);

    [Fact]
    public void SignAndCompareAreExact()
    {
        _sut.Sign(double.Epsilon).Should().Be(1, "the smallest subnormal is positive");
        _sut.Sign(-double.Epsilon).Should().Be(-1);
        _sut.Sign(1e-300).Should().Be(1);
        _sut.Compare(1, Math.BitIncrement(1)).Should().Be(-1, "adjacent doubles differ");
        _sut.Compare(0.1 + 0.2, 0.3).Should().Be(1, "0.1 + 0.2 rounds to 0.30000000000000004");
        _sut.Compare(double.MaxValue, double.PositiveInfinity).Should().Be(-1);
    }

    [Fact]
    public void TinyAndHugeVectorsHaveDirections()
    {
        _sut.Angle(new(1e-300, 0), new(0, 1e-300)).Should().BeApproximately(Math.PI / 2, 1e-15);
        _sut.Angle(new(1e300, 1e300), new(1e300, 0)).Should().BeApproximately(Math.PI / 4, 1e-15, "the products overflow, but not the scaled ones");
        _sut.Project(new(1, 1), new(double.Epsilon, 0)).Should().Be(new Vec2(1, 0), "the smallest subnormal still has a direction");
        _sut.Project(new(3e300, 4e300), new(1e300, 0)).Should().Be(new Vec2(3e300, 0));
        _sut.DistanceToSegment(new(0, 3e-200), new(-1e-200, 0), new(1e-200, 0)).Should().BeApproximately(3e-200, 1e-215);
    }

    [Fact]
    public void CoincidentLinesAreParallelEvenWhenRoundingSaysOtherwise()
    {
        // p, q, r are exactly collinear on y = 3x (3t is exact), but (q − p) × (r − p) rounds to a
        // positive number, so a plain double test calls lines pq and pr crossing at p.
        const double T = 0.14903353466980573;
        Vec2 p = new(T, 3 * T), q = new(1, 3), r = new(7, 21);
        Oracle.Orientation(p, q, r).Should().Be(0);
        new EpsilonGeometry(0).Orientation(p, q, r).Should().Be(1, "plain doubles see a left turn");

        _sut.Orientation(p, q, r).Should().Be(0);
        _sut.LineIntersection(p, q, p, r).Should().BeNull();
    }

    [Fact]
    public void NearlyParallelLinesMeetWhereTheyReallyMeet()
    {
        // The second line's direction, 1.1 − 0.1 by 3, rounds to (1, 3): plain doubles call the lines
        // parallel, but the doubles 0.1 and 1.1 differ by a little more than 1, so they meet far away.
        Vec2 a = new(0, 0), b = new(1, 3), c = new(0.1, 0), d = new(1.1, 3);
        new EpsilonGeometry(0).LineIntersection(a, b, c, d).Should().BeNull("plain doubles see parallel lines");

        var actual = _sut.LineIntersection(a, b, c, d);

        var expected = Oracle.LineIntersection(a, b, c, d)!.Value;
        actual.Should().NotBeNull();
        ExampleTests.ShouldBeClose(actual!.Value, expected, 1e-14 * Math.Abs(expected.Y), "the far intersection");
    }

    [Fact]
    public void IntersectionFarFromTheDefiningPointsIsAccurate()
    {
        // a + (b − a)·t in doubles: −1e10 + (1e10 + 1)·t with t = (1e10 + 1e-7) / (1e10 + 1) rounds to 0,
        // every digit of 1e-7 lost to the cancellation.
        var actual = _sut.LineIntersection(new(-1e10, 0), new(1, 0), new(1e-7, -1), new(1e-7, 1));

        actual.Should().Be(new Vec2(1e-7, 0));
    }

    [Fact]
    public void IntersectionsWithLargeCancellationAreWithinAFewUlps() =>
        PropertyCheck.ForAll(GeometryGen.LinesFarFromTheirIntersection, q => ShouldBeWithinAFewUlps(q.A, q.B, q.C, q.D), maxTest: 2000);

    [Theory]
    [InlineData(-330)] // below the expansions' range for a point (2⁻³⁰⁶): BigInteger arithmetic
    [InlineData(-260)] // within it, near its bottom
    [InlineData(250)]  // within it, near its top (2³³⁹)
    [InlineData(320)]  // above it, where the determinants alone are still expansions
    [InlineData(900)]  // far above it: products of two coordinates overflow
    public void IntersectionsWithLargeCancellationAreWithinAFewUlpsAtAnyScale(int scale) =>
        PropertyCheck.ForAll(GeometryGen.LinesFarFromTheirIntersection, q =>
        {
            Vec2 Scaled(Vec2 p) => new(Math.ScaleB(p.X, scale), Math.ScaleB(p.Y, scale));

            ShouldBeWithinAFewUlps(Scaled(q.A), Scaled(q.B), Scaled(q.C), Scaled(q.D));
        }, maxTest: 200);

    [Fact]
    public void HullOfExactlyCollinearPointsIsTheirTwoEnds()
    {
        // Points exactly on y = 3x (t has at most 50 significant bits, so 3t is exact), many of whose
        // orientations round to ±1 in plain doubles.
        var random = new Random(20261124);
        var points = Enumerable.Range(0, 40)
            .Select(_ => Math.ScaleB(random.NextInt64(1L << 50), -50))
            .Select(t => new Vec2(t, 3 * t))
            .ToArray();
        var (lowest, highest) = (points.MinBy(p => p.Y), points.MaxBy(p => p.Y));

        _sut.ConvexHull(points).Should().Equal(lowest, highest);
    }

    // Each coordinate within 4 units in the last place of its exact value (the class's docs promise "a
    // few"): the numerators are exact and rounded once, then divided; 0 exactly when the exact value is.
    private void ShouldBeWithinAFewUlps(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        const int Ulps = 4;
        var exact = Oracle.ExactLineIntersection(a, b, c, d);
        var actual = _sut.LineIntersection(a, b, c, d);
        if (exact is null)
        {
            actual.Should().BeNull("the lines are exactly parallel");
            return;
        }

        actual.Should().NotBeNull("the lines are not exactly parallel");
        foreach (var (got, want, axis) in new[] { (actual!.Value.X, exact.Value.X, "x"), (actual.Value.Y, exact.Value.Y, "y") })
        {
            var rounded = want.ToDouble();
            if (!double.IsFinite(rounded))
            {
                got.Should().Be(rounded, "{0} is beyond the double range", axis);
                continue;
            }

            var ulp = Rational.From(Math.BitIncrement(Math.Abs(rounded)) - Math.Abs(rounded));
            (Rational.From(got) - want).Abs().Should().BeLessThanOrEqualTo(
                Rational.From(Ulps) * ulp, "{0} = {1} should be within {2} ulps of {3}", axis, Show.Number(got), Ulps, Show.Number(rounded));
        }
    }

    [Fact]
    public void LineThroughOnePointBeyondTheExpansionRangeMeetsExactly()
    {
        // a = (−1e250, 0) is beyond 2³³⁹, where products of three coordinates overflow; b, c and d are
        // small. The x axis meets the y axis at the origin, exactly.
        _sut.LineIntersection(new(-1e250, 0), new(1e100, 0), new(0, -1), new(0, 1)).Should().Be(new Vec2(0, 0));
        _sut.LineIntersection(new(1e100, 0), new(-1e250, 0), new(0, -1), new(0, 1)).Should().Be(new Vec2(0, 0));
    }

    [Theory]
    [InlineData(-306)] // the lower end of the point range [2⁻³⁰⁶, 2³³⁹), which belongs to it
    [InlineData(0)]
    public void InsideThePointRangeTheIntersectionIsComputedWithoutTheHeap(int exponent)
    {
        // Inside the range the numerators are expansions on the stack; only beyond it does the class fall
        // back to BigInteger arithmetic, which allocates. The vertical line x = 2^exponent meets y = 0.5 at
        // (2^exponent, 0.5), exactly (both coordinates are doubles, and the numerators are exact).
        var x = Math.ScaleB(1, exponent);
        Vec2 a = new(x, -1), b = new(x, 1), c = new(-1, 0.5), d = new(1, 0.5);
        _sut.LineIntersection(a, b, c, d); // the first call may allocate while the runtime sets things up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var point = _sut.LineIntersection(a, b, c, d);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        point.Should().Be(new Vec2(x, 0.5));
        allocated.Should().Be(0);
    }

    [Fact]
    public void FromTwoToThe339TheIntersectionIsComputedExactlyAndRoundedOnce()
    {
        // a.x = −2³³⁹ is the first magnitude beyond the point range: the intersection is evaluated in
        // BigInteger arithmetic and rounded once, so each coordinate is one of the two doubles around the
        // exact value from the oracle. (The expansions' quotient of two rounded numerators, good to a few
        // ulps, misses the exact x here by almost 2 ulps.)
        Vec2 a = new(-Math.ScaleB(1, 339), 2.847341685978925E+101), b = new(4.265875329752786E+97, 2.7652153452119973E+99);
        Vec2 c = new(-2.931871893261924E+101, 5.3838524593597114E+97), d = new(-5.898806458819539E+97, -6.465835476786077E+100);
        var exact = Oracle.ExactLineIntersection(a, b, c, d)!.Value;

        var actual = _sut.LineIntersection(a, b, c, d);

        actual.Should().NotBeNull();
        foreach (var (got, want) in new[] { (actual!.Value.X, exact.X), (actual.Value.Y, exact.Y) })
        {
            want.Should().BeGreaterThan(Rational.From(Math.BitDecrement(got))).And.BeLessThan(Rational.From(Math.BitIncrement(got)));
        }
    }

    [Theory]
    [InlineData(0.1, 0.7, 1.6, 0.2)]
    [InlineData(0.3, 1.1, -2.9, 0.45)]
    [InlineData(1e-5, 3.3, 7.7, -0.01)]
    public void LinesMeetingAtTheFirstPointMeetExactlyThere(double ax, double ay, double bx, double by)
    {
        // Line cd passes through a (vertically, exactly), so the intersection is a itself: the exact
        // answer is a, however (a · D) / D would round.
        Vec2 a = new(ax, ay), b = new(bx, by), c = new(ax, ay - 1), d = new(ax, ay + 3);

        _sut.LineIntersection(a, b, c, d).Should().Be(a);
        Oracle.LineIntersection(a, b, c, d).Should().Be(a);
    }
}
