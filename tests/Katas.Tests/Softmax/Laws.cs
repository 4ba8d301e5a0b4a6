using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>The accuracy laws of the contract, shared by the properties and the large-input tests.</summary>
internal static class Laws
{
    /// <summary>Log-sum-exp is within 2 ulps of the exact value plus 2 ulps of max(|m|, L).</summary>
    public static void LogSumExpIsWithinTheBound(ISoftmax sut, double[] x) => LogSumExpIsWithinTheBound(x, sut.LogSumExp(x));

    /// <summary>As <see cref="LogSumExpIsWithinTheBound(ISoftmax, double[])"/>, for a result already computed.</summary>
    public static void LogSumExpIsWithinTheBound(double[] x, double actual)
    {
        var (exact, l, max) = Oracle.LogSumExp(x);
        var bound = Oracle.LogSumExpBound(exact, l, max);
        var error = Oracle.Error(actual, exact);
        error.Should().BeLessThanOrEqualTo(bound, "log-sum-exp {0:R} is {1:F2} ulps from the exact {2}", actual, error / Oracle.Ulp(exact), exact);
    }

    /// <summary>Each softmax output is within 1e-12 relative (or 1e-300 absolute) of the exact value.</summary>
    public static void SoftmaxIsWithinTheBound(ISoftmax sut, double[] x) => SoftmaxIsWithinTheBound(sut, x, Oracle.Softmax(x));

    /// <summary>As <see cref="SoftmaxIsWithinTheBound(ISoftmax, double[])"/>, with the exact values already computed.</summary>
    public static void SoftmaxIsWithinTheBound(ISoftmax sut, double[] x, DoubleDouble[] exact)
    {
        var actual = new double[x.Length];
        sut.Softmax(x, actual);
        SoftmaxIsWithinTheBound(actual, exact);
    }

    /// <summary>As <see cref="SoftmaxIsWithinTheBound(ISoftmax, double[])"/>, for outputs already computed.</summary>
    public static void SoftmaxIsWithinTheBound(ReadOnlySpan<double> actual, DoubleDouble[] exact)
    {
        for (var i = 0; i < actual.Length; i++)
        {
            // Asserted only when it fails: a million assertions that pass would take seconds.
            var expected = exact[i].High;
            if (!(Math.Abs(actual[i] - expected) <= Tolerance.Softmax(expected)))
            {
                actual[i].Should().BeApproximately(expected, Tolerance.Softmax(expected), "entry {0} of {1}", i, actual.Length);
            }
        }
    }

    /// <summary>Σ values with Neumaier's compensation: within a few ulps of the exact sum of a million values, where a plain sum drifts.</summary>
    public static double CompensatedSum(ReadOnlySpan<double> values)
    {
        double sum = 0, compensation = 0;
        foreach (var value in values)
        {
            var total = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - total) + value : (value - total) + sum;
            sum = total;
        }

        return sum + compensation;
    }
}
