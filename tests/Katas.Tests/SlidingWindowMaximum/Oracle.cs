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

    /// <summary>
    /// The same for long inputs, in O(n log k): level by level, the maxima of the windows of 1, 2, 4, …,
    /// P (the largest power of two up to k), then window i is max(m_P[i], m_P[i + k − P]). The oracle of
    /// the long inputs, where the scan of every window would take most of a learner's check;
    /// <c>OracleTests</c> hold it to the definition.
    /// </summary>
    public static int[] SparseTable(int[] nums, int k)
    {
        var level = (int[])nums.Clone();
        var width = 1;
        for (; 2 * width <= k; width *= 2)
        {
            for (var i = 0; i + width < level.Length; i++)
            {
                level[i] = Math.Max(level[i], level[i + width]);
            }
        }

        var result = new int[nums.Length - k + 1];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Math.Max(level[i], level[i + k - width]);
        }

        return result;
    }
}
