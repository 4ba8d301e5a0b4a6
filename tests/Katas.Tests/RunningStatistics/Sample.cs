using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.RunningStatistics;

/// <summary>
/// Generated values of one shape, drawn from a seeded <see cref="System.Random"/> (FsCheck picks the seed and
/// the length, so a failure replays exactly) and shrunk by dropping values.
/// </summary>
/// <param name="Shape">What the values look like, for the failure message.</param>
/// <param name="Values">The values.</param>
public sealed record Sample(string Shape, double[] Values)
{
    private const double MaxRatio = 9e5;

    // The shapes the contract is promised for (the constant one aside: it has its own law).
    private static (string Name, Func<Random, int, string, Sample> Make)[] Shapes { get; } =
    [
        ("small integers", (r, n, s) => new(s, SmallIntegerValues(r, n))),
        ("huge offset", (r, n, s) => new(s, Offset(r, n, Math.Log10(MaxRatio)))),
        ("mixed magnitudes", (r, n, s) => new(s, MixedMagnitudeValues(r, n))),
        ("mean near zero", (r, n, s) => new(s, MeanNearZeroValues(r, n))),
        ("alternating signs", (r, n, s) => new(s, AlternatingValues(r, n))),
    ];

    /// <summary>Integers from −10 to 10: ties, exact sums.</summary>
    public static Arbitrary<Sample> SmallIntegers { get; } = From("small integers", SmallIntegerValues);

    /// <summary>A spread of 10⁻²⁰ to 10²⁰ on top of an offset up to 9·10⁵ times the spread: the lesson's hard case.</summary>
    public static Arbitrary<Sample> HugeOffsets { get; } = From("huge offset", (random, n) => Offset(random, n, Math.Log10(MaxRatio)));

    /// <summary>Magnitudes from 10⁻⁴⁰ to 10⁴⁰ in one sample, either sign, some zeros.</summary>
    public static Arbitrary<Sample> MixedMagnitudes { get; } = From("mixed magnitudes", MixedMagnitudeValues);

    /// <summary>Values and their negations (plus perhaps one small value): a mean near 0 beside a large spread.</summary>
    public static Arbitrary<Sample> MeansNearZero { get; } = From("mean near zero", MeanNearZeroValues);

    /// <summary>±(a + small noise), alternating: large cancelling values.</summary>
    public static Arbitrary<Sample> AlternatingSigns { get; } = From("alternating signs", AlternatingValues);

    /// <summary>One value, n times, from 0 to 10⁵⁰ in magnitude.</summary>
    public static Arbitrary<Sample> Constant { get; } = From("constant", ConstantValues);

    /// <summary>Any of the shapes above, the constant one included.</summary>
    public static Arbitrary<Sample> Any { get; } = Arb.From(
        Gen.OneOf(SmallIntegers.Generator, HugeOffsets.Generator, MixedMagnitudes.Generator, MeansNearZero.Generator, AlternatingSigns.Generator, Constant.Generator),
        Shrink);

    /// <summary>Up to 10⁵ values (the contract's limit) of any of the shapes above but the constant one.</summary>
    public static Arbitrary<Sample> Long { get; } = Arb.From(
        Gen.Choose(1, Accuracy.MaxCount).SelectMany(n => Gen.Choose(0, Shapes.Length - 1).SelectMany(shape =>
            Gen.Choose(0, int.MaxValue).Select(seed => Shapes[shape].Make(new Random(seed), n, Shapes[shape].Name)))),
        Shrink);

    /// <summary>Any ratio of mean to spread, up to 10¹⁶: offsets only the most accurate reference is held to.</summary>
    public static Arbitrary<Sample> AnyOffset { get; } = From("any offset", (random, n) => Offset(random, n, 16));

    /// <summary>An offset c and values c + k·ulp(c), k from 0 to 3: spreads of a few units in the last place.</summary>
    public static Arbitrary<Sample> UlpSteps { get; } = From("ulp steps", UlpStepValues);

