using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.Softmax;

/// <summary>A valid input and a permutation of its positions.</summary>
/// <param name="Case">The input.</param>
/// <param name="Permutation">Where each value goes: value i moves to position Permutation[i].</param>
public sealed record PermutedCase(SoftmaxCase Case, int[] Permutation)
{
    /// <summary>Any input, any permutation (a shuffle drawn from the generator's seed).</summary>
    public static Arbitrary<PermutedCase> Any { get; } =
        (from c in SoftmaxCase.Any.Generator
         from seed in Gen.Choose(0, int.MaxValue)
         select new PermutedCase(c, Shuffle(c.Length, seed))).ToArbitrary();

    /// <summary>Gets the permuted values.</summary>
    public double[] Permuted
    {
        get
        {
            var permuted = new double[Case.Length];
            for (var i = 0; i < permuted.Length; i++)
            {
                permuted[Permutation[i]] = Case.X[i];
            }

            return permuted;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Case}, permutation = {Infrastructure.Generators.Show(Permutation)}";

    private static int[] Shuffle(int length, int seed)
    {
        var positions = Enumerable.Range(0, length).ToArray();
        new Random(seed).Shuffle(positions);
        return positions;
    }
}
