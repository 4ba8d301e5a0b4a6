namespace Katas.MaximumGap.Solutions;

/// <summary>Sorts a copy with a least-significant-digit radix sort, then scans neighbouring pairs.</summary>
/// <remarks>
/// <para>
/// Algorithm: map each value to the unsigned key <c>(uint)v ^ 0x8000_0000</c> (flipping the sign bit
/// turns two's-complement order into unsigned order, and keeps differences: the key is <c>v + 2³¹</c>),
/// then four stable counting-sort passes, one per byte from the least significant. All four histograms
/// come from one pass over the input; a pass whose byte is the same in every key would only copy, so it
/// is skipped (on 0..1 000, only two passes run). The sorted keys' neighbour differences are the gaps.
/// </para>
/// <para>Time O(n + 4·256) (five passes over n keys at most), extra space O(n): two key arrays.</para>
/// </remarks>
public sealed class RadixSort : IMaximumGap
{
    private const int DigitBits = 8;
    private const int Radix = 1 << DigitBits;
    private const int Digits = 32 / DigitBits;

    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        var n = nums.Length;
        var keys = new uint[n];
        var histograms = new int[Digits, Radix];
        for (var i = 0; i < n; i++)
        {
            var key = Key(nums[i]);
            keys[i] = key;
            for (var digit = 0; digit < Digits; digit++)
            {
                histograms[digit, (key >> (digit * DigitBits)) & (Radix - 1)]++;
            }
        }

        var buffer = new uint[n];
        var offsets = new int[Radix];
        for (var digit = 0; digit < Digits; digit++)
        {
            var shift = digit * DigitBits;
            if (histograms[digit, (keys[0] >> shift) & (Radix - 1)] == n)
            {
                continue;
            }

            var sum = 0;
            for (var d = 0; d < Radix; d++)
            {
                offsets[d] = sum;
                sum += histograms[digit, d];
            }

            foreach (var key in keys)
            {
                buffer[offsets[(key >> shift) & (Radix - 1)]++] = key;
            }

            (keys, buffer) = (buffer, keys);
        }

        long best = 0;
        for (var i = 1; i < n; i++)
        {
            best = Math.Max(best, (long)keys[i] - keys[i - 1]);
        }

        return best;
    }

    private static uint Key(int value) => unchecked((uint)value ^ 0x8000_0000);
}
