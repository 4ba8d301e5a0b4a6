namespace Katas.Tests.MaximumGap;

/// <summary>
/// The definition, written independently of the library: sort a copy with LINQ and take the largest
/// difference of neighbours in 64-bit arithmetic.
/// </summary>
internal static class Oracle
{
    public static long MaximumGap(IEnumerable<int> nums)
    {
        var sorted = nums.Order().ToArray();
        return sorted.Zip(sorted.Skip(1), (low, high) => (long)high - low).DefaultIfEmpty(0).Max();
    }

    /// <summary>⌈(max − min) / (n − 1)⌉: n values leave n − 1 gaps that add up to max − min.</summary>
    public static long PigeonholeBound(int[] nums)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        var range = (long)nums.Max() - nums.Min();
        return (range + nums.Length - 2) / (nums.Length - 1);
    }
}
