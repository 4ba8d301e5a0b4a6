using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// A valid input for both operations: at least one value, every value finite or −∞, at least one
/// finite (the inputs on which the accuracy bounds apply; NaN and +∞ have their own example tests).
/// </summary>
/// <param name="X">The values.</param>
public sealed record SoftmaxCase(double[] X)
{
    /// <summary>Logits: uniform in [−s, s] for a scale s from 1 to 10⁶ chosen per case, up to 300 values.</summary>
    public static Gen<double[]> Logits { get; } =
        Gen.Elements(1.0, 10.0, 100.0, 1_000.0, 1e6).SelectMany(scale => Sized(Uniform(scale)));

    /// <summary>Small integers in [−3, 3]: ties, and ties for the maximum, everywhere.</summary>
    public static Gen<double[]> Ties { get; } = Sized(Gen.Choose(-3, 3).Select(k => (double)k));

    /// <summary>
    /// One value and the others 30 to 745 below it: every other term is below 1e-13 of the largest,
    /// so log-sum-exp is m + a tiny L (the log1p regime) and most of softmax underflows or nearly does.
    /// </summary>
    public static Gen<double[]> TinyTerms { get; } =
        from top in Uniform(100)
        from gaps in Sized(Gen.Choose(30_000, 745_000).Select(k => k / 1_000.0))
        from position in Gen.Choose(0, gaps.Length - 1)
        select gaps.Select((gap, i) => i == position ? top : top - gap).ToArray();

    /// <summary>Magnitudes from 1e-300 to 1e300, either sign: differences that overflow, and terms that all underflow but the largest.</summary>
    public static Gen<double[]> Wide { get; } =
        Sized(from exponent in Gen.Choose(-300, 300)
              from mantissa in Uniform(1)
              select mantissa * Math.Pow(10, exponent));

    /// <summary>Logits with some entries −∞ (never all).</summary>
    public static Gen<double[]> WithNegativeInfinity { get; } =
        from values in Logits
        from mask in Gen.Choose(0, 3).ArrayOf(values.Length)
        let keep = Array.IndexOf(values, values.Max())
        select values.Select((v, i) => mask[i] == 0 && i != keep ? double.NegativeInfinity : v).ToArray();

    /// <summary>Up to 5 000 logits: several blocks of the blocked solution, and every vector tail.</summary>
    public static Gen<double[]> Long { get; } =
        from scale in Gen.Elements(1.0, 30.0, 700.0)
        from length in Gen.Choose(1, 5_000)
        from values in Uniform(scale).ArrayOf(length)
        select values;

    /// <summary>Any of the short families above.</summary>
    public static Arbitrary<SoftmaxCase> Any { get; } =
        From(Gen.Frequency((4, Logits), (2, Ties), (2, TinyTerms), (1, Wide), (1, WithNegativeInfinity)));

    /// <summary>Long inputs only.</summary>
    public static Arbitrary<SoftmaxCase> LongInputs { get; } = From(Long);

    /// <summary>Logits only: moderate values, for the laws that add a constant.</summary>
    public static Arbitrary<SoftmaxCase> ModerateLogits { get; } = From(Gen.Elements(1.0, 10.0, 100.0).SelectMany(scale => Sized(Uniform(scale))));

    /// <summary>Two logits, at any scale: shrinks keep both.</summary>
    public static Arbitrary<SoftmaxCase> Pairs { get; } =
        Arb.From(
            Gen.Elements(1.0, 10.0, 1_000.0, 1e6).SelectMany(scale => Uniform(scale).Two()).Select(p => new SoftmaxCase([p.Item1, p.Item2])),
            c => Shrink(c).Where(s => s.Length == 2));

    /// <summary>Gets the number of values.</summary>
    public int Length => X.Length;

    /// <summary>Uniform doubles in [−<paramref name="scale"/>, <paramref name="scale"/>], with all 53 bits random.</summary>
    public static Gen<double> Uniform(double scale) =>
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(0, int.MaxValue)
        select (high + (low / 2147483648.0)) / 2147483648.0 * scale;

    /// <inheritdoc/>
    public override string ToString() =>
        $"x = {Generators.Show(X.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray())} ({X.Length} values)";

    /// <summary>An arbitrary of cases from <paramref name="values"/>, with the shrinker.</summary>
    public static Arbitrary<SoftmaxCase> From(Gen<double[]> values) =>
        Arb.From(values.Select(x => new SoftmaxCase(x)), Shrink);

    private static Gen<double[]> Sized(Gen<double> values) =>
        Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(size, 300)) + 1).SelectMany(n => values.ArrayOf(n)));

    // Shorter (never empty, never without a finite value), then with values rounded to integers.
    private static IEnumerable<SoftmaxCase> Shrink(SoftmaxCase c)
    {
        var x = c.X;
        foreach (var shorter in new[] { x[1..], x[..^1], x[..(x.Length / 2)], x[(x.Length / 2)..] })
        {
            if (shorter.Length > 0 && shorter.Any(double.IsFinite))
            {
                yield return new(shorter);
            }
        }

        for (var i = 0; i < x.Length; i++)
        {
            var rounded = Math.Round(x[i]);
            if (double.IsFinite(x[i]) && rounded != x[i])
            {
                var simpler = (double[])x.Clone();
                simpler[i] = rounded;
                yield return new(simpler);
            }
        }
    }
}
