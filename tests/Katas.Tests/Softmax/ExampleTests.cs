using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

public sealed class ExampleTests
{
    private const double Inf = double.PositiveInfinity;
    private const double NegInf = double.NegativeInfinity;
    private const double NaN = double.NaN;

    // Expected values to 40 digits (mpmath, 60-digit arithmetic), checked against the contract's bound:
    // 2 ulps of the exact value plus 2 ulps of max(|m|, L).
    public static TheoryData<string, double[], string> LogSumExpExamples { get; } = new()
    {
        // The examples.
        { "issue: [1000, 1000] is 1000 + ln 2", [1000, 1000], "1000.693147180559945309417232121458176568" },
        { "issue: [0, -40] keeps the small term", [0, -40], "4.24835425529158899532923478285865801788e-18" },
        { "issue: 10 000 copies of 10 000 are 10 000 + ln 10 000", Enumerable.Repeat(10_000.0, 10_000).ToArray(), "10009.21034037197618273607196581873745683" },

        // SciPy's own tests (scipy/special/tests/test_logsumexp.py: test_logsumexp and test_gh18295).
        { "SciPy: arange(200) is log Σ eᵏ", Enumerable.Range(0, 200).Select(k => (double)k).ToArray(), "199.458675145387081891021643645067329701877" },
        { "SciPy: 1 000 copies of 10 000", Enumerable.Repeat(10_000.0, 1_000).ToArray(), "10006.90775527898213705205397436405309262" },
        { "SciPy: [1e10, 1e-10] is 1e10", [1e10, 1e-10], "1e10" },
        { "SciPy: [-1e10, -inf] is -1e10", [-1e10, NegInf], "-1e10" },
        { "SciPy gh-18295: [0, -40]", [0, -40], "4.24835425529158899532923478285865801788e-18" },

        // Edges.
        { "one value is itself", [3.5], "3.5" },
        { "-inf entries contribute nothing", [NegInf, 5, NegInf], "5" },
        { "the largest doubles do not overflow", [double.MaxValue, double.MaxValue], "1.797693134862315708145274237317043567981e308" },
        { "opposite extremes", [-double.MaxValue, double.MaxValue], "1.797693134862315708145274237317043567981e308" },
        { "the most negative double", [-double.MaxValue], "-1.797693134862315708145274237317043567981e308" },
        { "subnormal values", [double.Epsilon, 0], "0.6931471805599453094172321214581765680755" },
    };

    public static TheoryData<string, double[], double> LogSumExpSpecialValues { get; } = new()
    {
        { "no values", [], NegInf },
        { "SciPy: [inf]", [Inf], Inf },
        { "SciPy: [-inf]", [NegInf], NegInf },
        { "SciPy: [nan]", [NaN], NaN },
        { "SciPy: [-inf, -inf]", [NegInf, NegInf], NegInf },
        { "+inf with finite values", [1, Inf, -2], Inf },
        { "+inf with -inf", [NegInf, Inf], Inf },
        { "two +inf", [Inf, Inf], Inf },
        { "NaN beats +inf", [Inf, NaN], NaN },
        { "NaN beats +inf, NaN last", [1, Inf, 2, NaN], NaN },
        { "NaN among -inf", [NegInf, NaN, NegInf], NaN },
        { "NaN among finite values", [1, 2, NaN, 3], NaN },
    };

