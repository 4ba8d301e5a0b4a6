using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// Laws every implementation must satisfy on well-conditioned inputs (<see cref="GeometryGen"/>): exact
/// laws of the decisions on grid points, where double arithmetic is exact and every tolerance is far
/// below the smallest nonzero determinant; and the laws of the measurements within a relative tolerance
/// of a few units in the last place. Results are checked against <see cref="Oracle"/>, exact rational
/// arithmetic written independently of the library.
/// </summary>
public sealed class PropertyTests
{
    // A few units in the last place, relative: the measurements round a handful of times.
    private const double Ulps = 1e-14;

    [Theory, Implementations<IPlanarGeometry>]
    public void DotIsSymmetric(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.VectorPairs, c => sut.Dot(c.A, c.B).Should().Be(sut.Dot(c.B, c.A)));
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void CrossIsAntisymmetric(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        // Each is within the accuracy the contract promises of ±the exact value (5e-16 of the terms, see
        // DotAndCrossAreTheExactValueRounded), so their sum is within twice that of 0. The plain formula is
        // exactly antisymmetric; a more accurate one (with a fused multiply-add) need not be.
        PropertyCheck.ForAll(GeometryGen.VectorPairs, c =>
        {
            var terms = Math.Abs(c.A.X * c.B.Y) + Math.Abs(c.A.Y * c.B.X);

            (sut.Cross(c.A, c.B) + sut.Cross(c.B, c.A)).Should().BeApproximately(0, 1e-15 * terms);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void DotAndCrossAreTheExactValueRounded(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.VectorPairs, c =>
        {
            var (a, b) = (c.A, c.B);
            var dotTerms = Math.Abs(a.X * b.X) + Math.Abs(a.Y * b.Y);
            var crossTerms = Math.Abs(a.X * b.Y) + Math.Abs(a.Y * b.X);
            var exactDot = (Rational.From(a.X) * Rational.From(b.X) + Rational.From(a.Y) * Rational.From(b.Y)).ToDouble();
            var exactCross = (Rational.From(a.X) * Rational.From(b.Y) - Rational.From(a.Y) * Rational.From(b.X)).ToDouble();

            // Two products and a sum, each rounded once (relative error u = 2⁻⁵³ each): within 3u of the
            // sum of the terms' magnitudes, plus the rounding of the exact value, under 5e-16 in all.
            sut.Dot(a, b).Should().BeApproximately(exactDot, 5e-16 * dotTerms);
            sut.Cross(a, b).Should().BeApproximately(exactCross, 5e-16 * crossTerms);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void LagrangeIdentityHolds(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        // |a × b|² + (a · b)² = |a|²|b|²: sine squared plus cosine squared is one.
        PropertyCheck.ForAll(GeometryGen.VectorPairs, c =>
        {
            var (cross, dot) = (sut.Cross(c.A, c.B), sut.Dot(c.A, c.B));
            var product = sut.Length(c.A) * sut.Length(c.A) * sut.Length(c.B) * sut.Length(c.B);

            (cross * cross + dot * dot).Should().BeApproximately(product, Ulps * product);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void LengthIsTheExactValueRounded(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.VectorPairs, c =>
        {
            var v = c.A;
            var exact = Math.Sqrt((Rational.From(v.X) * Rational.From(v.X) + Rational.From(v.Y) * Rational.From(v.Y)).ToDouble());

            sut.Length(v).Should().BeApproximately(exact, 4e-16 * exact);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void RotationPreservesLength(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.Rotations, c =>
        {
            var length = sut.Length(c.V);

            sut.Length(sut.Rotate(c.V, c.Radians)).Should().BeApproximately(length, Ulps * length);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void RotatingBackRestoresTheVector(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.Rotations, c =>
        {
            var back = sut.Rotate(sut.Rotate(c.V, c.Radians), -c.Radians);

            ExampleTests.ShouldBeClose(back, c.V, Ulps * sut.Length(c.V), "rotated and back");
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void AngleMeasuresTheRotation(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        // Rotating by θ in (−π, π) makes an angle of |θ| with the original; acos(a·b / |a||b|) fails this
        // near 0 and π, where it loses half its digits.
        PropertyCheck.ForAll(GeometryGen.Rotations, c =>
        {
            var radians = Math.IEEERemainder(c.Radians, 2 * Math.PI);

            sut.Angle(c.V, sut.Rotate(c.V, radians)).Should().BeApproximately(Math.Abs(radians), 1e-12);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void AngleIsSymmetricAndWithinZeroToPi(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.NonZeroVectorPairs, c =>
        {
            var angle = sut.Angle(c.A, c.B);
            angle.Should().BeInRange(0, Math.PI).And.Be(sut.Angle(c.B, c.A));
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ParallelVectorsMakeAngleZeroAndOppositeOnesPi(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.NonZeroVectorPairs, c =>
        {
            var (v, k) = (c.A, Math.Abs(c.B.X) + 1);

            sut.Angle(v, v * k).Should().BeApproximately(0, 1e-12, "v and {0}·v point the same way", k);
            sut.Angle(v, v * -k).Should().BeApproximately(Math.PI, 1e-12, "v and -{0}·v point opposite ways", k);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ProjectionIsAlongTheLineAndTheRestIsPerpendicular(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.NonZeroVectorPairs, c =>
        {
            var (v, onto) = (c.A, c.B);

            var projection = sut.Project(v, onto);
            var scale = sut.Length(v) * sut.Length(onto);
            sut.Cross(projection, onto).Should().BeApproximately(0, Ulps * scale, "the projection {0} lies along {1}", Show.Point(projection), Show.Point(onto));
            sut.Dot(v - projection, onto).Should().BeApproximately(0, Ulps * scale, "what is left, {0}, is perpendicular", Show.Point(v - projection));
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void OrientationAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridTriples, t =>
            sut.Orientation(t.A, t.B, t.C).Should().Be(Oracle.Orientation(t.A, t.B, t.C)), maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void OrientationIsAntisymmetricUnderSwaps(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridTriples, t =>
        {
            var orientation = sut.Orientation(t.A, t.B, t.C);
            sut.Orientation(t.B, t.A, t.C).Should().Be(-orientation, "swapping a and b");
            sut.Orientation(t.A, t.C, t.B).Should().Be(-orientation, "swapping b and c");
            sut.Orientation(t.C, t.B, t.A).Should().Be(-orientation, "swapping a and c");
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void OrientationIsInvariantUnderCyclicRotation(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridTriples, t =>
        {
            var orientation = sut.Orientation(t.A, t.B, t.C);
            sut.Orientation(t.B, t.C, t.A).Should().Be(orientation);
            sut.Orientation(t.C, t.A, t.B).Should().Be(orientation);
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void OnSegmentAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridPointAndSegment, t =>
        {
            var expected = Oracle.OnSegment(t.A, t.B, t.C);
            sut.OnSegment(t.A, t.B, t.C).Should().Be(expected);
            sut.OnSegment(t.A, t.C, t.B).Should().Be(expected, "reversing the segment changes nothing");
        }, maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void SegmentsIntersectAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridSegments, q =>
            sut.SegmentsIntersect(q.A, q.B, q.C, q.D).Should().Be(Oracle.SegmentsIntersect(q.A, q.B, q.C, q.D)), maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void SegmentsIntersectIsSymmetric(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridSegments, q =>
        {
            var expected = sut.SegmentsIntersect(q.A, q.B, q.C, q.D);
            sut.SegmentsIntersect(q.C, q.D, q.A, q.B).Should().Be(expected, "swapping the segments");
            sut.SegmentsIntersect(q.B, q.A, q.C, q.D).Should().Be(expected, "reversing ab");
            sut.SegmentsIntersect(q.A, q.B, q.D, q.C).Should().Be(expected, "reversing cd");
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void LineIntersectionAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridLines, q =>
        {
            var expected = Oracle.LineIntersection(q.A, q.B, q.C, q.D);
            var actual = sut.LineIntersection(q.A, q.B, q.C, q.D);
            if (expected is null)
            {
                actual.Should().BeNull("the lines are parallel");
                return;
            }

            actual.Should().NotBeNull("the lines are not parallel; they meet at {0}", Show.Point(expected.Value));
            var scale = 1 + Math.Max(Math.Abs(expected.Value.X), Math.Abs(expected.Value.Y));
            ExampleTests.ShouldBeClose(actual!.Value, expected.Value, Ulps * scale, "the intersection");
        }, maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void DistanceToSegmentAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridPointAndSegment, t =>
        {
            var scale = 1 + new[] { t.A.X, t.A.Y, t.B.X, t.B.Y, t.C.X, t.C.Y }.Max(Math.Abs);

            sut.DistanceToSegment(t.A, t.B, t.C).Should().BeApproximately(Oracle.DistanceToSegment(t.A, t.B, t.C), Ulps * scale);
        }, maxTest: 500);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void PolygonAreaAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.Polygons, p =>
            sut.PolygonArea(p.Points).Should().BeApproximately(Oracle.PolygonArea(p.Points), AreaTolerance(p.Points)));
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ReversingAPolygonNegatesItsArea(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.Polygons, p =>
        {
            var reversed = p.Points.Reverse().ToArray();

            sut.PolygonArea(reversed).Should().BeApproximately(-sut.PolygonArea(p.Points), 2 * AreaTolerance(p.Points));
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void StartingAtAnotherVertexKeepsTheArea(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.Polygons, p =>
        {
            var rotated = p.Points.Skip(1).Concat(p.Points.Take(1)).ToArray();

            sut.PolygonArea(rotated).Should().BeApproximately(sut.PolygonArea(p.Points), 2 * AreaTolerance(p.Points));
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ConvexHullAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridSets, s =>
            sut.ConvexHull(s.Points).Should().Equal(Oracle.ConvexHull(s.Points)), maxTest: 300);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ConvexHullOfManyPointsAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.LargeGridSets, s =>
            sut.ConvexHull(s.Points).Should().Equal(Oracle.ConvexHull(s.Points)), maxTest: 30);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void HullContainsEveryPointAndIsConvex(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridSets, s =>
        {
            var hull = sut.ConvexHull(s.Points);
            if (s.Points.Length == 0)
            {
                hull.Should().BeEmpty();
                return;
            }

            hull.Should().OnlyHaveUniqueItems().And.BeSubsetOf(s.Points);
            hull[0].Should().Be(s.Points.OrderBy(p => p.Y).ThenBy(p => p.X).First(), "the hull starts at the lowest-then-leftmost point");
            if (hull.Length >= 3)
            {
                for (var i = 0; i < hull.Length; i++)
                {
                    var (a, b, c) = (hull[i], hull[(i + 1) % hull.Length], hull[(i + 2) % hull.Length]);
                    Oracle.Orientation(a, b, c).Should().Be(1, "every turn {0} → {1} → {2} is strictly left", Show.Point(a), Show.Point(b), Show.Point(c));
                    foreach (var p in s.Points)
                    {
                        Oracle.Orientation(a, b, p).Should().BeGreaterThanOrEqualTo(0, "{0} is inside or on edge {1} → {2}", Show.Point(p), Show.Point(a), Show.Point(b));
                    }
                }
            }
            else
            {
                s.Points.Should().OnlyContain(p => hull.Length == 1 ? p == hull[0] : Oracle.OnSegment(p, hull[0], hull[1]), "with fewer than 3 hull points, every point is on the hull");
            }
        }, maxTest: 300);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ConvexHullIgnoresOrderAndRepeats(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.GridSets, s =>
        {
            var shuffled = s.Points.Concat(s.Points.Take(3)).Reverse().ToArray();

            sut.ConvexHull(shuffled).Should().Equal(sut.ConvexHull(s.Points));
        });
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ConvexHullDoesNotModifyTheInput(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        PropertyCheck.ForAll(GeometryGen.LargeGridSets, s =>
        {
            var before = (Vec2[])s.Points.Clone();
            _ = sut.ConvexHull(s.Points);
            s.Points.Should().Equal(before, "the points must not be modified");
        }, maxTest: 20);
    }

    // The shoelace terms are products of coordinates; a sum of n of them, computed about any vertex,
    // is within a few ulps of (the largest coordinate difference)² per term.
    private static double AreaTolerance(Vec2[] polygon)
    {
        if (polygon.Length == 0)
        {
            return 0;
        }

        var extent = polygon.Max(p => Math.Max(Math.Abs(p.X), Math.Abs(p.Y)));
        return Ulps * polygon.Length * 4 * extent * extent;
    }
}
