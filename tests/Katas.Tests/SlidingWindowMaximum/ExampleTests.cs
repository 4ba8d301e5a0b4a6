using Katas.SlidingWindowMaximum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

public sealed class ExampleTests
{
    private const int Min = int.MinValue;
    private const int Max = int.MaxValue;

    public static TheoryData<string, int[], int, int[]> Examples { get; } = new()
    {
        { "LeetCode example 1", [1, 3, -1, -3, 5, 3, 6, 7], 3, [3, 3, 5, 5, 6, 7] },
        { "LeetCode example 2", [1], 1, [1] },
        { "n = 1, negative", [-7], 1, [-7] },
        { "k = 1 is the input", [4, -2, 7, 0], 1, [4, -2, 7, 0] },
        { "k = n is the maximum", [2, 9, 4, 1], 4, [9] },
        { "all equal", [5, 5, 5, 5, 5], 2, [5, 5, 5, 5] },
        { "strictly increasing", [1, 2, 3, 4, 5, 6], 3, [3, 4, 5, 6] },
        { "strictly decreasing", [6, 5, 4, 3, 2, 1], 3, [6, 5, 4, 3] },
        { "int extremes", [Min, Max, Min, Min, Min], 2, [Max, Max, Min, Min] },
        { "only int.MinValue", [Min, Min, Min], 2, [Min, Min] },
        { "only int.MaxValue", [Max, Max, Max], 3, [Max] },
        { "all negative", [-1, -3, -2, -5], 2, [-1, -2, -2] },
        { "duplicates of the maximum", [7, 1, 7, 1, 7, 1], 3, [7, 7, 7, 7] },
        { "equal maximum enters while the old one leaves", [3, 3, 1, 3, 1], 2, [3, 3, 3, 3] },
        { "n not a multiple of k", [1, 2, 3, 4, 5, 6, 7, 8], 3, [3, 4, 5, 6, 7, 8] },
        { "maximum at the end of each block", [0, 0, 9, 0, 0, 8, 0, 0, 7], 3, [9, 9, 9, 8, 8, 8, 7] },
        { "maximum at the start of each block", [9, 0, 0, 8, 0, 0, 7, 0, 0], 3, [9, 8, 8, 8, 7, 7, 7] },
    };

    [Theory, Implementations<ISlidingWindowMaximum>(Cases = nameof(Examples))]
    public void ReturnsTheMaximumOfEachWindow(string implementation, string example, int[] nums, int k, int[] expected)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        var actual = sut.MaxSlidingWindow(nums, k);

        actual.Should().Equal(expected, "{0}: nums = {1}, k = {2}", example, Generators.Show(nums), k);
    }
}
