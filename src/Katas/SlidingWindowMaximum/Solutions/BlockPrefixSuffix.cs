namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>The van Herk / Gil-Werman algorithm: prefix and suffix maxima inside blocks of k.</summary>
/// <remarks>
/// <para>
/// Algorithm: cut the input into blocks of k. A window that starts at i either is a whole block or spans
/// the tail of one block and the head of the next, so its maximum is
/// max(suffix[i], prefix[i + k − 1]), where suffix[i] is the maximum from i to the end of i's block and
/// prefix[j] the maximum from the start of j's block to j.
/// </para>
/// <para>Time O(n) with exactly three comparisons per element whatever the data; extra space O(n) for the two tables.</para>
/// </remarks>
public sealed class BlockPrefixSuffix : ISlidingWindowMaximum
{
    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);

        var n = nums.Length;
        var prefix = new int[n];
        var suffix = new int[n];
        for (var i = 0; i < n; i++)
        {
            prefix[i] = i % k == 0 ? nums[i] : Math.Max(prefix[i - 1], nums[i]);
        }

        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = i == n - 1 || (i + 1) % k == 0 ? nums[i] : Math.Max(suffix[i + 1], nums[i]);
        }

        var result = new int[n - k + 1];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Math.Max(suffix[i], prefix[i + k - 1]);
        }

        return result;
    }
}
