namespace Katas.MaximumGap.Solutions;

/// <summary>
/// Sorts a copy and scans neighbouring pairs: the readable definition the benchmarks check the other
/// solutions' answers against, and their baseline (it is what most published answers do, minus the copy).
/// </summary>
/// <remarks>
/// Algorithm: copy the input (sorting it in place would change the caller's data), <see cref="Array.Sort{T}(T[])"/>
/// (introsort), then take the largest difference of neighbours in 64-bit arithmetic, since
/// <c>int.MaxValue − int.MinValue</c> does not fit in an <see cref="int"/>.
/// Time O(n log n), extra space O(n) for the copy.
/// </remarks>
public sealed class SortAndScan : IMaximumGap
{
    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        var sorted = nums.ToArray();
        Array.Sort(sorted);

        long best = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            best = Math.Max(best, (long)sorted[i] - sorted[i - 1]);
        }

        return best;
    }
}
