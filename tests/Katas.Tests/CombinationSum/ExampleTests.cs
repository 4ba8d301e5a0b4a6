using Katas.CombinationSum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

public sealed class ExampleTests
{
    public static TheoryData<string, int[], int, Combinations> UnlimitedExamples { get; } = new()
    {
        { "LeetCode 39 example 1", [2, 3, 6, 7], 7, [[2, 2, 3], [7]] },
        { "LeetCode 39 example 2", [2, 3, 5], 8, [[2, 2, 2, 2], [2, 3, 3], [3, 5]] },
        { "LeetCode 39 example 3", [2], 1, [] },
        { "candidates in any order", [7, 6, 3, 2], 7, [[2, 2, 3], [7]] },
        { "every candidate larger than the target", [5, 10], 3, [] },
        { "no combination reaches the target", [4, 6], 7, [] },
        { "target 0: the empty combination", [1, 2], 0, [[]] },
        { "target 0 without candidates", [], 0, [[]] },
        { "no candidates", [], 5, [] },
        { "single candidate that divides the target", [3], 9, [[3, 3, 3]] },
        { "single candidate that does not", [3], 10, [] },
        { "the target itself is a candidate", [8], 8, [[8]] },
        { "equal candidates count as one", [2, 3, 2, 3, 2], 7, [[2, 2, 3]] },
        { "one", [1], 4, [[1, 1, 1, 1]] },
        { "partitions of 5", [1, 2, 3, 4, 5], 5, [[1, 1, 1, 1, 1], [1, 1, 1, 2], [1, 1, 3], [1, 2, 2], [1, 4], [2, 3], [5]] },
        { "int.MaxValue", [int.MaxValue], int.MaxValue, [[int.MaxValue]] },
        { "huge values", [1_000_000_000, 999_999_999, 2_000_000_000], 1_999_999_999, [[999_999_999, 1_000_000_000]] },
        { "huge value beside a small one", [int.MaxValue, 2], 6, [[2, 2, 2]] },
    };

    public static TheoryData<string, int[], int, Combinations> OnceEachExamples { get; } = new()
    {
        { "LeetCode 40 example 1", [10, 1, 2, 7, 6, 1, 5], 8, [[1, 1, 6], [1, 2, 5], [1, 7], [2, 6]] },
        { "LeetCode 40 example 2", [2, 5, 2, 1, 2], 5, [[1, 2, 2], [5]] },
        { "each element at most once", [3], 6, [] },
        { "a value used as often as it occurs", [2, 2, 2], 6, [[2, 2, 2]] },
        { "but no more", [2, 2], 6, [] },
        { "equal values give one combination", [2, 2, 2], 4, [[2, 2]] },
        { "[1] × 100, target 30: exactly one", [.. Enumerable.Repeat(1, 100)], 30, [[.. Enumerable.Repeat(1, 30)]] },
        { "every candidate larger than the target", [5, 10], 3, [] },
        { "no combination reaches the target", [4, 6, 4], 7, [] },
        { "target 0: the empty combination", [1, 2, 2], 0, [[]] },
        { "target 0 without candidates", [], 0, [[]] },
        { "no candidates", [], 5, [] },
        { "single candidate", [7], 7, [[7]] },
        { "all of them", [1, 2, 3, 4], 10, [[1, 2, 3, 4]] },
        { "distinct parts of 6", [1, 2, 3, 4, 5, 6], 6, [[1, 2, 3], [1, 5], [2, 4], [6]] },
        { "int.MaxValue", [int.MaxValue, int.MaxValue], int.MaxValue, [[int.MaxValue]] },
        { "huge values", [1_000_000_000, 999_999_999, 1_000_000_000], 1_999_999_999, [[999_999_999, 1_000_000_000]] },
    };

    [Theory, Implementations<ICombinationSum>(Cases = nameof(UnlimitedExamples))]
    public void CombinationSumFindsEveryCombination(string implementation, string example, int[] candidates, int target, Combinations expected)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var actual = sut.CombinationSum(candidates, target);

        Canon.Of(actual).Should().Equal(Canon.Of(expected), "{0}: candidates = {1}, target = {2}", example, Generators.Show(candidates), target);
    }

    [Theory, Implementations<ICombinationSum2>(Cases = nameof(OnceEachExamples))]
    public void CombinationSum2FindsEveryCombination(string implementation, string example, int[] candidates, int target, Combinations expected)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var actual = sut.CombinationSum2(candidates, target);

        Canon.Of(actual).Should().Equal(Canon.Of(expected), "{0}: candidates = {1}, target = {2}", example, Generators.Show(candidates), target);
    }

    [Theory, Implementations<ICombinationSum>]
    public void CombinationSumBuildsALongCombination(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var actual = sut.CombinationSum([1], 1_000);

        actual.Should().ContainSingle().Which.Should().HaveCount(1_000).And.OnlyContain(v => v == 1);
    }

    [Theory, Implementations<ICombinationSum2>]
    public void CombinationSum2BuildsALongCombination(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var actual = sut.CombinationSum2([.. Enumerable.Repeat(1, 1_500)], 1_000);

        actual.Should().ContainSingle().Which.Should().HaveCount(1_000).And.OnlyContain(v => v == 1);
    }

    [Theory, Implementations<ICombinationSum>]
    public void CombinationSumCountsThePartitionsOf30(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        var actual = sut.CombinationSum([.. Enumerable.Range(1, 30)], 30);

        actual.Should().HaveCount(5_604, "30 has 5 604 partitions (OEIS A000041)");
    }

    [Theory, Implementations<ICombinationSum2>]
    public void CombinationSum2CountsThePartitionsOf30IntoDistinctParts(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var actual = sut.CombinationSum2([.. Enumerable.Range(1, 50)], 30);

        actual.Should().HaveCount(296, "30 has 296 partitions into distinct parts (OEIS A000009)");
    }
}
