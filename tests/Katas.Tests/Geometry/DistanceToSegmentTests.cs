using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// The reference solutions' distance from a point to a segment where the region matters: a point exactly
/// abreast of an end is at that end's distance, and a point whose distance is far below the segment's
/// length keeps its digits.
/// </summary>
public sealed class DistanceToSegmentTests
{
    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void APointAbreastOfAnEndIsAtThatEndsDistanceExactly(string implementation)
    {
        // (p − a) · (b − a) = 0 at a and (p − b) · (b − a) = 0 at b: the nearest point is the end, and the
        // distance |(0, 0.1)| = 0.1 exactly; the parallelogram's height 3 · 0.1 / 3 would round to 0.10000000000000002.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 a = new(0, 0), b = new(3, 0);

        sut.DistanceToSegment(new(0, 0.1), a, b).Should().Be(0.1);
        sut.DistanceToSegment(new(3, 0.1), a, b).Should().Be(0.1);
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void APointFarCloserThanTheSegmentIsLongKeepsItsDistance(string implementation)
    {
        // 1e-300 above the end b of a segment 1e10 long: scaled by the segment's length the offset is
        // subnormal but not zero; scaled by the offset the segment would overflow. The nearest point is b,
        // so the distance is |p − b| = 1e-300.
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 a = new(0, 0), b = new(1e10, 0), p = new(1e10, 1e-300);

        sut.DistanceToSegment(p, a, b).Should().BeApproximately(1e-300, 1e-312);
    }
}
