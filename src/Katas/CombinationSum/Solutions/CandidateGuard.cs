namespace Katas.CombinationSum.Solutions;

/// <summary>The argument checks every solution shares.</summary>
internal static class CandidateGuard
{
    /// <summary>Throws unless <paramref name="target"/> is 0 or more and every candidate is at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The target is negative or a candidate is not positive.</exception>
    public static void ThrowIfInvalid(ReadOnlySpan<int> candidates, int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);

        for (var i = 0; i < candidates.Length; i++)
        {
            if (candidates[i] <= 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(candidates),
                    candidates[i],
                    $"Every candidate must be at least 1, but candidates[{i}] is {candidates[i]}.");
            }
        }
    }
}