    // SciPy's test_softmax_fixtures and test_softmax_multi_axes (scipy/special/tests/test_logsumexp.py),
    // whose expected values SciPy computed with mpmath; then the and our edges.
    public static TheoryData<string, double[], double[]> SoftmaxExamples { get; } = new()
    {
        { "SciPy: [1000, 0, 0, 0]", [1000, 0, 0, 0], [1, 0, 0, 0] },
        { "SciPy: [1, 1]", [1, 1], [0.5, 0.5] },
        { "SciPy: [0, 1] is [1, e]/(1 + e)", [0, 1], [0.2689414213699951, 0.7310585786300049] },
        { "SciPy: arange(4)", [0, 1, 2, 3], [0.03205860328008499, 0.08714431874203256, 0.23688281808991013, 0.6439142598879722] },
        { "SciPy: arange(4) + 100", [100, 101, 102, 103], [0.03205860328008499, 0.08714431874203256, 0.23688281808991013, 0.6439142598879722] },
        { "SciPy: [-25, 0, 25, 50]", [-25, 0, 25, 50], [2.678636961770877e-33, 1.9287498479371314e-22, 1.3887943864771144e-11, 0.999999999986112] },
        { "SciPy: [1, 325, 749, 750]", [1, 325, 749, 750], [0.0, 1.9444526359919372e-185, 0.2689414213699951, 0.7310585786300048] },
        { "SciPy: [1000, 0]", [1000, 0], [1, 0] },
        { "issue: [1000, 1000] does not overflow", [1000, 1000], [0.5, 0.5] },
        { "one value", [-7.25], [1] },
        { "-inf gets 0", [NegInf, 0, NegInf], [0, 1, 0] },
        { "the largest doubles", [double.MaxValue, double.MaxValue], [0.5, 0.5] },
        { "opposite extremes", [-double.MaxValue, double.MaxValue], [0, 1] },
        { "+inf takes everything", [1, Inf, 2], [0, 1, 0] },
        { "two +inf share it", [Inf, 1e308, Inf], [0.5, 0, 0.5] },
        { "three +inf and -inf", [Inf, NegInf, Inf, Inf], [1.0 / 3, 0, 1.0 / 3, 1.0 / 3] },
        { "[+inf] alone", [Inf], [1] },
        { "NaN spoils everything", [1, NaN, 2], [NaN, NaN, NaN] },
        { "NaN beats +inf", [Inf, NaN], [NaN, NaN] },
        { "NaN among -inf", [NegInf, NaN], [NaN, NaN] },
    };

    [Theory, Implementations<ISoftmax>(Cases = nameof(LogSumExpExamples))]
    public void LogSumExpIsWithinTheBoundOfTheExactValue(string implementation, string example, double[] x, string exact)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        var actual = sut.LogSumExp(x);

        var expected = DoubleDouble.Parse(exact);
        var max = x.Max();
        var bound = Oracle.LogSumExpBound(expected, expected - max, max);
        Oracle.Error(actual, expected).Should().BeLessThanOrEqualTo(bound, "{0}: got {1:R}, exact {2}", example, actual, exact);
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(LogSumExpSpecialValues))]
    public void LogSumExpOfSpecialValues(string implementation, string example, double[] x, double expected)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        sut.LogSumExp(x).Should().Be(expected, example);
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(SoftmaxExamples))]
    public void SoftmaxIsWithin1e12OfTheExpectedValues(string implementation, string example, double[] x, double[] expected)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var destination = new double[x.Length];

        sut.Softmax(x, destination);

        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                destination[i].Should().Be(double.NaN, "{0}: entry {1}", example, i);
            }
            else
            {
                destination[i].Should().BeApproximately(expected[i], Tolerance.Softmax(expected[i]), "{0}: entry {1}", example, i);
            }
        }
    }

    [Theory, Implementations<ISoftmax>]
    public void SciPysMillionEqualTermsSumExactly(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        // SciPy's test_logsumexp: logsumexp of 10⁶ copies of log(1e-40) is log(10⁶·1e-40). Every term is
        // the same, so the exact value is x₀ + ln 10⁶ for the double x₀ nearest log(1e-40).
        const double X0 = -92.10340371976183;
        var actual = sut.LogSumExp(Enumerable.Repeat(X0, 1_000_000).ToArray());

        var exact = new DoubleDouble(X0, 0) + DoubleDouble.Parse("13.81551055796427410410794872810618524561");
        Oracle.Error(actual, exact).Should().BeLessThanOrEqualTo(Oracle.LogSumExpBound(exact, exact - X0, X0), "got {0:R}", actual);
    }
}
