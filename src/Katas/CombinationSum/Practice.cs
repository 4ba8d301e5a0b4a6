namespace Katas.CombinationSum;

/// <summary>Your solution. Replace the exceptions with your code; until you start, its tests are skipped.</summary>
public sealed class Practice : ICombinationSum, ICombinationSum2
{
    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        throw new NotImplementedException("Write your solution in src/Katas/CombinationSum/Practice.cs.");
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        throw new NotImplementedException("Write your solution in src/Katas/CombinationSum/Practice.cs.");
    }
}
