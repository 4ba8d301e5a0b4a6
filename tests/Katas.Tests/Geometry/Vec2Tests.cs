using Katas.Geometry;

namespace Katas.Tests.Geometry;

public sealed class Vec2Tests
{
    private static readonly Vec2 A = new(1.5, -2);
    private static readonly Vec2 B = new(4, 0.25);

    [Fact]
    public void AddsAndSubtractsCoordinateByCoordinate()
    {
        (A + B).Should().Be(new Vec2(5.5, -1.75));
        (A - B).Should().Be(new Vec2(-2.5, -2.25));
        (B - A).Should().Be(-(A - B));
        (A + (-A)).Should().Be(new Vec2(0, 0));
    }

    [Fact]
    public void ScalesByAScalarOnEitherSide()
    {
        (A * 2).Should().Be(new Vec2(3, -4));
        (2 * A).Should().Be(new Vec2(3, -4));
        (A / 2).Should().Be(new Vec2(0.75, -1));
        (A * 0).Should().Be(new Vec2(0, 0));
    }

    [Fact]
    public void FollowsIeeeSemantics()
    {
        var divided = A / 0;

        divided.X.Should().Be(double.PositiveInfinity);
        divided.Y.Should().Be(double.NegativeInfinity);
        (new Vec2(0, 1) / 0).X.Should().Be(double.NaN);
    }

    [Fact]
    public void EqualityIsCoordinateByCoordinate()
    {
        new Vec2(1, 2).Should().Be(new Vec2(1, 2));
        new Vec2(1, 2).Should().NotBe(new Vec2(2, 1));
        (new Vec2(0.0, 0.0) == new Vec2(-0.0, -0.0)).Should().BeTrue("-0 equals 0");
        new Vec2(1, 2).GetHashCode().Should().Be(new Vec2(1, 2).GetHashCode());
        (new Vec2(1, 2) with { Y = 5 }).Should().Be(new Vec2(1, 5));
    }

    [Fact]
    public void Deconstructs()
    {
        var (x, y) = A;

        x.Should().Be(1.5);
        y.Should().Be(-2);
    }
}
