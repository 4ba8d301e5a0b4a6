namespace Katas.CombinationSum;

/// <summary>
/// Combination Sum (LeetCode 39): every multiset of candidates, each usable any number of times, that
/// adds up to a target.
/// </summary>
public interface ICombinationSum
{
    /// <summary>Returns every combination of <paramref name="candidates"/> (each usable any number of times) whose sum is <paramref name="target"/>.</summary>
    /// <param name="candidates">
    /// The values to choose from, each at least 1; equal values count as one candidate. Not modified.
    /// </param>
    /// <param name="target">The sum to reach, 0 or more.</param>
    /// <returns>
    /// Every combination exactly once, each as an array in non-decreasing order; the order of the
    /// combinations is free. A <paramref name="target"/> of 0 has one combination, the empty one; a
    /// target no combination reaches has none.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="target"/> is negative (<c>ParamName</c> <c>"target"</c>), or a candidate is 0 or
    /// negative (<c>ParamName</c> <c>"candidates"</c>; with a zero, a sum would have infinitely many
    /// combinations). The message and <c>ActualValue</c> are not part of the contract.
    /// </exception>
    /// <exception cref="InsufficientMemoryException">
    /// The answer is too large to build: more than <see cref="Array.MaxLength"/> combinations, a
    /// combination of more than <see cref="Array.MaxLength"/> values, or more memory than the process can
    /// have. The reference solutions measure the answer first and throw before building any of it. (Should
    /// memory run out anyway, the runtime throws <see cref="OutOfMemoryException"/>, its base class.)
    /// </exception>
    IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target);
}
