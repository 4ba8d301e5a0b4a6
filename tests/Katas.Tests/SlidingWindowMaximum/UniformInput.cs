namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>The long inputs of the path tests: values uniform over the whole <see cref="int"/> range, seeded by the length.</summary>
internal static class UniformInput
{
    /// <summary>Returns <paramref name="length"/> values from <c>new Random(length)</c>, the same for the same length.</summary>
    public static int[] Of(int length)
    {
        var random = new Random(length);
        var values = new int[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(int.MinValue, int.MaxValue);
        }

        return values;
    }
}
