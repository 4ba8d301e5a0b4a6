using Katas.SlidingWindowMaximum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

public sealed class BadInputTests
{
    public static TheoryData<string, int[], int> OutOfRange { get; } = new()
    {
        { "k = 0", [1, 2, 3], 0 },
        { "k < 0", [1, 2, 3], -1 },
        { "k = int.MinValue", [1, 2, 3], int.MinValue },
        { "k = n + 1", [1, 2, 3], 4 },
        { "k = int.MaxValue", [1, 2, 3], int.MaxValue },
        { "empty input, k = 0", [], 0 },
        { "empty input, k = 1", [], 1 },
    };

    [Theory, Implementations<ISlidingWindowMaximum>(Cases = nameof(OutOfRange))]
    public void WindowSizeOutsideOneToNThrows(string implementation, string example, int[] nums, int k)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        var act = () => sut.MaxSlidingWindow(nums, k);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example)
            .WithParameterName("k");
    }

    // Beyond the statement: the references report the k they rejected; a learner is not held to it.
    [Theory, Implementations<ISlidingWindowMaximum>(Cases = nameof(OutOfRange), ReferencesOnly = true)]
    public void ExceptionReportsTheRejectedWindowSize(string implementation, string example, int[] nums, int k)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        var act = () => sut.MaxSlidingWindow(nums, k);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>(example)
            .WithParameterName("k")
            .Which.ActualValue.Should().Be(k, "the exception should report the k it rejected");
    }

    // Beyond the statement: the references' message gives the valid range; a learner is not held to it.
    [Theory, Implementations<ISlidingWindowMaximum>(ReferencesOnly = true)]
    public void MessageNamesTheValidRange(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        var act = () => sut.MaxSlidingWindow([1, 2, 3], 4);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1*3*", "the message should give the valid range 1..n");
    }
}
