using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>
/// The fastest solution here: AVX2 throughout, cache-blocked, and one of two algorithms chosen by k,
/// so that it streams the input once at close to the memory bandwidth.
/// </summary>
/// <remarks>
/// <para>
/// Small windows (k ≤ <see cref="DoublingMaxWindow"/>), SIMD doubling (one level of a sparse table):
/// with mₚ[i] the maximum of the p values from i, every window of k is covered by four overlapping
/// windows of q, the smallest power of two with 4q ≥ k, so the window's maximum is
/// max(m_q[i], m_q[i + q], m_q[i + min(2q, k − q)], m_q[i + k − q]). For k ≤ 4 that is one pass of
/// four overlapping loads over the input; otherwise m_q is built one L1-resident chunk of
/// <see cref="ChunkLength"/> outputs at a time: two vector passes, 8 lanes at a time.
/// </para>
/// <para>
/// Large windows, fused van Herk / Gil-Werman: the maximum of the window starting at i is
/// max(suffix[i], prefix[i + k − 1]) over blocks of k. Block j's suffix maxima go into one k-sized
/// buffer (a backward pass); the forward pass over block j + 1 computes its prefix maxima and
/// combines them with that buffer straight into the result, so neither table exists in full. Inside
/// a vector, the prefix (or suffix) maximum is a log-step scan: three lane permutations
/// (<c>vpermd</c>) with the lane itself standing in for "nothing" (max(x, x) = x), then a broadcast carry.
/// </para>
/// <para>
/// Time O(n) for every k, about one vector operation per element; extra space O(k) beside the result (a k-sized suffix buffer, or a stack buffer of <see cref="ChunkLength"/> + 16 ints), which is allocated
/// without zeroing. Without AVX2 it falls back to <see cref="MonotonicDeque"/>.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed class CacheBlockedSimd : ISlidingWindowMaximum
{
    /// <summary>The largest window handled by doubling; larger ones use blocked van Herk / Gil-Werman.</summary>
    internal const int DoublingMaxWindow = 16;

    /// <summary>Outputs per doubling chunk: the chunk's buffer (chunk + k ints) stays in L1.</summary>
    internal const int ChunkLength = 4096;

    private static readonly int Lanes = Vector256<int>.Count;

    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);

        if (!Avx2.IsSupported)
        {
            return new MonotonicDeque().MaxSlidingWindow(nums, k);
        }

        // Every element is written below, so skip the zeroing (40 MB at n = 10⁷).
        var result = GC.AllocateUninitializedArray<int>(nums.Length - k + 1);
        if (k == 1)
        {
            nums.CopyTo(result);
        }
        else if (k <= DoublingMaxWindow)
        {
            Doubling(nums, k, result);
        }
        else
        {
            BlockedVanHerk(nums, k, result);
        }

        return result;
    }

    private static void Doubling(ReadOnlySpan<int> nums, int k, int[] result)
    {
        ref var input = ref MemoryMarshal.GetReference(nums);
        ref var output = ref MemoryMarshal.GetArrayDataReference(result);

        // A window of k is covered by four windows of q (starting at 0, q, min(2q, k − q) and k − q)
        // for the smallest power of two q with 4q ≥ k: q = 1 for k ≤ 4, 2 for k ≤ 8, 4 for k ≤ 16.
        var q = k <= 4 ? 1 : k <= 8 ? 2 : 4;
        if (q == 1)
        {
            // The windows of 1 are the input itself: one pass of four overlapping loads.
            MaxOfFour(ref input, ref output, result.Length, 1, Math.Min(2, k - 1), k - 1);
            return;
        }

        // m_q, the maxima of the windows of q, one L1-resident chunk at a time: the chunk's
        // count + k − q values, then the four-window cover straight into the result.
        Span<int> buffer = stackalloc int[ChunkLength + DoublingMaxWindow];
        ref var level = ref MemoryMarshal.GetReference(buffer);
        for (var start = 0; start < result.Length; start += ChunkLength)
        {
            var count = Math.Min(ChunkLength, result.Length - start);
            MaxOfFour(ref Unsafe.Add(ref input, start), ref level, count + k - q, 1, q / 2, q - 1);
            MaxOfFour(ref level, ref Unsafe.Add(ref output, start), count, q, Math.Min(2 * q, k - q), k - q);
        }
    }

    // destination[i] = max(source[i], source[i + a], source[i + b], source[i + c]) for i < count.
    // Repeating an offset costs a load and a max but keeps one loop for every case: max(x, x) = x.
    private static void MaxOfFour(ref int source, ref int destination, int count, int a, int b, int c)
    {
        var i = 0;
        for (; i <= count - Lanes; i += Lanes)
        {
            var v0 = Vector256.LoadUnsafe(ref source, (nuint)i);
            var v1 = Vector256.LoadUnsafe(ref source, (nuint)(i + a));
            var v2 = Vector256.LoadUnsafe(ref source, (nuint)(i + b));
            var v3 = Vector256.LoadUnsafe(ref source, (nuint)(i + c));
            Avx2.Max(Avx2.Max(v0, v1), Avx2.Max(v2, v3)).StoreUnsafe(ref destination, (nuint)i);
        }

        for (; i < count; i++)
        {
            Unsafe.Add(ref destination, i) = Math.Max(
                Math.Max(Unsafe.Add(ref source, i), Unsafe.Add(ref source, i + a)),
                Math.Max(Unsafe.Add(ref source, i + b), Unsafe.Add(ref source, i + c)));
        }
    }

    private static void BlockedVanHerk(ReadOnlySpan<int> nums, int k, int[] result)
    {
        // One slot past the block holds int.MinValue, so that the forward pass may run over the whole
        // next block: its last step then yields max(block j + 1) for the window that is exactly
        // block j + 1, and no vector loop ends in a k − 1 element tail (a scalar loop when k = 8).
        var suffixes = ArrayPool<int>.Shared.Rent(k + 1);
        try
        {
            ref var input = ref MemoryMarshal.GetReference(nums);
            ref var suffix = ref MemoryMarshal.GetArrayDataReference(suffixes);
            ref var output = ref MemoryMarshal.GetArrayDataReference(result);
            Unsafe.Add(ref suffix, k) = int.MinValue;

            SuffixMaxima(ref input, ref suffix, k);
            output = suffix;
            for (var start = 0; start + k < nums.Length; start += k)
            {
                // Windows start + 1 … start + k end in block j + 1 = [start + k, start + 2k): each is
                // block j's suffix maximum at its start combined with block j + 1's prefix maximum at its end.
                var next = start + k;
                var count = Math.Min(k, nums.Length - next);
                PrefixMaximaCombined(ref Unsafe.Add(ref input, next), ref Unsafe.Add(ref suffix, 1), ref Unsafe.Add(ref output, start + 1), count);
                if (count == k)
                {
                    SuffixMaxima(ref Unsafe.Add(ref input, next), ref suffix, k);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(suffixes);
        }
    }

    // suffix[i] = max(block[i..length]), scanning backwards a vector at a time; length ≥ 8.
    private static void SuffixMaxima(ref int block, ref int suffix, int length)
    {
        Debug.Assert(length >= Lanes, "Blocks are longer than a vector.");

        var fromNext = Vector256.Create(1, 2, 3, 4, 5, 6, 7, 7);
        var fromNext2 = Vector256.Create(2, 3, 4, 5, 6, 7, 6, 7);
        var fromNext4 = Vector256.Create(4, 5, 6, 7, 4, 5, 6, 7);
        var carry = Vector256.Create(int.MinValue);
        var v = carry;

        var i = length - Lanes;
        for (; i >= 0; i -= Lanes)
        {
            v = Vector256.LoadUnsafe(ref block, (nuint)i);
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromNext));
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromNext2));
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromNext4));
            v = Avx2.Max(v, carry);
            v.StoreUnsafe(ref suffix, (nuint)i);
            carry = Avx2.PermuteVar8x32(v, Vector256<int>.Zero);
        }

        var head = i + Lanes;
        if (head == 0)
        {
            return;
        }

        // The first `head` values: one more vector over [0, 8), overlapping work already done, with
        // suffix[8] (lane 8 − head of the last vector) as the carry. Lanes head… recompute the same
        // values, so the tail costs one vector instead of up to seven scalar steps. (Blocks are longer
        // than DoublingMaxWindow, so there is always a vector before it.)
        carry = Avx2.PermuteVar8x32(v, Vector256.Create(Lanes - head));
        v = Vector256.LoadUnsafe(ref block);
        v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromNext));
        v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromNext2));
        v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromNext4));
        Avx2.Max(v, carry).StoreUnsafe(ref suffix);
    }

    // output[i] = max(suffix[i], max(block[0..i])), scanning forwards a vector at a time.
    private static void PrefixMaximaCombined(ref int block, ref int suffix, ref int output, int count)
    {
        var fromPrevious = Vector256.Create(0, 0, 1, 2, 3, 4, 5, 6);
        var fromPrevious2 = Vector256.Create(0, 1, 0, 1, 2, 3, 4, 5);
        var fromPrevious4 = Vector256.Create(0, 1, 2, 3, 0, 1, 2, 3);
        var last = Vector256.Create(Lanes - 1);
        var carry = Vector256.Create(int.MinValue);
        var v = carry;

        var i = 0;
        for (; i <= count - Lanes; i += Lanes)
        {
            v = Vector256.LoadUnsafe(ref block, (nuint)i);
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromPrevious));
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromPrevious2));
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromPrevious4));
            v = Avx2.Max(v, carry);
            carry = Avx2.PermuteVar8x32(v, last);
            Avx2.Max(v, Vector256.LoadUnsafe(ref suffix, (nuint)i)).StoreUnsafe(ref output, (nuint)i);
        }

        var tail = count - i;
        if (tail == 0)
        {
            return;
        }

        if (i > 0)
        {
            // The last `tail` values: one more vector over [count − 8, count), overlapping work already
            // done, with the prefix maximum at count − 9 (lane tail − 1 of the last vector) as the carry.
            i = count - Lanes;
            carry = Avx2.PermuteVar8x32(v, Vector256.Create(tail - 1));
            v = Vector256.LoadUnsafe(ref block, (nuint)i);
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromPrevious));
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromPrevious2));
            v = Avx2.Max(v, Avx2.PermuteVar8x32(v, fromPrevious4));
            v = Avx2.Max(v, carry);
            Avx2.Max(v, Vector256.LoadUnsafe(ref suffix, (nuint)i)).StoreUnsafe(ref output, (nuint)i);
            return;
        }

        var running = int.MinValue;
        for (; i < count; i++)
        {
            running = Math.Max(running, Unsafe.Add(ref block, i));
            Unsafe.Add(ref output, i) = Math.Max(running, Unsafe.Add(ref suffix, i));
        }
    }
}
