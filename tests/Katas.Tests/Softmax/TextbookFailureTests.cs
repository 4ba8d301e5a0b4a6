using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// How the textbook formulas fail, and that the tests see it: the formula as it reads overflows, and
/// the stable formula with a plain running sum misses the accuracy bounds on inputs built so that every
/// addition rounds the same way.
/// </summary>
public sealed class TextbookFailureTests
{
    /// <summary>[0, −4e-14 × 999]: every term is 1 − 4e-14, half an ulp or less of a running sum past 512, so each addition rounds up.</summary>
    public static double[] RoundsUpAThousandTimes { get; } = Input(1_000, -4e-14);

    /// <summary>[0, −3e-12 × 99 999]: the same past 32 768, at 10⁵ values.</summary>
    public static double[] RoundsUpAHundredThousandTimes { get; } = Input(100_000, -3e-12);

    // The exact softmax of the long input, computed once for every implementation.
    private static readonly Lazy<DoubleDouble[]> ExactSoftmax = new(() => Oracle.Softmax(RoundsUpAHundredThousandTimes));

    [Fact]
    public void TheFormulaAsItReadsOverflowsAndLosesTheSmallTerms()
    {
        var formula = new ExpThenDivide();
        var p = new double[2];

        // exp(1000) is +∞, and ∞/∞ is NaN: SciPy's and the example.
        formula.Softmax([1000, 1000], p);
        p.Should().Equal([double.NaN, double.NaN]);
        formula.LogSumExp([1000, 1000]).Should().Be(double.PositiveInfinity, "the exact value is 1000.69");

        // exp(−1000) is 0, and 0/0 is NaN.
        formula.Softmax([-1000, -1000], p);
        p.Should().Equal([double.NaN, double.NaN]);

        // 1 + 4.2e-18 is 1: log-sum-exp of [0, −40] comes out 0, not 4.2e-18 (SciPy gh-18295).
        formula.LogSumExp([0, -40]).Should().Be(0);
    }

    [Fact]
    public void APlainRunningSumMissesTheBounds()
    {
        var plain = new PlainRunningSum();

        var x = RoundsUpAThousandTimes;
        var (exact, l, max) = Oracle.LogSumExp(x);
        Oracle.Error(plain.LogSumExp(x), exact).Should().BeGreaterThan(4 * Oracle.LogSumExpBound(exact, l, max), "each of 500 additions rounds up by 4e-14");

        x = RoundsUpAHundredThousandTimes;
        var p = new double[x.Length];
        plain.Softmax(x, p);
        var expected = ExactSoftmax.Value;
        Math.Abs(p[0] - expected[0].High).Should().BeGreaterThan(1.5 * Tolerance.Relative * expected[0].High, "the sum drifts by 1.9e-12 of itself");
    }

    [Theory, Implementations<ISoftmax>]
    public void LogSumExpMeetsTheBoundWhereAPlainRunningSumDoesNot(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        Laws.LogSumExpIsWithinTheBound(sut, RoundsUpAThousandTimes);
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxMeetsTheBoundWhereAPlainRunningSumDoesNot(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        Laws.SoftmaxIsWithinTheBound(sut, RoundsUpAHundredThousandTimes, ExactSoftmax.Value);
    }

    private static double[] Input(int length, double rest)
    {
        var x = Enumerable.Repeat(rest, length).ToArray();
        x[0] = 0;
        return x;
    }
}
