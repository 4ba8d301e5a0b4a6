namespace Katas.MaximumGap;

/// <summary>Your solution. Replace the exception with your code; the tests run it as soon as it stops throwing.</summary>
public sealed class Practice : IMaximumGap
{
    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        throw new NotImplementedException("Write your solution in src/Katas/MaximumGap/Practice.cs.");
    }
}
