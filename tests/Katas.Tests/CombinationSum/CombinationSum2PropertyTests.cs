using Katas.CombinationSum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

public sealed class CombinationSum2PropertyTests
{
    [Theory, Implementations<ICombinationSum2>]
    public void EveryCombinationSumsToTheTarget(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
        {
            foreach (var combination in sut.CombinationSum2(c.Candidates, c.Target))
            {
                combination.Sum(v => (long)v).Should().Be(c.Target, "{0} must sum to the target", Canon.Key(combination));
            }
        });
    }

    [Theory, Implementations<ICombinationSum2>]
    public void EveryCombinationUsesEachValueAtMostAsOftenAsItOccurs(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
        {
            var available = c.Candidates.CountBy(v => v).ToDictionary();
            foreach (var combination in sut.CombinationSum2(c.Candidates, c.Target))
            {
                foreach (var (value, used) in combination.CountBy(v => v))
                {
                    used.Should().BeLessThanOrEqualTo(available.GetValueOrDefault(value), "{0} uses {1}", Canon.Key(combination), value);
                }
            }
        });
    }

    [Theory, Implementations<ICombinationSum2>]
    public void EveryCombinationIsNonDecreasing(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
        {
            foreach (var combination in sut.CombinationSum2(c.Candidates, c.Target))
            {
                combination.Should().BeInAscendingOrder("{0} must be in non-decreasing order", Canon.Key(combination));
            }
        });
    }

    [Theory, Implementations<ICombinationSum2>]
    public void NoCombinationAppearsTwice(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
            Canon.Of(sut.CombinationSum2(c.Candidates, c.Target)).Should().OnlyHaveUniqueItems());
    }

    [Theory, Implementations<ICombinationSum2>]
    public void CountEqualsTheBoundedMultiplicityWays(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
            sut.CombinationSum2(c.Candidates, c.Target).Should().HaveCount((int)Oracle.BoundedMultiplicityWays(c.Candidates, c.Target)));
    }

    [Theory, Implementations<ICombinationSum2>]
    public void AgreesWithBruteForce(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEachSmall, c =>
            Canon.Of(sut.CombinationSum2(c.Candidates, c.Target)).Should()
                .Equal(Canon.Of(Oracle.OnceEachByBruteForce(c.Candidates, c.Target))));
    }

    [Theory, Implementations<ICombinationSum2>]
    public void ShufflingTheCandidatesChangesNothing(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(ShuffledCase.Of(CandidatesCase.OnceEach), input =>
            Canon.Of(sut.CombinationSum2(input.Permuted, input.Case.Target)).Should()
                .Equal(Canon.Of(sut.CombinationSum2(input.Case.Candidates, input.Case.Target))));
    }

    [Theory, Implementations<ICombinationSum2>]
    public void ComplementsAreTheCombinationsOfTheRest(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        // Taking a sub-multiset that makes T leaves one that makes Σ − T, and back: a bijection.
        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
        {
            var total = c.Candidates.Sum();
            if (c.Target > total)
            {
                sut.CombinationSum2(c.Candidates, c.Target).Should().BeEmpty("the target exceeds the sum of all candidates");
                return;
            }

            var complements = sut.CombinationSum2(c.Candidates, c.Target).Select(x => Complement(c.Candidates, x));

            Canon.Of(sut.CombinationSum2(c.Candidates, total - c.Target)).Should().Equal(Canon.Of(complements));
        });
    }

    [Theory, Implementations<ICombinationSum2>]
    public void ScalingCandidatesAndTargetScalesEveryCombination(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
        {
            const int Factor = 7;
            var scaled = sut.CombinationSum2(c.Candidates.Select(v => v * Factor).ToArray(), c.Target * Factor);

            Canon.Of(scaled).Should().Equal(Canon.Of(sut.CombinationSum2(c.Candidates, c.Target).Select(x => x.Select(v => v * Factor).ToArray())));
        });
    }

    [Theory, Implementations<ICombinationSum2>]
    public void InputIsNotModified(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(CandidatesCase.OnceEach, c =>
        {
            var before = (int[])c.Candidates.Clone();
            _ = sut.CombinationSum2(c.Candidates, c.Target);
            c.Candidates.Should().Equal(before, "the candidates must not be modified");
        });
    }

    // The candidates minus the combination, as multisets, sorted.
    private static int[] Complement(int[] candidates, int[] combination)
    {
        var rest = candidates.Order().ToList();
        foreach (var value in combination)
        {
            rest.Remove(value).Should().BeTrue("{0} is not within the candidates", Canon.Key(combination));
        }

        return [.. rest];
    }
}
