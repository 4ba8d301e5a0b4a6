using Katas.MaximumGap;

namespace Katas.Tests.MaximumGap.Straightforward;

/// <summary>The README's hints followed plainly: buckets of width ⌈(max − min) / (n − 1)⌉, each keeping its minimum and maximum.</summary>
public sealed class Buckets : IMaximumGap
{
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        long min = nums[0], max = nums[0];
        foreach (var value in nums)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        if (min == max)
        {
            return 0;
        }

        var width = Math.Max(1, (max - min + nums.Length - 2) / (nums.Length - 1));
        var count = (int)((max - min) / width) + 1;
        var lows = new long[count];
        var highs = new long[count];
        var used = new bool[count];
        foreach (var value in nums)
        {
            var bucket = (int)((value - min) / width);
            lows[bucket] = used[bucket] ? Math.Min(lows[bucket], value) : value;
            highs[bucket] = used[bucket] ? Math.Max(highs[bucket], value) : value;
            used[bucket] = true;
        }

        long gap = 0, previous = highs[0];
        for (var bucket = 1; bucket < count; bucket++)
        {
            if (used[bucket])
            {
                gap = Math.Max(gap, lows[bucket] - previous);
                previous = highs[bucket];
            }
        }

        return gap;
    }
}
