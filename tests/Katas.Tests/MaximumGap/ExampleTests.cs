using Katas.MaximumGap;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

public sealed class ExampleTests
{
    private const int Min = int.MinValue;
    private const int Max = int.MaxValue;

    public static TheoryData<string, int[], long> Examples { get; } = new()
    {
        { "LeetCode example 1", [3, 6, 9, 1], 3 },
        { "LeetCode example 2: one value", [10], 0 },
        { "empty", [], 0 },
        { "all equal", [7, 7, 7, 7, 7], 0 },
        { "two values", [1, 10], 9 },
        { "two values, descending", [10, 1], 9 },
        { "two equal values", [4, 4], 0 },
        { "negative values", [-10, -3, -7, -1], 4 },
        { "across zero", [-5, 5], 10 },
        { "int extremes: the largest possible answer", [Min, Max], 4_294_967_295 },
        { "int extremes, reversed", [Max, Min], 4_294_967_295 },
        { "int extremes and zero", [Max, 0, Min], 2_147_483_648 },
        { "only int.MinValue", [Min, Min, Min], 0 },
        { "only int.MaxValue", [Max, Max], 0 },
        { "duplicates", [9, 1, 5, 1, 9, 5, 1], 4 },
        { "duplicates of the extremes", [Max, Min, Max, Min], 4_294_967_295 },
        { "arithmetic progression: the answer is exactly the pigeonhole bound", [35, 0, 21, 7, 28, 14], 7 },
        { "negative arithmetic progression", [-3, -9, -15, -21], 6 },
        { "two clusters at the ends of the range", [Max - 1, Min + 2, Max, Min, Max - 2, Min + 1], 4_294_967_291 },
        { "largest gap first", [0, 100, 101, 102], 100 },
        { "largest gap last", [0, 1, 2, 100], 98 },
        { "one outlier far below", [Min, 0, 1, 2, 3], 2_147_483_648 },
        { "gap just above the bound", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20], 11 },
        { "neighbours are consecutive ints", [5, 3, 4, 2, 6], 1 },
    };

    [Theory, Implementations<IMaximumGap>(Cases = nameof(Examples))]
    public void ReturnsTheLargestGapBetweenSortedNeighbours(string implementation, string example, int[] nums, long expected)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        var actual = sut.MaximumGap(nums);

        actual.Should().Be(expected, "{0}: nums = {1}", example, Generators.Show(nums));
    }

    [Theory, Implementations<IMaximumGap>]
    public void DefaultSpanIsEmpty(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        sut.MaximumGap(default).Should().Be(0);
    }

    [Theory, Implementations<IMaximumGap>]
    public void ExampleIsNotSortedInPlace(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);
        int[] nums = [3, 6, 9, 1];

        _ = sut.MaximumGap(nums);

        nums.Should().Equal([3, 6, 9, 1], "the caller's array must be left as it was");
    }
}