    /// <summary>Any shape, values sorted ascending or descending: the order that lines up the running mean's rounding errors.</summary>
    public static Arbitrary<Sample> Sorted { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(1, 2 + (3 * size))).SelectMany(n => Gen.Choose(0, Shapes.Length - 1).SelectMany(shape =>
            Gen.Choose(0, int.MaxValue).Select(seed => SortedSample(Shapes[shape].Make(new Random(seed), n, Shapes[shape].Name), seed)))),
        Shrink);

    /// <inheritdoc/>
    public override string ToString() => $"{Shape}, n = {Values.Length}: {Show(Values)}";

    /// <summary>Formats doubles so that they read back exactly: <c>[0.1, -3E+20, …]</c>, long arrays elided.</summary>
    public static string Show(IReadOnlyList<double> values, int limit = 12)
    {
        var shown = string.Join(", ", values.Take(limit).Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
        return values.Count > limit ? $"[{shown}, … ({values.Count} values)]" : $"[{shown}]";
    }

    /// <summary>Simpler samples of the same shape: halves, then without the first or the last value.</summary>
    public static IEnumerable<Sample> Shrink(Sample sample)
    {
        var values = sample.Values;
        if (values.Length <= 1)
        {
            yield break;
        }

        if (values.Length >= 4)
        {
            yield return sample with { Values = values[..(values.Length / 2)] };
            yield return sample with { Values = values[(values.Length / 2)..] };
        }

        yield return sample with { Values = values[1..] };
        yield return sample with { Values = values[..^1] };
    }

    internal static Arbitrary<Sample> From(string shape, Func<Random, int, double[]> make) => Arb.From(
        Gen.Sized(size => Gen.Choose(1, 2 + (3 * size))).SelectMany(n =>
            Gen.Choose(0, int.MaxValue).Select(seed => new Sample(shape, make(new Random(seed), n)))),
        Shrink);

    private static double Uniform(Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    private static double[] SmallIntegerValues(Random random, int n) =>
        Enumerable.Range(0, n).Select(_ => (double)random.Next(-10, 11)).ToArray();

    // Noise of some scale (continuous, or small integers), then an offset that puts the mean at up to
    // 10^maxLog10Ratio times the noise's own standard deviation, so the ratio is known by construction.
    private static double[] Offset(Random random, int n, double maxLog10Ratio)
    {
        var scale = Math.Pow(10, Uniform(random, -20, 20));
        var integers = random.Next(3) == 0;
        var noise = Enumerable.Range(0, n)
            .Select(_ => integers ? random.Next(-5, 6) * scale : Uniform(random, -1, 1) * scale)
            .ToArray();
        var mean = noise.Average();
        var sigma = Math.Sqrt(noise.Sum(x => (x - mean) * (x - mean)) / n);
        var target = (random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, Uniform(random, 0, maxLog10Ratio)) * sigma;
        var offset = target - mean;
        return noise.Select(x => offset + x).ToArray();
    }

    private static double[] MixedMagnitudeValues(Random random, int n) =>
        Enumerable.Range(0, n)
            .Select(_ => random.Next(10) == 0 ? 0 : (random.Next(2) == 0 ? -1 : 1) * Uniform(random, 1, 10) * Math.Pow(10, random.Next(-40, 41)))
            .ToArray();

    private static double[] MeanNearZeroValues(Random random, int n)
    {
        var scale = Math.Pow(10, Uniform(random, -30, 30));
        var values = new double[n];
        for (var i = 0; i + 1 < n; i += 2)
        {
            values[i] = Uniform(random, -1, 1) * scale;
            values[i + 1] = -values[i];
        }

        if (n % 2 == 1)
        {
            values[^1] = Uniform(random, -1, 1) * scale * 1e-3;
        }

        random.Shuffle(values);
        return values;
    }

    private static double[] AlternatingValues(Random random, int n)
    {
        var size = Math.Pow(10, Uniform(random, -20, 20));
        var noise = size * Math.Pow(10, Uniform(random, -8, 0));
        return Enumerable.Range(0, n).Select(i => (i % 2 == 0 ? 1 : -1) * (size + (Uniform(random, 0, 1) * noise))).ToArray();
    }

    private static double[] ConstantValues(Random random, int n)
    {
        var value = random.Next(8) == 0 ? 0 : (random.Next(2) == 0 ? -1 : 1) * Uniform(random, 1, 10) * Math.Pow(10, random.Next(-50, 51));
        return Enumerable.Repeat(value, n).ToArray();
    }

    private static double[] UlpStepValues(Random random, int n)
    {
        var offset = (random.Next(2) == 0 ? -1 : 1) * Uniform(random, 1, 10) * Math.Pow(10, random.Next(-30, 31));
        var ulp = Math.BitIncrement(Math.Abs(offset)) - Math.Abs(offset);
        return Enumerable.Range(0, n).Select(_ => offset + (random.Next(4) * ulp)).ToArray();
    }

    private static Sample SortedSample(Sample sample, int seed)
    {
        var values = sample.Values.Order().ToArray();
        if (seed % 2 == 1)
        {
            Array.Reverse(values);
        }

        return new Sample($"{sample.Shape}, sorted", values);
    }
}
