using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Katas.RunningStatistics.Solutions;

/// <summary>
/// The fastest: a two-pass algorithm per cache-sized block, sixteen independent sums in vector lanes,
/// and Chan's merge from block to block, so that the input is read from memory once.
/// </summary>
/// <remarks>
/// Algorithm: the input is cut into blocks of 1 024 values (8 KB, which stay in the L1 cache). For each
/// block, one vector pass sums the values into 16 independent lanes (four <see cref="Vector256{T}"/>
/// accumulators; two <see cref="Vector128{T}"/> lanes each, or scalars, where that is what the processor
/// has) for the block's shift s = Σx / n_b; a second pass over the same block, now in L1, sums d = x − s
/// and d² (a fused multiply-add) in lanes again. The block's mean is s + Σd / n_b and its M2 is
/// Σd² − (Σd)² / n_b (the corrected two-pass formula). Blocks are merged with Chan's formula, their means
/// kept relative to the first block's shift so that the differences between them are small and exact,
/// and the mean itself comes from a double-double sum of the deviations. Time O(n) (one read of the
/// input from memory), extra space O(1).
/// </remarks>
public sealed class BlockedSimd : IRunningStatistics
{
    // 8 KB: a block stays in L1 between its two passes (and leaves room for the next one's prefetch).
    private const int Block = 1024;

    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return Moments.Empty;
        }

        var result = Vector256.IsHardwareAccelerated ? Blocks<Lanes256>(values)
            : Vector128.IsHardwareAccelerated ? Blocks<Lanes128>(values)
            : Blocks<Lanes1>(values);
        return Updates.Completed(result, values, this);
    }

    /// <inheritdoc/>
    public Moments Add(Moments state, double value) => Updates.Add(state, value, Updates.AddUnchecked);

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) => Updates.Combine(left, right, Updates.CombineUnchecked);

    // One long loop, run once per call: optimised from the first call rather than after tiering up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Moments Blocks<T>(ReadOnlySpan<double> values)
        where T : struct, ILanes<T>
    {
        ref var first = ref MemoryMarshal.GetReference(values);
        var length = (nuint)values.Length;

        // Every mean below is relative to the first block's shift.
        var origin = 0.0;
        var sum = default(DoubleDouble);
        double mean = 0, m2 = 0;
        long count = 0;
        for (nuint start = 0; start < length; start += Block)
        {
            var size = Math.Min(Block, length - start);
            ref var block = ref Unsafe.Add(ref first, start);
            var shift = LaneSum.Of<T>(ref block, size) / size;
            if (start == 0)
            {
                origin = shift;
            }

            var (deviations, squares) = Deviations<T>(ref block, size, shift);
            var blockMean = (shift - origin) + (deviations / size);
            var blockM2 = Math.Max(0, squares - (deviations * deviations / size));

            var total = count + (long)size;
            var delta = blockMean - mean;
            m2 += blockM2 + (delta * delta * ((double)count * size / total));
            sum += DoubleDouble.TwoProduct(size, shift - origin) + deviations;
            count = total;
            mean = sum.Value / count;
        }

        // A double-double division, rounded once: for equal values every deviation is the same small
        // number, the sums are exact, and the mean comes out as the value itself.
        return new(count, (sum / count + origin).Value, m2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double Deviations, double Squares) Deviations<T>(ref double source, nuint length, double shift)
        where T : struct, ILanes<T>
    {
        var width = (nuint)T.Count;
        var s = T.Create(shift);
        T d0 = T.Zero, d1 = T.Zero, d2 = T.Zero, d3 = T.Zero;
        T q0 = T.Zero, q1 = T.Zero, q2 = T.Zero, q3 = T.Zero;
        nuint i = 0;
        for (; i + (4 * width) <= length; i += 4 * width)
        {
            var x0 = T.Load(ref source, i) - s;
            var x1 = T.Load(ref source, i + width) - s;
            var x2 = T.Load(ref source, i + (2 * width)) - s;
            var x3 = T.Load(ref source, i + (3 * width)) - s;
            d0 += x0;
            d1 += x1;
            d2 += x2;
            d3 += x3;
            q0 = T.MultiplyAddEstimate(x0, x0, q0);
            q1 = T.MultiplyAddEstimate(x1, x1, q1);
            q2 = T.MultiplyAddEstimate(x2, x2, q2);
            q3 = T.MultiplyAddEstimate(x3, x3, q3);
        }

        for (; i + width <= length; i += width)
        {
            var x = T.Load(ref source, i) - s;
            d0 += x;
            q0 = T.MultiplyAddEstimate(x, x, q0);
        }

        var deviations = T.Sum((d0 + d1) + (d2 + d3));
        var squares = T.Sum((q0 + q1) + (q2 + q3));
        for (; i < length; i++)
        {
            var x = Unsafe.Add(ref source, i) - shift;
            deviations += x;
            squares += x * x;
        }

        return (deviations, squares);
    }
}
