namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>The monotonic deque with its indices in an <c>int[]</c> used as a ring buffer.</summary>
/// <remarks>
/// Algorithm: as <see cref="LinkedListDeque"/>, but the deque is a ring of k slots (it never holds more
/// than k indices), so there is one allocation besides the result and no per-element garbage.
/// Time O(n) (each index is pushed and popped once), extra space O(k). Ring positions are wrapped
/// without forming head + count, which passes <see cref="int.MaxValue"/> for windows above 2³⁰.
/// </remarks>
public sealed class MonotonicDeque : ISlidingWindowMaximum
{
    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);

        var result = new int[nums.Length - k + 1];
        var ring = new int[k];
        int head = 0, count = 0;
        for (var i = 0; i < nums.Length; i++)
        {
            if (count > 0 && ring[head] <= i - k)
            {
                head = head + 1 == k ? 0 : head + 1;
                count--;
            }

            var value = nums[i];
            while (count > 0)
            {
                // The slot count − 1 after head, wrapped; head + count can pass int.MaxValue when k > 2³⁰.
                var back = count - 1 < k - head ? head + count - 1 : count - 1 - (k - head);
                if (nums[ring[back]] > value)
                {
                    break;
                }

                count--;
            }

            ring[count < k - head ? head + count : count - (k - head)] = i;
            count++;
            if (i >= k - 1)
            {
                result[i - k + 1] = nums[ring[head]];
            }
        }

        return result;
    }
}
