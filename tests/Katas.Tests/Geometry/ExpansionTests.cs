using System.Numerics;
using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// <see cref="Expansion"/>, the exact arithmetic under <see cref="ExactGeometry"/>, on expansions small
/// enough to check by hand: a sum whose very first merge step rounds, the rounded estimate of a
/// product difference, and the normalised value.
/// </summary>
public sealed class ExpansionTests
{
    [Fact]
    public void SumKeepsTheErrorOfItsFirstMergeStep()
    {
        // The two smallest components, 1 and 2⁵³, are merged first; 2⁵³ + 1 is not a double, so that step
        // leaves an error of 1 that must become a component of the sum.
        double[] e = [1, Math.ScaleB(1, 60)], f = [Math.ScaleB(1, 53), Math.ScaleB(1, 70)];
        var h = new double[e.Length + f.Length];

        var length = Expansion.Sum(e, f, h);

        var total = h.Take(length).Aggregate(BigInteger.Zero, (sum, component) => sum + new BigInteger(component));
        total.Should().Be(BigInteger.One + (BigInteger.One << 53) + (BigInteger.One << 60) + (BigInteger.One << 70));
    }

    [Fact]
    public void ProductDifferenceEstimateIsTheExactValueRoundedToNearest()
    {
        // a·b − c·d = 103 703 815 872 050 915 − 32 130 026 423 505 990 = 71 573 789 448 544 925 (exact integer
        // arithmetic, checked below). Doubles near 2⁵⁶ are multiples of 8: the nearest is ...928 (3 away;
        // ...920 is 5 away). The four components are 0, 1, −4 and ...928: summed smallest first, −3 rounds away.
        const double a = 348240527, b = 297793645, c = 72508798, d = 443119005;
        var exact = (new BigInteger(a) * new BigInteger(b)) - (new BigInteger(c) * new BigInteger(d));
        exact.Should().Be(BigInteger.Parse("71573789448544925", System.Globalization.CultureInfo.InvariantCulture));

        Expansion.ProductDifferenceEstimate(a, b, c, d).Should().Be(71573789448544928.0);
    }

    [Theory]
    [InlineData(1, 60, 60)]    // 2⁻²⁰ + 2⁶⁰ = (1 + 2⁻⁸⁰) · 2⁶⁰: mantissa 1 once rounded
    [InlineData(-1, -70, -70)] // −2⁻¹⁵⁰ − 2⁻⁷⁰ = −(1 + 2⁻⁸⁰) · 2⁻⁷⁰: the mantissa has the value's sign
    public void NormalizedIsTheValueAsMantissaAndExponent(double sign, int largest, int expectedExponent)
    {
        double[] e = [sign * Math.ScaleB(1, largest - 80), sign * Math.ScaleB(1, largest)];

        var mantissa = Expansion.Normalized(e, out var exponent);

        mantissa.Should().Be(sign);
        exponent.Should().Be(expectedExponent);
    }
}
