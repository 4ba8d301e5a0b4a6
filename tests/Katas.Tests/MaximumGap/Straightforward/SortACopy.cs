using Katas.MaximumGap;

namespace Katas.Tests.MaximumGap.Straightforward;

/// <summary>What a learner who read only the README writes first: sort a copy, then the widest step, in <see cref="long"/>.</summary>
public sealed class SortACopy : IMaximumGap
{
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        var sorted = nums.ToArray();
        Array.Sort(sorted);

        long gap = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            gap = Math.Max(gap, (long)sorted[i] - sorted[i - 1]);
        }

        return gap;
    }
}
