namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>The definition, written independently of the library: each window scanned in full.</summary>
internal static class Oracle
{
    public static int[] MaxSlidingWindow(int[] nums, int k)
    {
        var result = new int[nums.Length - k + 1];
        for (var start = 0; start < result.Length; start++)
        {
            result[start] = nums[start];
            for (var i = start + 1; i < start + k; i++)
            {
                result[start] = Math.Max(result[start], nums[i]);
            }
        }

        return result;
    }
}
