using Katas.CombinationSum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

public sealed class BadInputTests
{
    public static TheoryData<string, int[], int> NegativeTargets { get; } = new()
    {
        { "target −1", [1, 2], -1 },
        { "target int.MinValue", [1, 2], int.MinValue },
        { "no candidates, target −1", [], -1 },
    };

    public static TheoryData<string, int[], int, int> NonPositiveCandidates { get; } = new()
    {
        { "a zero", [2, 0, 3], 5, 0 },
        { "a negative value", [2, 3, -1], 5, -1 },
        { "int.MinValue", [int.MinValue], 5, int.MinValue },
        { "only a zero, target 0", [0], 0, 0 },
        { "a zero above the target", [0, 9], 3, 0 },
    };

    [Theory, Implementations<ICombinationSum>(Cases = nameof(NegativeTargets))]
    public void CombinationSumRejectsANegativeTarget(string implementation, string example, int[] candidates, int target)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var act = () => sut.CombinationSum(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example).WithParameterName("target");
    }

    [Theory, Implementations<ICombinationSum2>(Cases = nameof(NegativeTargets))]
    public void CombinationSum2RejectsANegativeTarget(string implementation, string example, int[] candidates, int target)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var act = () => sut.CombinationSum2(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example).WithParameterName("target");
    }

    [Theory, Implementations<ICombinationSum>(Cases = nameof(NonPositiveCandidates))]
    public void CombinationSumRejectsACandidateBelowOne(string implementation, string example, int[] candidates, int target, int bad)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var act = () => sut.CombinationSum(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>("{0} (the bad candidate is {1})", example, bad).WithParameterName("candidates");
    }

    [Theory, Implementations<ICombinationSum2>(Cases = nameof(NonPositiveCandidates))]
    public void CombinationSum2RejectsACandidateBelowOne(string implementation, string example, int[] candidates, int target, int bad)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var act = () => sut.CombinationSum2(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>("{0} (the bad candidate is {1})", example, bad).WithParameterName("candidates");
    }

    // Beyond the statement: the references report the target they rejected; a learner is not held to it.
    [Theory, Implementations<ICombinationSum>(Cases = nameof(NegativeTargets), ReferencesOnly = true)]
    public void CombinationSumReportsTheRejectedTarget(string implementation, string example, int[] candidates, int target)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var act = () => sut.CombinationSum(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example)
            .Which.ActualValue.Should().Be(target, "the exception should report the target it rejected");
    }

    // Beyond the statement: the references report the target they rejected; a learner is not held to it.
    [Theory, Implementations<ICombinationSum2>(Cases = nameof(NegativeTargets), ReferencesOnly = true)]
    public void CombinationSum2ReportsTheRejectedTarget(string implementation, string example, int[] candidates, int target)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var act = () => sut.CombinationSum2(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example)
            .Which.ActualValue.Should().Be(target, "the exception should report the target it rejected");
    }

    // Beyond the statement: the references report the candidate they rejected; a learner is not held to it.
    [Theory, Implementations<ICombinationSum>(Cases = nameof(NonPositiveCandidates), ReferencesOnly = true)]
    public void CombinationSumReportsTheRejectedCandidate(string implementation, string example, int[] candidates, int target, int bad)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var act = () => sut.CombinationSum(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example)
            .Which.ActualValue.Should().Be(bad, "the exception should report the candidate it rejected");
    }

    // Beyond the statement: the references report the candidate they rejected; a learner is not held to it.
    [Theory, Implementations<ICombinationSum2>(Cases = nameof(NonPositiveCandidates), ReferencesOnly = true)]
    public void CombinationSum2ReportsTheRejectedCandidate(string implementation, string example, int[] candidates, int target, int bad)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var act = () => sut.CombinationSum2(candidates, target);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example)
            .Which.ActualValue.Should().Be(bad, "the exception should report the candidate it rejected");
    }

    // Beyond the statement: the references' message gives the bad candidate's position; a learner is not held to it.
    [Theory, Implementations<ICombinationSum>(ReferencesOnly = true)]
    public void CombinationSumMessageNamesTheBadCandidate(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var act = () => sut.CombinationSum([4, 5, 0], 9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*candidates[2]*", "the message should name the offending position");
    }

    // Beyond the statement: the references' message gives the bad candidate's position; a learner is not held to it.
    [Theory, Implementations<ICombinationSum2>(ReferencesOnly = true)]
    public void CombinationSum2MessageNamesTheBadCandidate(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var act = () => sut.CombinationSum2([-4, 5], 9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*candidates[0]*", "the message should name the offending position");
    }
}
