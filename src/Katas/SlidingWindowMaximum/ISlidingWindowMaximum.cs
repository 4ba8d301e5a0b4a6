namespace Katas.SlidingWindowMaximum;

/// <summary>Sliding Window Maximum (LeetCode 239): the maximum of every window of <c>k</c> consecutive values.</summary>
public interface ISlidingWindowMaximum
{
    /// <summary>Returns the maximum of each window of size <paramref name="k"/>, left to right.</summary>
    /// <param name="nums">The values; any <see cref="int"/>, including <see cref="int.MinValue"/> and <see cref="int.MaxValue"/>.</param>
    /// <param name="k">The window size, from 1 to <c>nums.Length</c>.</param>
    /// <returns>An array of length <c>nums.Length - k + 1</c> whose element <c>i</c> is the maximum of <c>nums[i..(i + k)]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="k"/> is outside 1..<c>nums.Length</c> (so any <paramref name="k"/> for an empty
    /// input); <c>ParamName</c> is <c>"k"</c>. The message and <c>ActualValue</c> are not part of the contract.
    /// </exception>
    int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k);
}
