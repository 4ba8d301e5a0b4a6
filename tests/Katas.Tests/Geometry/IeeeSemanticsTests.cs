using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>Measurements are plain arithmetic: NaN and infinities go in and come out, and nothing throws.</summary>
public sealed class IeeeSemanticsTests
{
    private const double NaN = double.NaN;
    private const double Inf = double.PositiveInfinity;

    [Theory, Implementations<IPlanarGeometry>]
    public void MeasurementsPropagateNaN(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 nan = new(NaN, 1), v = new(1, 2), w = new(3, -1);

        sut.Dot(nan, v).Should().Be(NaN, "Dot");
        sut.Cross(v, nan).Should().Be(NaN, "Cross");
        sut.Length(nan).Should().Be(NaN, "Length");
        sut.Angle(nan, v).Should().Be(NaN, "Angle");
        sut.Rotate(nan, 1).X.Should().Be(NaN, "Rotate");
        sut.Rotate(v, NaN).X.Should().Be(NaN, "Rotate by NaN radians");
        sut.Project(nan, v).X.Should().Be(NaN, "Project");
        sut.Project(v, nan).X.Should().Be(NaN, "Project onto a NaN vector");
        sut.DistanceToSegment(nan, v, w).Should().Be(NaN, "DistanceToSegment");
        sut.PolygonArea([v, w, nan]).Should().Be(NaN, "PolygonArea");
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void MeasurementsOverflowToInfinity(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Dot(new(1e200, 0), new(1e200, 0)).Should().Be(Inf, "Dot");
        sut.Cross(new(1e200, 0), new(0, 1e200)).Should().Be(Inf, "Cross");
        sut.Cross(new(0, 1e200), new(1e200, 0)).Should().Be(-Inf, "Cross, clockwise");
        sut.Length(new(-Inf, 0)).Should().Be(Inf, "Length");
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void APointAtInfinityIsInfinitelyFarFromASegment(string implementation)
    {
        // The nearest point of the segment is b; the distance to it is |(∞, 0)| = ∞ (not NaN).
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.DistanceToSegment(new(Inf, 0), new(0, 0), new(1, 0)).Should().Be(Inf);
        sut.DistanceToSegment(new(-Inf, 3), new(0, 0), new(1, 0)).Should().Be(Inf);
    }
}
