using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Katas.RunningStatistics.Solutions;

/// <summary>
/// The most accurate: the corrected two-pass algorithm per block with compensated (error-free) sums,
/// and double-double merges, so that the mean and M2 come out within a few units in the last place
/// whatever the offset of the data.
/// </summary>
/// <remarks>
/// Algorithm: the input is cut into blocks of 1 024 values that stay in L1. Pass one over a block is a
/// plain vector sum, for the block's shift s = Σx / n_b, within a few ulps of its mean. Pass two sums
/// d = x − s with Knuth's TwoSum in vector lanes (each addition's rounding error kept and summed
/// beside) and d² as Ogita, Rump and Oishi's Dot2 (each square's rounding error from a fused
/// multiply-add, each addition's from TwoSum). Where the mean is large beside the spread, every x lies
/// within a factor of two of s and x − s is exact (Sterbenz); elsewhere its rounding costs at most
/// 2⁻⁵³ of each square. Then M2 = Σd² − (Σd)² / n_b, the block means and the Chan merges between blocks
/// are computed in double-double, and both results are rounded once at the end, so the relative error
/// stays within a few 2⁻⁵³ for any n and any ratio of mean to spread. <c>Add</c> and <c>Combine</c>
/// also work in double-double and round once. Time O(n) (one read of the input from memory; about six
/// times the arithmetic of <see cref="BlockedSimd"/>), extra space O(1).
/// </remarks>
public sealed class CompensatedTwoPass : IRunningStatistics
{
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
    public Moments Add(Moments state, double value) => Updates.Add(state, value, AddOnce);

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) => Updates.Combine(left, right, CombineOnce);

    // Welford's update with δ = x − mean exact (TwoSum) and the rest in double-double: each result is
    // the exact update of the given summary, rounded once.
    private static Moments AddOnce(Moments state, double value)
    {
        var count = checked(state.Count + 1);
        var delta = DoubleDouble.TwoSum(value, -state.Mean);
        var mean = (delta / count) + state.Mean;
        var m2 = (delta * delta * state.Count / count) + state.M2;
        return new(count, mean.Value, m2.Value);
    }

    // Chan's merge with δ exact (TwoSum) and the rest in double-double, rounded once.
    private static Moments CombineOnce(Moments left, Moments right)
    {
        var count = checked(left.Count + right.Count);
        var delta = DoubleDouble.TwoSum(right.Mean, -left.Mean);
        var mean = (delta * right.Count / count) + left.Mean;
        var weight = DoubleDouble.TwoProduct(left.Count, right.Count) / count;
        var m2 = (delta * delta * weight) + left.M2 + right.M2;
        return new(count, mean.Value, m2.Value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Moments Blocks<T>(ReadOnlySpan<double> values)
        where T : struct, ILanes<T>
    {
        ref var first = ref MemoryMarshal.GetReference(values);
        var length = (nuint)values.Length;

        // Block means are kept relative to the first block's shift, in double-double.
        var origin = 0.0;
        DoubleDouble sum = default, mean = default, m2 = default;
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
            var offset = DoubleDouble.TwoSum(shift, -origin);
            var blockMean = offset + (deviations / size);
            var blockM2 = squares - (deviations * deviations / size);

            var total = count + (long)size;
            var delta = blockMean - mean;
            m2 += blockM2 + (delta * delta * (DoubleDouble.TwoProduct(count, size) / total));
            sum += (offset * size) + deviations;
            count = total;
            mean = sum / count;
        }

        return new(count, (mean + origin).Value, Math.Max(0, m2.Value));
    }

    // Σd and Σd² for d = x − shift, both error-free up to the final rounding of the lanes (Sum2, Dot2).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (DoubleDouble Deviations, DoubleDouble Squares) Deviations<T>(ref double source, nuint length, double shift)
        where T : struct, ILanes<T>
    {
        var width = (nuint)T.Count;
        var s = T.Create(shift);
        T d0 = T.Zero, d1 = T.Zero, e0 = T.Zero, e1 = T.Zero;
        T q0 = T.Zero, q1 = T.Zero, f0 = T.Zero, f1 = T.Zero;
        nuint i = 0;
        for (; i + (2 * width) <= length; i += 2 * width)
        {
            var x0 = T.Load(ref source, i) - s;
            var x1 = T.Load(ref source, i + width) - s;
            Accumulate(ref d0, ref e0, x0);
            Accumulate(ref d1, ref e1, x1);
            AccumulateSquare(ref q0, ref f0, x0);
            AccumulateSquare(ref q1, ref f1, x1);
        }

        for (; i + width <= length; i += width)
        {
            var x = T.Load(ref source, i) - s;
            Accumulate(ref d0, ref e0, x);
            AccumulateSquare(ref q0, ref f0, x);
        }

        var deviations = Lanes(default, d0, d1, e0, e1);
        var squares = Lanes(default, q0, q1, f0, f1);
        for (; i < length; i++)
        {
            var x = Unsafe.Add(ref source, i) - shift;
            deviations += x;
            squares += DoubleDouble.TwoProduct(x, x);
        }

        return (deviations, squares);
    }

    // sum + x as TwoSum: the rounded sum stays in the lane, its rounding error joins the compensation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate<T>(ref T sum, ref T compensation, T x)
        where T : struct, ILanes<T>
    {
        var total = sum + x;
        var xPart = total - sum;
        compensation += (sum - (total - xPart)) + (x - xPart);
        sum = total;
    }

    // sum + x² with both the square's and the sum's rounding errors kept.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AccumulateSquare<T>(ref T sum, ref T compensation, T x)
        where T : struct, ILanes<T>
    {
        var square = x * x;
        compensation += T.FusedMultiplyAdd(x, x, T.Zero - square);
        Accumulate(ref sum, ref compensation, square);
    }

    // Adds every lane of a, b, c and d to total in double-double.
    private static DoubleDouble Lanes<T>(DoubleDouble total, T a, T b, T c, T d)
        where T : struct, ILanes<T>
    {
        Span<double> lanes = stackalloc double[T.Count];
        foreach (var vector in (ReadOnlySpan<T>)[a, b, c, d])
        {
            T.CopyTo(vector, lanes);
            foreach (var lane in lanes)
            {
                total += lane;
            }
        }

        return total;
    }
}
