namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>Scans every window in full: the readable definition the benchmarks check the other solutions' answers against.</summary>
/// <remarks>Algorithm: for each of the n − k + 1 windows, a linear scan for its maximum. Time O(n·k), extra space O(1).</remarks>
public sealed class BruteForce : ISlidingWindowMaximum
{
    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);

        var result = new int[nums.Length - k + 1];
        for (var start = 0; start < result.Length; start++)
        {
            var max = int.MinValue;
            foreach (var value in nums.Slice(start, k))
            {
                if (value > max)
                {
                    max = value;
                }
            }

            result[start] = max;
        }

        return result;
    }
}
