namespace Katas.Benchmarks.Infrastructure;

/// <summary>Fixed-seed input arrays, so every run and every implementation sees the same data.</summary>
public static class InputData
{
    /// <summary>The seed every benchmark uses unless it has a reason not to.</summary>
    public const int Seed = 20261124;

    /// <summary>Uniformly random values in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public static int[] Uniform(int length, int min = int.MinValue, int max = int.MaxValue, int seed = Seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);

        var random = new Random(seed);
        var values = new int[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (int)random.NextInt64(min, (long)max + 1);
        }

        return values;
    }

    /// <summary>Normally distributed doubles (Box–Muller) with the given mean and standard deviation.</summary>
    public static double[] Normal(int length, double mean = 0, double standardDeviation = 1, int seed = Seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);

        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < values.Length; i += 2)
        {
            var radius = standardDeviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            values[i] = mean + (radius * Math.Cos(angle));
            if (i + 1 < values.Length)
            {
                values[i + 1] = mean + (radius * Math.Sin(angle));
            }
        }

        return values;
    }

    /// <summary>Uniformly random doubles in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public static double[] UniformDoubles(int length, double min, double max, int seed = Seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);

        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = min + (random.NextDouble() * (max - min));
        }

        return values;
    }

    /// <summary>0, 1, 2, …: strictly increasing.</summary>
    public static int[] Increasing(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);

        var values = new int[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i;
        }

        return values;
    }

    /// <summary>length − 1, …, 1, 0: strictly decreasing.</summary>
    public static int[] Decreasing(int length)
    {
        var values = Increasing(length);
        Array.Reverse(values);
        return values;
    }
}
