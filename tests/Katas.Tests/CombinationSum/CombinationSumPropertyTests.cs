using Katas.CombinationSum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

public sealed class CombinationSumPropertyTests
{
    [Theory, Implementations<ICombinationSum>]
    public void EveryCombinationSumsToTheTarget(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            foreach (var combination in sut.CombinationSum(c.Candidates, c.Target))
            {
                combination.Sum(v => (long)v).Should().Be(c.Target, "{0} must sum to the target", Canon.Key(combination));
            }
        });
    }

    [Theory, Implementations<ICombinationSum>]
    public void EveryCombinationUsesOnlyCandidates(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            foreach (var combination in sut.CombinationSum(c.Candidates, c.Target))
            {
                combination.Should().BeSubsetOf(c.Candidates, "{0} may only hold candidates", Canon.Key(combination));
            }
        });
    }

    [Theory, Implementations<ICombinationSum>]
    public void EveryCombinationIsNonDecreasing(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            foreach (var combination in sut.CombinationSum(c.Candidates, c.Target))
            {
                combination.Should().BeInAscendingOrder("{0} must be in non-decreasing order", Canon.Key(combination));
            }
        });
    }

    [Theory, Implementations<ICombinationSum>]
    public void NoCombinationAppearsTwice(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
            Canon.Of(sut.CombinationSum(c.Candidates, c.Target)).Should().OnlyHaveUniqueItems());
    }

    [Theory, Implementations<ICombinationSum>]
    public void CountEqualsTheCoinChangeWays(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
            sut.CombinationSum(c.Candidates, c.Target).Should().HaveCount((int)Oracle.CoinChangeWays(c.Candidates, c.Target)));
    }

    [Theory, Implementations<ICombinationSum>]
    public void AgreesWithBruteForce(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.UnlimitedSmall, c =>
            Canon.Of(sut.CombinationSum(c.Candidates, c.Target)).Should()
                .Equal(Canon.Of(Oracle.UnlimitedByBruteForce(c.Candidates, c.Target))));
    }

    [Theory, Implementations<ICombinationSum>]
    public void ShufflingTheCandidatesChangesNothing(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(ShuffledCase.Of(CandidatesCase.Unlimited), input =>
            Canon.Of(sut.CombinationSum(input.Permuted, input.Case.Target)).Should()
                .Equal(Canon.Of(sut.CombinationSum(input.Case.Candidates, input.Case.Target))));
    }

    [Theory, Implementations<ICombinationSum>]
    public void RepeatingCandidatesChangesNothing(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            var doubled = c.Candidates.Concat(c.Candidates).Reverse().ToArray();

            Canon.Of(sut.CombinationSum(doubled, c.Target)).Should()
                .Equal(Canon.Of(sut.CombinationSum(c.Candidates, c.Target)));
        });
    }

    [Theory, Implementations<ICombinationSum>]
    public void ScalingCandidatesAndTargetScalesEveryCombination(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            const int Factor = 7;
            var scaled = sut.CombinationSum(c.Candidates.Select(v => v * Factor).ToArray(), c.Target * Factor);

            Canon.Of(scaled).Should().Equal(Canon.Of(sut.CombinationSum(c.Candidates, c.Target).Select(x => x.Select(v => v * Factor).ToArray())));
        });
    }

    [Theory, Implementations<ICombinationSum>]
    public void CandidatesAboveTheTargetChangeNothing(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            int[] extended = [c.Target + 1, .. c.Candidates, int.MaxValue];

            Canon.Of(sut.CombinationSum(extended, c.Target)).Should()
                .Equal(Canon.Of(sut.CombinationSum(c.Candidates, c.Target)));
        });
    }

    [Theory, Implementations<ICombinationSum>]
    public void InputIsNotModified(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(CandidatesCase.Unlimited, c =>
        {
            var before = (int[])c.Candidates.Clone();
            _ = sut.CombinationSum(c.Candidates, c.Target);
            c.Candidates.Should().Equal(before, "the candidates must not be modified");
        });
    }
}
