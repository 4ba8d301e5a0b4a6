using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// <see cref="Dyadic"/>, the exact last resort of <see cref="ExactGeometry"/>: the quotient of values
/// whose mantissas differ in length by more than the 64 bits the division keeps, and division by zero.
/// </summary>
public sealed class DyadicTests
{
    [Theory]
    [InlineData(3, 5, 7, 1, 105)]          // a 160-bit mantissa over a 53-bit one: the divisor is shifted up
    [InlineData(3, 5, 7, -4, -26.25)]      // the sign of the quotient is the product of the signs
    [InlineData(-3, 5, 7, -4, 26.25)]
    [InlineData(1e200, 1e200, 1e-300, 1e100, 1)] // a product beyond the double range, a quotient within it
    public void QuotientOfAProductOfThreeIsRoundedCorrectly(double a, double b, double c, double d, double expected)
    {
        var product = Dyadic.From(a) * Dyadic.From(b) * Dyadic.From(c);

        Dyadic.Divide(product, Dyadic.From(d)).Should().BeApproximately(expected, Math.Abs(expected) * 1e-15);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)] // 0 / 0 is no more defined than 1 / 0
    public void DividingByZeroThrows(double numerator)
    {
        var act = () => Dyadic.Divide(Dyadic.From(numerator), Dyadic.From(0));

        act.Should().Throw<DivideByZeroException>();
    }
}
