using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.Infrastructure;

/// <summary>Value and array generators shared by every kata's properties.</summary>
public static class Generators
{
    private static readonly int[] Extremes = [int.MinValue, int.MinValue + 1, -1, 0, 1, int.MaxValue - 1, int.MaxValue];

    /// <summary>Values in [−<paramref name="range"/>, <paramref name="range"/>]: a narrow range, so ties are common.</summary>
    public static Gen<int> SmallRange(int range = 4) => Gen.Choose(-range, range);

    /// <summary>Any <see cref="int"/>, with the extremes and their neighbours over-represented.</summary>
    public static Gen<int> FullRange { get; } = Gen.Frequency(
        (6, Gen.Choose(int.MinValue, int.MaxValue)),
        (1, Gen.Elements(Extremes)));

    /// <summary>
    /// Values made by <paramref name="make"/> from a <see cref="System.Random"/> with a generated seed: for inputs
    /// of many thousands of values, which FsCheck would build element by element, many times slower (a
    /// learner's check waits for them). The seed is part of the case, so a failure still replays.
    /// </summary>
    public static Gen<T> FromSeed<T>(Func<Random, T> make)
    {
        ArgumentNullException.ThrowIfNull(make);

        return Gen.Choose(0, int.MaxValue).Select(seed => make(new Random(seed)));
    }

    /// <summary>A value drawn from <paramref name="random"/> as <see cref="FullRange"/> draws them: one in seven from the extremes and their neighbours.</summary>
    public static int FullRangeValue(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);

        return random.Next(7) == 0 ? Extremes[random.Next(Extremes.Length)] : (int)random.NextInt64(int.MinValue, (long)int.MaxValue + 1);
    }

    /// <summary>Arrays whose length is drawn from [<paramref name="minLength"/>, <paramref name="maxLength"/>].</summary>
    public static Gen<int[]> ArrayOf(Gen<int> values, int minLength, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(minLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, minLength);

        return Gen.Choose(minLength, maxLength).SelectMany(n => values.ArrayOf(n));
    }

    /// <summary>Arrays whose length grows with FsCheck's size parameter, from <paramref name="minLength"/> up.</summary>
    public static Gen<int[]> SizedArrayOf(Gen<int> values, int minLength = 0) =>
        Gen.Sized(size => ArrayOf(values, minLength, minLength + size));

    /// <summary>
    /// Simpler arrays for shrinking: without the first or last element (not below
    /// <paramref name="minLength"/>), then with one value moved towards zero.
    /// </summary>
    public static IEnumerable<int[]> ShrinkArray(int[] values, int minLength = 0)
    {
        ArgumentNullException.ThrowIfNull(values);

        if (values.Length > minLength)
        {
            yield return values[1..];
            yield return values[..^1];
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                var simpler = (int[])values.Clone();
                simpler[i] /= 2;
                yield return simpler;
            }
        }
    }

    /// <summary>Formats values for counterexamples and failure messages: <c>[1, -2, 3]</c>, with long arrays elided.</summary>
    public static string Show<TValue>(IReadOnlyList<TValue> values, int limit = 40)
    {
        ArgumentNullException.ThrowIfNull(values);

        var shown = string.Join(", ", values.Take(limit));
        return values.Count > limit ? $"[{shown}, … ({values.Count} values)]" : $"[{shown}]";
    }
}
