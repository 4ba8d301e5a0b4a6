using Katas.CombinationSum.Solutions;

namespace Katas.Tests.CombinationSum;

/// <summary>Claims that particular reference solutions make beyond the contract.</summary>
public sealed class ReferenceSolutionTests
{
    [Fact]
    public void ExplicitStackBuildsAMillionElementCombinationWithoutRecursion()
    {
        var actual = new ExplicitStack().CombinationSum([1], 1_000_000);

        actual.Should().ContainSingle().Which.Should().HaveCount(1_000_000).And.OnlyContain(v => v == 1);
    }

    [Fact]
    public void ReachabilityTableBuildsAHalfMillionElementCombinationWithoutRecursion()
    {
        // (1 position + the "none" row) · (T + 1) = 1 000 002 cells: within the table budget, so this is the table walk.
        var actual = new ReachabilityTable().CombinationSum([1], 500_000);

        actual.Should().ContainSingle().Which.Should().HaveCount(500_000).And.OnlyContain(v => v == 1);
    }

    [Fact]
    public void ReachabilityTableFallsBackBeyondItsBudget()
    {
        // 3 rows · 2 000 007 remainders is beyond the table budget: the explicit-stack walk answers,
        // after a dead branch of 666 668 threes.
        var actual = new ReachabilityTable().CombinationSum([1_000_003, 3], 2_000_006);

        Canon.Of(actual).Should().Equal(Canon.Key([1_000_003, 1_000_003]));
    }

    [Fact]
    public void ReachabilityTableRefusesAnAnswerNoArrayCanHold()
    {
        // 1 000 has about 2.4 · 10³¹ partitions: counted in a moment, refused before any is built.
        var act = () => new ReachabilityTable().CombinationSum([.. Enumerable.Range(1, 1_000)], 1_000);

        act.Should().Throw<InsufficientMemoryException>().WithMessage("*more than*combinations*");
    }
}
