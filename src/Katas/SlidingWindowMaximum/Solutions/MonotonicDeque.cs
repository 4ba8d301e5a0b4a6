namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>The monotonic deque with its indices in an <c>int[]</c> used as a ring buffer.</summary>
/// <remarks>
/// Algorithm: as <see cref="LinkedListDeque"/>, but the deque is a ring of k slots (it never holds more
/// than k indices), so there is one allocation besides the result and no per-element garbage.
/// Time O(n) (each index is pushed and popped once), extra space O(k).
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
                var back = head + count - 1;
                if (back >= k)
                {
                    back -= k;
                }

                if (nums[ring[back]] > value)
                {
                    break;
                }

                count--;
            }

            var tail = head + count;
            ring[tail >= k ? tail - k : tail] = i;
            count++;
            if (i >= k - 1)
            {
                result[i - k + 1] = nums[ring[head]];
            }
        }

        return result;
    }
}
