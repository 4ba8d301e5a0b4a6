namespace Katas.MaximumGap;

/// <summary>
/// Maximum Gap (LeetCode 164, generalised to every <see cref="int"/>): the largest difference between
/// two successive values of the input once it is sorted.
/// </summary>
public interface IMaximumGap
{
    /// <summary>Returns the largest difference between successive values of <paramref name="nums"/> in sorted order.</summary>
    /// <param name="nums">
    /// The values, in any order: any <see cref="int"/>, <see cref="int.MinValue"/> and <see cref="int.MaxValue"/>
    /// included, duplicates allowed. They are only read, never reordered or written.
    /// </param>
    /// <returns>
    /// The largest <c>sorted[i + 1] − sorted[i]</c>, computed without overflow, so anything from 0 to
    /// 2³² − 1 (4 294 967 295, for <c>[int.MinValue, int.MaxValue]</c>); 0 when there are fewer than two values.
    /// </returns>
    /// <remarks>Every input is valid, so no exception is thrown.</remarks>
    long MaximumGap(ReadOnlySpan<int> nums);
}
