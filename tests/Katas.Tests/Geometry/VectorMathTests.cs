using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// <see cref="VectorMath"/>, the measurements every solution shares: the power-of-two normalisation
/// leaves alone the vectors it cannot scale, so that infinities meet plain IEEE arithmetic unchanged.
/// </summary>
public sealed class VectorMathTests
{
    private const double Inf = double.PositiveInfinity;

    [Theory]
    [InlineData(Inf, 1)]
    [InlineData(3, -Inf)]
    [InlineData(double.NaN, 1)]
    [InlineData(0, 0)]
    public void NormalisedLeavesAVectorWithoutAFiniteNonzeroScaleUnchanged(double x, double y)
    {
        // Its documentation: "Vectors with a zero, NaN or infinite largest coordinate are returned unchanged."
        var normalised = VectorMath.Normalised(new(x, y));

        normalised.X.Should().Be(x);
        normalised.Y.Should().Be(y);
    }

    [Fact]
    public void AngleBetweenInfiniteDirectionsIsPlainIeeeArithmetic()
    {
        // Neither vector can be scaled, so the angle is atan2(|a × b|, a · b) on the vectors as given:
        // a × b = ∞·∞ − 1·1 = ∞ and a · b = ∞·1 + 1·∞ = ∞, and atan2(∞, ∞) = π/4 (IEEE 754-2019, 9.2.1).
        // Had the finite coordinates been scaled to zero, a · b would be ∞·0 + 0·∞ = NaN.
        var angle = new ExactGeometry().Angle(new(Inf, 1), new(1, Inf));

        angle.Should().Be(Math.PI / 4);
    }
}
