using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

/// <summary>A valid input and a permutation of its candidates.</summary>
public sealed record ShuffledCase(CandidatesCase Case, int[] Permuted)
{
    /// <summary>Each case of <paramref name="cases"/> with a random permutation of its candidates.</summary>
    public static Arbitrary<ShuffledCase> Of(Arbitrary<CandidatesCase> cases) =>
        cases.Generator
            .SelectMany(c => Gen.Shuffle(c.Candidates).Select(permuted => new ShuffledCase(c, permuted)))
            .ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() => $"{Case}, permuted = {Generators.Show(Permuted)}";
}
