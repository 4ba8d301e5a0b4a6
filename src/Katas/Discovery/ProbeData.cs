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
}
