using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>A large fixed input and its exact answers, each computed on first use and then shared.</summary>
internal sealed class LargeInput
{
    private const int N = 1_000_000;

    private readonly Lazy<double[]> _x;
    private readonly Lazy<(DoubleDouble Value, DoubleDouble L, double Max)> _logSumExp;
    private readonly Lazy<DoubleDouble[]> _softmax;

    private LargeInput(Func<double[]> create)
    {
        _x = new(create);
        var terms = new Lazy<(double Max, DoubleDouble[] Terms)>(() => Oracle.Terms(X));
        _logSumExp = new(() => Oracle.LogSumExp(terms.Value.Max, Oracle.Sum(terms.Value.Terms)));
        _softmax = new(() => Oracle.Normalise((DoubleDouble[])terms.Value.Terms.Clone()));
    }

    /// <summary>Gets the inputs of a million values by name.</summary>
    public static IReadOnlyDictionary<string, LargeInput> All { get; } = new Dictionary<string, LargeInput>
    {
        // Uniform logits in [−10, 10], multiples of 1/256 (so that the oracle computes 5 121 exponentials,
        // not a million): a model's output layer.
        ["logits"] = new(() => Uniform(N, 10, seed: 1)),

        // The same with eight outliers from 50 to 400, in increasing order, so that the running maximum
        // grows eight times across the input (the benchmark's second shape).
        ["outliers"] = new(() => WithOutliers(Uniform(N, 10, seed: 2))),

        // Every term but the first is 1 − 3e-12: a plain running sum's additions all round one way.
        ["rounds one way"] = new(() => [0, .. Enumerable.Repeat(-3e-12, N - 1)]),
    };

    /// <summary>Gets the values. Do not modify them: the exact answers are cached.</summary>
    public double[] X => _x.Value;

    /// <summary>Gets the exact log-sum-exp, its L and the maximum.</summary>
    public (DoubleDouble Value, DoubleDouble L, double Max) ExactLogSumExp => _logSumExp.Value;

    /// <summary>Gets the exact softmax.</summary>
    public DoubleDouble[] ExactSoftmax => _softmax.Value;

    private static double[] Uniform(int length, int scale, int seed)
    {
        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = random.Next(-256 * scale, (256 * scale) + 1) / 256.0;
        }

        return values;
    }

    private static double[] WithOutliers(double[] values)
    {
        for (var k = 1; k <= 8; k++)
        {
            values[(long)values.Length * k / 9] = 50 * k;
        }

        return values;
    }
}
