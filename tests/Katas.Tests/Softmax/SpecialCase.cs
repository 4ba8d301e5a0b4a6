using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>An input of up to 3 000 values with a few NaN, +∞ and −∞ anywhere (or only −∞), and the answers the contract gives.</summary>
/// <param name="X">The values.</param>
public sealed record SpecialCase(double[] X)
{
    /// <summary>Long logits with zero to four special values at random places, or nothing but −∞.</summary>
    public static Arbitrary<SpecialCase> Any { get; } =
        Arb.From(
            Gen.Frequency(
                (9, from length in Gen.Choose(1, 3_000)
                    from values in SoftmaxCase.Uniform(50).ArrayOf(length)
                    from count in Gen.Choose(0, 4)
                    from specials in Gen.Zip(Gen.Choose(0, length - 1), Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)).ArrayOf(count)
                    select With(values, specials)),
                (1, Gen.Choose(1, 3_000).Select(length => Enumerable.Repeat(double.NegativeInfinity, length).ToArray())))
            .Select(x => new SpecialCase(x)),
            Shrink);

    /// <summary>Gets whether some value is NaN.</summary>
    public bool HasNaN => X.Any(double.IsNaN);

    /// <summary>Gets the number of +∞ values.</summary>
    public int Infinities => X.Count(double.IsPositiveInfinity);

    /// <summary>Gets whether every value is −∞.</summary>
    public bool OnlyNegativeInfinity => X.All(double.IsNegativeInfinity);

    /// <inheritdoc/>
    public override string ToString()
    {
        var specials = X.Select((v, i) => (v, i)).Where(p => !double.IsFinite(p.v)).Select(p => string.Create(CultureInfo.InvariantCulture, $"x[{p.i}] = {p.v}"));
        return $"{X.Length} values, {string.Join(", ", specials.Take(10))}{(specials.Count() > 10 ? ", …" : "")}; finite ones {Generators.Show(X.Where(double.IsFinite).ToArray(), 8)}";
    }

    private static double[] With(double[] values, IEnumerable<(int Position, double Value)> specials)
    {
        var x = (double[])values.Clone();
        foreach (var (position, value) in specials)
        {
            x[position] = value;
        }

        return x;
    }

    // Shorter around the special values, then finite values set to 0.
    private static IEnumerable<SpecialCase> Shrink(SpecialCase c)
    {
        var x = c.X;
        if (x.Length > 1)
        {
            yield return new(x[..(x.Length / 2)]);
            yield return new(x[(x.Length / 2)..]);
            yield return new(x[1..]);
            yield return new(x[..^1]);
        }

        var firstFinite = Array.FindIndex(x, v => double.IsFinite(v) && v != 0);
        if (firstFinite >= 0)
        {
            var simpler = (double[])x.Clone();
            simpler[firstFinite] = 0;
            yield return new(simpler);
        }
    }
}
