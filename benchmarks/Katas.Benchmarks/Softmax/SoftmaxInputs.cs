using Katas.Benchmarks.Infrastructure;

namespace Katas.Benchmarks.Softmax;

/// <summary>The fixed-seed inputs, and the definitions every result is checked against before anything is timed.</summary>
public static class SoftmaxInputs
{
    /// <summary>Creates the input of <paramref name="n"/> values.</summary>
    public static double[] Create(int n, SoftmaxInput input)
    {
        var x = InputData.UniformDoubles(n, -10, 10);
        if (input == SoftmaxInput.Outliers)
        {
            for (var k = 1; k <= 8; k++)
            {
                x[(long)n * k / 9] = 50 * k;
            }
        }

        return x;
    }

    /// <summary>
    /// The definition of softmax, written here independently of the solutions: the maximum subtracted,
    /// <see cref="Math.Exp"/>, a compensated sum, the division. Within 1e-15 of the exact values.
    /// </summary>
    public static double[] Softmax(double[] x)
    {
        var max = x.Max();
        var p = x.Select(v => Math.Exp(v - max)).ToArray();
        var sum = CompensatedSum(p);
        return p.Select(v => v / sum).ToArray();
    }

    /// <summary>The definition of log-sum-exp: m + log1p(Σ over the others of exp(xᵢ − m)), compensated; within 2 ulps of the exact value.</summary>
    public static (double Value, double Max, double L) LogSumExp(double[] x)
    {
        var max = x.Max();
        var top = Array.IndexOf(x, max);
        var others = CompensatedSum(x.Where((_, i) => i != top).Select(v => Math.Exp(v - max)).ToArray());
        var u = 1 + others;
        var l = Math.Log(u) + ((others - (u - 1)) / u);
        return (max + l, max, l);
    }

    /// <summary>Throws unless every output is within 2e-12 relative (or 2e-300 absolute) of the definition: the contract's 1e-12, doubled for the definition's own rounding.</summary>
    public static void CheckSoftmax(string implementation, double[] actual, double[] expected)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (!(Math.Abs(actual[i] - expected[i]) <= Math.Max(2e-12 * expected[i], 2e-300)))
            {
                throw new InvalidOperationException(
                    $"{implementation} is wrong at n = {expected.Length}: output {i} is {actual[i]:R}, the definition gives {expected[i]:R}.");
            }
        }
    }

    /// <summary>Throws unless the result is within twice the contract's bound (the definition's own error is up to half of it).</summary>
    public static void CheckLogSumExp(string implementation, double actual, (double Value, double Max, double L) expected)
    {
        var bound = 4 * (Ulp(expected.Value) + Ulp(Math.Max(Math.Abs(expected.Max), expected.L)));
        if (!(Math.Abs(actual - expected.Value) <= bound))
        {
            throw new InvalidOperationException(
                $"{implementation} is wrong: log-sum-exp is {actual:R}, the definition gives {expected.Value:R} (allowed ±{bound:R}).");
        }
    }

    private static double Ulp(double value) => Math.BitIncrement(Math.Abs(value)) - Math.Abs(value);

    private static double CompensatedSum(double[] values)
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
