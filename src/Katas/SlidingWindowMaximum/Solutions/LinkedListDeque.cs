namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>
/// The textbook monotonic deque on a <c>LinkedList&lt;int&gt;</c>, as most published C# answers write it:
/// the peer baseline for the benchmarks.
/// </summary>
/// <remarks>
/// Algorithm: keep indices whose values decrease from front to back; drop the front when it leaves the
/// window and pop the back while it is not greater than the incoming value, so the front is always the
/// window's maximum. Each index enters and leaves once: time O(n), extra space O(k), but one heap node
/// per element pushed.
/// </remarks>
public sealed class LinkedListDeque : ISlidingWindowMaximum
{
    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);

        var result = new int[nums.Length - k + 1];
        var deque = new LinkedList<int>();
        for (var i = 0; i < nums.Length; i++)
        {
            if (deque.Count > 0 && deque.First!.Value <= i - k)
            {
                deque.RemoveFirst();
            }

            while (deque.Count > 0 && nums[deque.Last!.Value] <= nums[i])
            {
                deque.RemoveLast();
            }

            deque.AddLast(i);
            if (i >= k - 1)
            {
                result[i - k + 1] = nums[deque.First!.Value];
            }
        }

        return result;
    }
}
