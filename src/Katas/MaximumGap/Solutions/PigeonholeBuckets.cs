namespace Katas.MaximumGap.Solutions;

/// <summary>
/// The classic linear-time answer: buckets as wide as the smallest possible maximum gap, so the answer
/// always lies between two buckets and only each bucket's minimum and maximum matter.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm (pigeonhole): n values spread over <c>max − min</c> leave n − 1 gaps that add up to
/// <c>max − min</c>, so the largest is at least <c>w = ⌈(max − min) / (n − 1)⌉</c>. Cut
/// [min, max] into buckets of width <c>w</c>: two values in the same bucket differ by at most
/// <c>w − 1</c>, less than the answer, so the answer is the distance from some bucket's maximum to
/// the next non-empty bucket's minimum. Record each bucket's minimum and maximum in one pass, then scan
/// the buckets in order.
/// </para>
/// <para>
/// Overflow: <c>max − min</c> reaches 2³² − 1, so the range, the width and every offset <c>v − min</c>
/// are computed in 64-bit arithmetic; there are at most n buckets.
/// Time O(n), extra space O(n): two <see cref="int"/> arrays and a flag array of at most n entries.
/// </para>
/// </remarks>
public sealed class PigeonholeBuckets : IMaximumGap
{
    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        int min = nums[0], max = nums[0];
        foreach (var value in nums)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        var range = (long)max - min;
        if (range == 0)
        {
            return 0;
        }

        // ⌈range / (n − 1)⌉ ≥ 1, so range / width ≤ n − 1 and there are at most n buckets.
        var width = (range + nums.Length - 2) / (nums.Length - 1);
        var count = (int)(range / width) + 1;
        var lows = new int[count];
        var highs = new int[count];
        var used = new bool[count];
        foreach (var value in nums)
        {
            var bucket = (int)(((long)value - min) / width);
            if (!used[bucket])
            {
                used[bucket] = true;
                lows[bucket] = value;
                highs[bucket] = value;
            }
            else
            {
                lows[bucket] = Math.Min(lows[bucket], value);
                highs[bucket] = Math.Max(highs[bucket], value);
            }
        }

        // Bucket 0 holds min, so it is used and starts the scan.
        long best = 0;
        var previousHigh = highs[0];
        for (var bucket = 1; bucket < count; bucket++)
        {
            if (used[bucket])
            {
                best = Math.Max(best, (long)lows[bucket] - previousHigh);
                previousHigh = highs[bucket];
            }
        }

        return best;
    }
}
