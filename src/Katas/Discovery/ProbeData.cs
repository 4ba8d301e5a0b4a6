namespace Katas.Discovery;

/// <summary>Inputs for scaling probes from fixed seeds, so every run measures the same values.</summary>
public static class ProbeData
{
    /// <summary>Returns <paramref name="length"/> values uniform over <paramref name="min"/>..<paramref name="max"/> (both included).</summary>
    /// <param name="length">How many values.</param>
    /// <param name="seed">The seed: the same seed gives the same values.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    public static int[] Ints(int length, int seed, int min = int.MinValue, int max = int.MaxValue)
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

    /// <summary>Returns <paramref name="length"/> doubles uniform over [<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="length">How many values.</param>
    /// <param name="seed">The seed: the same seed gives the same values.</param>
    /// <param name="min">The smallest value, finite.</param>
    /// <param name="max">The bound the values stay below, finite and above <paramref name="min"/>.</param>
    public static double[] Doubles(int length, int seed, double min = 0, double max = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (!double.IsFinite(min))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "The smallest value must be finite.");
        }

        if (!double.IsFinite(max - min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "The bound must be finite, and so must its distance from the smallest value.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, min);

        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < values.Length; i++)
        {
            // min + u·(max − min) can round up to max itself: keep the bound exclusive as documented.
            values[i] = Math.Min(min + (random.NextDouble() * (max - min)), Math.BitDecrement(max));
        }

        return values;
    }
}
