using Katas.SlidingWindowMaximum;

namespace Katas.Tests.SlidingWindowMaximum.Straightforward;

/// <summary>What a learner who read only the README writes first: the BCL's guards, then a scan of every window.</summary>
public sealed class ScanEveryWindow : ISlidingWindowMaximum
{
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, nums.Length);

        var result = new int[nums.Length - k + 1];
        for (var i = 0; i < result.Length; i++)
        {
            var max = nums[i];
            for (var j = i + 1; j < i + k; j++)
            {
                max = Math.Max(max, nums[j]);
            }

            result[i] = max;
        }

        return result;
    }
}
