namespace Katas.Tests.RunningStatistics;

/// <summary>Inputs of ten million values, built once for the tests that share them (80 MB each).</summary>
internal static class LargeInputs
{
    public const int Count = 10_000_000;

    private static readonly Lazy<(double[] Values, ExactMoments Exact)> GaussianNearOffset = new(() =>
    {
        var values = Gaussian(Count, 1e6, 1, seed: 15);
        return (values, ExactMoments.Of(values));
    });

    private static readonly Lazy<(double[] Values, ExactMoments Exact)> SortedRampFarFromZero = new(() =>
    {
        // 10⁷ values 10¹² + i·2⁻¹⁰, in order: σ ≈ 2 800, |mean| / σ ≈ 3.5·10⁸, far beyond the contract.
        var values = Enumerable.Range(0, Count).Select(i => 1e12 + Math.ScaleB(i, -10)).ToArray();
        return (values, ExactMoments.Of(values));
    });

    /// <summary>Normal values, mean 10⁶, standard deviation 1, shuffled by nature: the benchmarks' hard case, |mean| / σ = 10⁶.</summary>
    public static (double[] Values, ExactMoments Exact) Gaussian1e6 => GaussianNearOffset.Value;

    /// <summary>A sorted ramp whose mean is 3.5·10⁸ times its spread: beyond the contract, for the most accurate reference.</summary>
    public static (double[] Values, ExactMoments Exact) Ramp => SortedRampFarFromZero.Value;

    /// <summary>Normal values (Box–Muller) from a fixed seed.</summary>
    public static double[] Gaussian(int count, double mean, double standardDeviation, int seed)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i += 2)
        {
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            values[i] = mean + (standardDeviation * radius * Math.Cos(angle));
            if (i + 1 < count)
            {
                values[i + 1] = mean + (standardDeviation * radius * Math.Sin(angle));
            }
        }

        return values;
    }
}
