namespace Katas.SlidingWindowMaximum;

/// <summary>Your solution. Replace the exception with your code; the tests run it as soon as it stops throwing.</summary>
public sealed class Practice : ISlidingWindowMaximum
{
    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        throw new NotImplementedException("Write your solution in src/Katas/SlidingWindowMaximum/Practice.cs.");
    }
}
