using Katas.Geometry;
using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// The order the hull sorts its points in: by y, then by x. The hull sorts by y alone and uses this
/// comparer only on runs of equal y, so its y comparisons are checked here, on the comparer itself.
/// </summary>
public sealed class LowestThenLeftmostTests
{
    [Theory]
    [InlineData(5, 1, 0, 2, -1)]  // lower, though further right: y decides
    [InlineData(0, 2, 5, 1, 1)]   // higher, though further left
    [InlineData(-3, 4, 2, 4, -1)] // the same y: the leftmost first
    [InlineData(2, 4, -3, 4, 1)]
    [InlineData(7, -1, 7, -1, 0)]
    [InlineData(0.0, -0.0, -0.0, 0.0, 0)] // -0 and +0 are the same coordinate
    public void OrdersByYThenByX(double px, double py, double qx, double qy, int expected)
    {
        var comparer = default(LowestThenLeftmost);

        comparer.Compare(new Vec2(px, py), new Vec2(qx, qy)).Should().Be(expected);
    }

    [Fact]
    public void SortsAPointSetLowestThenLeftmost()
    {
        Vec2[] points = [new(3, 2), new(-1, 2), new(9, -4), new(0, 7), new(-5, -4), new(2, 2)];

        Array.Sort(points, default(LowestThenLeftmost));

        points.Should().Equal(new Vec2(-5, -4), new Vec2(9, -4), new Vec2(-1, 2), new Vec2(2, 2), new Vec2(3, 2), new Vec2(0, 7));
    }
}
