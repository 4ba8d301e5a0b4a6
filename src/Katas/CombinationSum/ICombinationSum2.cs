namespace Katas.CombinationSum;

/// <summary>
/// Combination Sum II (LeetCode 40): every distinct multiset of candidates, each element used at most
/// once, that adds up to a target.
/// </summary>
public interface ICombinationSum2
{
    /// <summary>Returns every distinct combination of elements of <paramref name="candidates"/> (each element used at most once) whose sum is <paramref name="target"/>.</summary>
    /// <param name="candidates">
    /// The elements to choose from, each at least 1. Values may repeat: a value that occurs m times may
    /// appear up to m times in a combination. Not modified.
    /// </param>
    /// <param name="target">The sum to reach, 0 or more.</param>
    /// <returns>
    /// Every distinct combination exactly once (two that hold the same values the same number of times
    /// are the same combination), each as an array in non-decreasing order; the order of the combinations
    /// is free. A <paramref name="target"/> of 0 has one combination, the empty one.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="target"/> is negative (<c>ParamName</c> <c>"target"</c>), or a candidate is 0 or
    /// negative (<c>ParamName</c> <c>"candidates"</c>). The message and <c>ActualValue</c> are not part of the contract.
    /// </exception>
    /// <exception cref="InsufficientMemoryException">
    /// The answer is too large to build: more than <see cref="Array.MaxLength"/> combinations, a
    /// combination of more than <see cref="Array.MaxLength"/> values, or more memory than the process can
    /// have. The reference solutions measure the answer first and throw before building any of it. (Should
    /// memory run out anyway, the runtime throws <see cref="OutOfMemoryException"/>, its base class.)
    /// </exception>
    IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target);
}
