using System.Runtime.Intrinsics;
using Katas.Softmax.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// The quick exponential the fast softmax writes its terms with, at every width, against the
/// double-double oracle: within 1e-13 relative over its whole domain (softmax allows 1e-12), exactly 1
/// at 0, 0 at −∞ and below e⁻⁷⁰⁸, NaN for NaN.
/// </summary>
public sealed class QuickExpTests
{
    // The documentation's claim: the polynomial 3.7e-14, its evaluation a few ulps (measured: under 6e-14).
    private const double ClaimedRelativeError = 1e-13;

    // The oracle's results are compared scaled by 2⁶⁰⁰, where even e⁻⁷⁰⁸ has all its bits.
    private const int Scale = 600;

    public static TheoryData<int> Widths { get; } = [64, 128, 256, 512];

    [Theory, MemberData(nameof(Widths))]
    public void IsWithinTheClaimOverTheDomain(int width)
    {
        var random = new Random(width);
        var worst = 0.0;
        var worstAt = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            // Half over the whole domain, half near 0 where the result is near 1 and every bit shows.
            var d = i % 2 == 0 ? -random.NextDouble() * -VectorExp.FlushBelow : -random.NextDouble() * 2;
            var error = RelativeError(QuickExp(width, d), d);
            if (error > worst)
            {
                (worst, worstAt) = (error, d);
            }
        }

        worst.Should().BeLessThan(ClaimedRelativeError, "the worst error, {0:E3}, was at d = {1:R}", worst, worstAt);
    }

    [Theory, MemberData(nameof(Widths))]
    public void IsWithinTheClaimAtTheReductionBoundaries(int width)
    {
        // Where k = round(d / ln 2) changes, r is ±ln 2 / 2: the ends of the polynomial's interval.
        for (var k = -1021; k <= 0; k++)
        {
            foreach (var d in new[] { (k + 0.5) * 0.6931471805599453, (k - 0.5) * 0.6931471805599453 })
            {
                if (d is <= 0 and >= VectorExp.FlushBelow)
                {
                    RelativeError(QuickExp(width, d), d).Should().BeLessThan(ClaimedRelativeError, "d = {0:R}", d);
                }
            }
        }
    }

    [Theory, MemberData(nameof(Widths))]
    public void SpecialValues(int width)
    {
        QuickExp(width, 0).Should().Be(1, "the largest term of every softmax is exactly 1");
        QuickExp(width, -0.0).Should().Be(1);
        QuickExp(width, double.NegativeInfinity).Should().Be(0);
        QuickExp(width, double.NaN).Should().Be(double.NaN);
        QuickExp(width, -708.5).Should().Be(0, "results below e⁻⁷⁰⁸ are flushed to 0");
        QuickExp(width, -double.MaxValue).Should().Be(0);
        RelativeError(QuickExp(width, VectorExp.FlushBelow), VectorExp.FlushBelow).Should().BeLessThan(ClaimedRelativeError, "the smallest result kept is a normal number");
    }

    private static double RelativeError(double actual, double d)
    {
        var exact = DoubleDoubleMath.Exp(d, Scale);
        return Oracle.Error(Math.ScaleB(actual, Scale), exact) / Math.Abs(exact.High);
    }

    private static double QuickExp(int width, double d) => width switch
    {
        128 => VectorExp.QuickExp(Vector128.Create(d)).GetElement(0),
        256 => VectorExp.QuickExp(Vector256.Create(d)).GetElement(0),
        512 => VectorExp.QuickExp(Vector512.Create(d)).GetElement(0),
        _ => VectorExp.QuickExp(d),
    };
}
