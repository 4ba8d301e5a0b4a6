using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// The oracle is trusted only as far as it is checked: its constants and functions against published
/// values, its arithmetic against identities, and (as an outside cross-check, not a dependency) the BCL.
/// </summary>
public sealed class OracleTests
{
    // Far below anything the kata's tests resolve (an ulp is 2⁻⁵² ≈ 2.2e-16 relative), and about what
    // a few dozen double-double operations leave.
    private const double Tight = 1e-29;

    private static readonly Random Random = new(20261130);

    // The QD library's double-double constants (Hida, Li and Bailey, dd_const.cpp): _log2 and _e.
    [Fact]
    public void Ln2MatchesThePublishedDoubleDouble() =>
        DoubleDoubleMath.Ln2.Should().Be(new DoubleDouble(6.931471805599452862e-01, 2.319046813846299558e-17));

    [Fact]
    public void ExpOfOneIsE() =>
        RelativeError(DoubleDoubleMath.Exp(1), new DoubleDouble(2.718281828459045091e+00, 1.445646891729250158e-16)).Should().BeLessThan(Tight);

    // Digits from mpmath at 40 significant digits; ln 10 is OEIS A002392.
    [Theory]
    [InlineData(-40, "4.24835425529158899532923478285865801788e-18")]
    [InlineData(-0.5, "0.6065306597126334236037995349911804534419")]
    [InlineData(-700, "9.859676543759770856705372947849465105116e-305")]
    public void ExpMatchesPublishedDigits(double d, string expected) =>
        RelativeError(DoubleDoubleMath.Exp(d), DoubleDouble.Parse(expected)).Should().BeLessThan(d <= -700 ? 1e-18 : Tight, "below 1e-292 the low part is subnormal");

    [Theory]
    [InlineData(10, "2.302585092994045684017991454684364207601")]
    [InlineData(1e6, "13.81551055796427410410794872810618524561")]
    [InlineData(4.9406564584124654e-324, "-744.4400719213812623141072984460816341131")]
    public void LogMatchesPublishedDigits(double s, string expected) =>
        RelativeError(DoubleDoubleMath.Log(s), DoubleDouble.Parse(expected)).Should().BeLessThan(Tight);

    [Fact]
    public void ParseReadsDigitsExactly()
    {
        DoubleDouble.Parse("0.1").Should().Be(new DoubleDouble(0.1, -5.551115123125783e-18));
        DoubleDouble.Parse("-2.5e3").Should().Be(new DoubleDouble(-2500, 0));
    }

    [Fact]
    public void ExpTurnsSumsIntoProducts()
    {
        for (var i = 0; i < 2_000; i++)
        {
            var a = -Random.NextDouble() * 300;
            var b = -Random.NextDouble() * 300;
            var sum = new DoubleDouble(a, 0) + b;
            RelativeError(DoubleDoubleMath.Exp(sum), DoubleDoubleMath.Exp(a) * DoubleDoubleMath.Exp(b))
                .Should().BeLessThan(1e-28, "exp({0} + {1})", a, b);
        }
    }

    [Fact]
    public void LogInvertsExp()
    {
        for (var i = 0; i < 2_000; i++)
        {
            var y = (Random.NextDouble() - 0.5) * 1_000;
            Math.Abs((DoubleDoubleMath.Log(DoubleDoubleMath.Exp(y)) - y).High).Should().BeLessThan(1e-28 * Math.Max(1, Math.Abs(y)), "y = {0}", y);
        }
    }

    // An outside cross-check, not a dependency: the C runtime's exp is within an ulp, so the two agree to
    // 1 ulp; a slip in the oracle's tables or reduction would show as thousands.
    [Fact]
    public void ExpAgreesWithTheRuntimeToAnUlp()
    {
        for (var i = 0; i < 100_000; i++)
        {
            var d = -Random.NextDouble() * (i % 2 == 0 ? 708 : 2);
            var exact = DoubleDoubleMath.Exp(d);
            Oracle.Error(Math.Exp(d), exact).Should().BeLessThanOrEqualTo(Oracle.Ulp(exact), "exp({0:R})", d);
        }
    }

    [Fact]
    public void UlpIsTheSpacingOfTheBinade()
    {
        Oracle.Ulp(1).Should().Be(Math.Pow(2, -52));
        Oracle.Ulp(new DoubleDouble(1, -1e-30)).Should().Be(Math.Pow(2, -53), "just below 1 the doubles are twice as dense");
        Oracle.Ulp(new DoubleDouble(1, 1e-30)).Should().Be(Math.Pow(2, -52));
        Oracle.Ulp(1000.5).Should().Be(Math.Pow(2, -43));
        Oracle.Ulp(0).Should().Be(double.Epsilon);
    }

    [Fact]
    public void LogSumExpOfTheIssuesExamples()
    {
        var (value, l, max) = Oracle.LogSumExp([0, -40]);
        value.High.Should().Be(4.248354255291589e-18);
        l.High.Should().Be(value.High);
        max.Should().Be(0);
        Oracle.LogSumExp([1000, 1000]).Value.High.Should().Be(1000.6931471805599);
    }

    private static double RelativeError(DoubleDouble actual, DoubleDouble expected) =>
        Math.Abs((actual - expected).High / expected.High);
}
