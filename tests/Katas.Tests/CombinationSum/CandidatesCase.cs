using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

/// <summary>A valid input: positive candidates (repeats allowed) and a target of 0 or more.</summary>
/// <remarks>
/// The sizes keep every answer small (a few hundred combinations at most) so that each property runs
/// in milliseconds, even for the textbook solution and the brute-force oracles. Half the targets are
/// the sum of some of the candidates, so most cases have an answer.
/// </remarks>
public sealed record CandidatesCase(int[] Candidates, int Target)
{
    /// <summary>For I: up to 6 candidates in 1..20, target up to 24.</summary>
    public static Arbitrary<CandidatesCase> Unlimited { get; } = From(maxCount: 6, maxValue: 20, maxTarget: 24);

    /// <summary>For I against brute force: up to 5 candidates in 1..10, target up to 14 (at most 7 200 multiplicity vectors).</summary>
    public static Arbitrary<CandidatesCase> UnlimitedSmall { get; } = From(maxCount: 5, maxValue: 10, maxTarget: 14);

    /// <summary>For II: up to 14 candidates in 1..8 (so many repeats), target up to 30.</summary>
    public static Arbitrary<CandidatesCase> OnceEach { get; } = From(maxCount: 14, maxValue: 8, maxTarget: 30);

    /// <summary>For II against brute force: up to 12 candidates in 1..8 (at most 4 096 subsets), target up to 30.</summary>
    public static Arbitrary<CandidatesCase> OnceEachSmall { get; } = From(maxCount: 12, maxValue: 8, maxTarget: 30);

    /// <inheritdoc/>
    public override string ToString() => $"candidates = {Generators.Show(Candidates)}, target = {Target}";

    private static Arbitrary<CandidatesCase> From(int maxCount, int maxValue, int maxTarget) =>
        Arb.From(
            Generators.ArrayOf(Gen.Choose(1, maxValue), 0, maxCount).SelectMany(candidates =>
                Gen.OneOf(
                        Gen.Choose(0, maxTarget),
                        Gen.SubListOf(candidates).Select(chosen => Math.Min(chosen.Sum(), maxTarget)))
                    .Select(target => new CandidatesCase(candidates, target))),
            Shrink);

    // Simpler cases stay valid: fewer candidates, smaller (still positive) values, a smaller target.
    private static IEnumerable<CandidatesCase> Shrink(CandidatesCase c)
    {
        if (c.Target > 0)
        {
            yield return c with { Target = c.Target / 2 };
            yield return c with { Target = c.Target - 1 };
        }

        for (var i = 0; i < c.Candidates.Length; i++)
        {
            yield return c with { Candidates = [.. c.Candidates[..i], .. c.Candidates[(i + 1)..]] };
        }

        for (var i = 0; i < c.Candidates.Length; i++)
        {
            if (c.Candidates[i] > 1)
            {
                var simpler = (int[])c.Candidates.Clone();
                simpler[i] /= 2;
                yield return c with { Candidates = simpler };
            }
        }
    }
}
