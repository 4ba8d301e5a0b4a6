using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Katas.Softmax.Solutions;

/// <summary>The algorithm of <see cref="BlockedOnlineSimd"/>, generic over the vector width.</summary>
/// <typeparam name="T">The vector type: <see cref="Simd512"/>, <see cref="Simd256"/>, <see cref="Simd128"/> or <see cref="Simd1"/>.</typeparam>
[SkipLocalsInit]
internal static class BlockedOnline<T>
    where T : struct, ISimd<T>
{
    /// <summary>Doubles per block: 8 KB, still in L1 when it is read the second time.</summary>
    internal const int BlockLength = 1024;

    // Rescaling events softmax keeps on the stack before it moves them to the heap.
    private const int StackEvents = 32;

    /// <summary>log Σ exp(xᵢ) in one pass over memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double LogSumExp(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty)
        {
            return double.NegativeInfinity;
        }

        ref var source = ref MemoryMarshal.GetReference(x);
        var length = (nuint)x.Length;
        var vectorEnd = length - (length % (nuint)T.Count);
        var max = double.NegativeInfinity;

        // Σ exp(xᵢ − max) lane by lane, plus 1 per lane: a lane's sum is then never below a term (every
        // term is at most 1), so three operations (Fast2Sum) give each addition's rounding error exactly,
        // and error keeps them all. The 1s come off, exactly, at the end.
        T sum = T.Create(1), error = T.Create(0);
        var blockMax = Max(ref source, Math.Min(BlockLength, length));
        for (nuint start = 0; start < length; start += BlockLength)
        {
            var count = Math.Min(BlockLength, length - start);
            ref var block = ref Unsafe.Add(ref source, start);
            if (!(blockMax < double.PositiveInfinity))
            {
                // +∞ or NaN here: NaN wins if there is one, here, later, or (hidden in the sum) earlier.
                return double.IsNaN(T.SumAcross(sum)) || SoftmaxGuard.HasNaN(x[(int)start..]) ? double.NaN : double.PositiveInfinity;
            }

            if (blockMax > max)
            {
                if (max > double.NegativeInfinity)
                {
                    (sum, error) = Rescale(sum, error, Math.Exp(max - blockMax));
                }

                max = blockMax;
            }

            var next = start + count;
            var nextCount = Math.Min(BlockLength, length - next);
            if (max == double.NegativeInfinity)
            {
                // Only −∞ so far, whose terms are 0; but the block's maximum may have passed over a NaN.
                if (SoftmaxGuard.HasNaN(MemoryMarshal.CreateReadOnlySpan(ref block, (int)count)))
                {
                    return double.NaN;
                }

                blockMax = Max(ref Unsafe.Add(ref source, next), nextCount);
                continue;
            }

            // The whole vectors of this block (the last few values of the input come after the loop),
            // and meanwhile the next block's maximum.
            (sum, error, blockMax) = AddExponentials(ref block, Math.Min(count, vectorEnd - start), max, sum, error, ref Unsafe.Add(ref source, next), nextCount);
        }

        if (max == double.NegativeInfinity)
        {
            return max;
        }

        // The lanes' sums less their 1s, their errors and the tail, added exactly into high + low. The
        // largest term is exactly 1, so high ≥ 1 and log Σ = log(high) + low/high to well within an ulp:
        // the small terms stay in low (this is the log1p treatment: [0, −40] gives high = 1, low = 4.2e-18).
        var (high, low) = Total(sum, error, ref Unsafe.Add(ref source, vectorEnd), length - vectorEnd, max);
        if (!double.IsFinite(high))
        {
            return double.NaN; // a NaN term: a NaN value that the maximum passed over
        }

        return max + (Math.Log(high) + (low / high));
    }

    /// <summary>Softmax in two passes over memory; the arguments are valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        ref var source = ref MemoryMarshal.GetReference(x);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var length = (nuint)x.Length;
        var max = double.NegativeInfinity;
        double totalHigh = 0, totalLow = 0;

        // Each block's exponentials are written relative to the running maximum of the time; an event
        // records the block where that maximum changed, so that pass 2 knows each block's scale.
        Span<nuint> eventBlock = stackalloc nuint[StackEvents];
        Span<double> eventMax = stackalloc double[StackEvents];
        var events = 0;

        // Pass 1: per block, its exponentials (into the destination) and their sum, and meanwhile the
        // next block's maximum, so that each block is read from memory once.
        var blockMax = Max(ref source, Math.Min(BlockLength, length));
        for (nuint start = 0; start < length; start += BlockLength)
        {
            var count = Math.Min(BlockLength, length - start);
            ref var block = ref Unsafe.Add(ref source, start);
            if (!(blockMax < double.PositiveInfinity))
            {
                // +∞ or NaN here. Nothing from here on has been written; before here, a NaN shows in the sum.
                if (double.IsNaN(totalHigh))
                {
                    destination.Fill(double.NaN);
                }
                else
                {
                    SoftmaxGuard.WriteSpecial(x, destination, (int)start);
                }

                return;
            }

            if (blockMax > max)
            {
                if (max > double.NegativeInfinity)
                {
                    var factor = Math.Exp(max - blockMax);
                    totalHigh *= factor;
                    totalLow *= factor;
                }

                max = blockMax;
                if (events == eventBlock.Length)
                {
                    // More new maxima than the stack holds (an increasing input): move to the heap.
                    eventBlock = Grow(eventBlock);
                    eventMax = Grow(eventMax);
                }

                eventBlock[events] = start / BlockLength;
                eventMax[events] = max;
                events++;
            }

            var next = start + count;
            var nextCount = Math.Min(BlockLength, length - next);
            if (max == double.NegativeInfinity)
            {
                // Only −∞ so far: nothing is written (their outputs are 0, or there is no distribution).
                if (SoftmaxGuard.HasNaN(MemoryMarshal.CreateReadOnlySpan(ref block, (int)count)))
                {
                    destination.Fill(double.NaN);
                    return;
                }

                blockMax = Max(ref Unsafe.Add(ref source, next), nextCount);
                continue;
            }

            // The blocks' sums, compensated (TwoSum); within a block the lanes add plainly, at most
            // BlockLength / Count terms each, far inside the 1e-12 that softmax allows.
            (var blockSum, blockMax) = WriteExponentials(ref block, ref Unsafe.Add(ref target, start), count, max, ref Unsafe.Add(ref source, next), nextCount);
            Add(ref totalHigh, ref totalLow, blockSum);
        }

        if (max == double.NegativeInfinity)
        {
            throw SoftmaxGuard.NoDistribution();
        }

        var sum = totalHigh + totalLow;
        if (double.IsNaN(sum))
        {
            destination.Fill(double.NaN); // a NaN value that a block's maximum passed over
            return;
        }

        // Pass 2: scale each block by exp(its maximum − max) / sum, from the last block back, so that the
        // blocks pass 1 wrote last are still in cache; blocks before the first finite maximum held only
        // −∞ and were never written.
        var inverse = 1 / sum;
        var end = length;
        for (var e = events - 1; e >= 0; e--)
        {
            var from = eventBlock[e] * BlockLength;
            var factor = eventMax[e] == max ? inverse : Math.Exp(eventMax[e] - max) * inverse;
            ScaleBackwards(ref Unsafe.Add(ref target, from), end - from, factor);
            end = from;
        }

        destination[..(int)end].Clear();
    }

    // The largest value of block[..count]; NaN values may or may not be passed over.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Max(ref double block, nuint count)
    {
        // Four accumulators, so that the maximum is not one long chain of dependent instructions.
        var lanes = (nuint)T.Count;
        T max0 = T.Create(double.NegativeInfinity), max1 = max0, max2 = max0, max3 = max0;
        nuint i = 0;
        for (; i + (4 * lanes) <= count; i += 4 * lanes)
        {
            max0 = T.MaxNative(max0, T.Load(ref block, i));
            max1 = T.MaxNative(max1, T.Load(ref block, i + lanes));
            max2 = T.MaxNative(max2, T.Load(ref block, i + (2 * lanes)));
            max3 = T.MaxNative(max3, T.Load(ref block, i + (3 * lanes)));
        }

        for (; i + lanes <= count; i += lanes)
        {
            max0 = T.MaxNative(max0, T.Load(ref block, i));
        }

        return TailMax(T.MaxAcross(T.MaxNative(T.MaxNative(max0, max1), T.MaxNative(max2, max3))), ref block, i, count);
    }

    // max and block[from..count] one at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TailMax(double max, ref double block, nuint from, nuint count)
    {
        for (var i = from; i < count; i++)
        {
            var value = Unsafe.Add(ref block, i);
            max = value > max ? value : max;
        }

        return max;
    }

    // Adds exp(block[i] − max) for i < count, a multiple of the width, to the lanes (Fast2Sum), and
    // returns the maximum of next[..nextCount] found on the way.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (T Sum, T Error, double NextMax) AddExponentials(ref double block, nuint count, double max, T sum, T error, ref double next, nuint nextCount)
    {
        var lanes = (nuint)T.Count;
        var shift = T.Create(max);
        var nextMax = T.Create(double.NegativeInfinity);
        var both = Math.Min(count, nextCount - (nextCount % lanes));
        nuint i = 0;
        for (; i < both; i += lanes)
        {
            nextMax = T.MaxNative(nextMax, T.Load(ref next, i));
            var term = VectorExp.Exp(T.Load(ref block, i) - shift);
            var total = sum + term;
            error += (sum - total) + term;
            sum = total;
        }

        for (; i < count; i += lanes)
        {
            var term = VectorExp.Exp(T.Load(ref block, i) - shift);
            var total = sum + term;
            error += (sum - total) + term;
            sum = total;
        }

        return (sum, error, Max(nextMax, ref next, both, nextCount));
    }

    // output[i] = exp(block[i] − max) for i < count, in place if output is block; returns their sum and
    // the maximum of next[..nextCount] found on the way. The quick exponential: softmax allows 1e-12.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double Sum, double NextMax) WriteExponentials(ref double block, ref double output, nuint count, double max, ref double next, nuint nextCount)
    {
        var lanes = (nuint)T.Count;
        var shift = T.Create(max);
        var sum = T.Create(0);
        var nextMax = T.Create(double.NegativeInfinity);
        var whole = count - (count % lanes);
        var both = Math.Min(whole, nextCount - (nextCount % lanes));
        nuint i = 0;
        for (; i < both; i += lanes)
        {
            nextMax = T.MaxNative(nextMax, T.Load(ref next, i));
            var term = VectorExp.Quick(T.Load(ref block, i) - shift);
            T.Store(term, ref output, i);
            sum += term;
        }

        for (; i < whole; i += lanes)
        {
            var term = VectorExp.Quick(T.Load(ref block, i) - shift);
            T.Store(term, ref output, i);
            sum += term;
        }

        var total = T.SumAcross(sum);
        for (; i < count; i++)
        {
            var term = VectorExp.QuickExp(Unsafe.Add(ref block, i) - max);
            Unsafe.Add(ref output, i) = term;
            total += term;
        }

        return (total, Max(nextMax, ref next, both, nextCount));
    }

    // The maximum of the lanes of partial (covering block[..from]) and of block[from..count].
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Max(T partial, ref double block, nuint from, nuint count)
    {
        var lanes = (nuint)T.Count;
        var i = from;
        for (; i + lanes <= count; i += lanes)
        {
            partial = T.MaxNative(partial, T.Load(ref block, i));
        }

        return TailMax(T.MaxAcross(partial), ref block, i, count);
    }

    // (sum − 1)·factor + 1 lane-wise, keeping the rounding error of adding the 1 back (TwoSum).
    private static (T Sum, T Error) Rescale(T sum, T error, double factor)
    {
        var one = T.Create(1);
        var scale = T.Create(factor);
        var scaled = (sum - one) * scale;
        var total = scaled + one;
        var onePart = total - scaled;
        return (total, (error * scale) + ((scaled - (total - onePart)) + (one - onePart)));
    }

    // values[i] *= factor for i < count, from the end back.
    private static void ScaleBackwards(ref double values, nuint count, double factor)
    {
        var lanes = (nuint)T.Count;
        var scale = T.Create(factor);
        var i = count;
        for (; i >= lanes; i -= lanes)
        {
            T.Store(T.Load(ref values, i - lanes) * scale, ref values, i - lanes);
        }

        for (; i > 0; i--)
        {
            Unsafe.Add(ref values, i - 1) *= factor;
        }
    }

    // high + low = Σ over the lanes of (sum − 1) + error, plus exp(tail[i] − max) for i < count, to
    // within an ulp of low.
    private static (double High, double Low) Total(T sum, T error, ref double tail, nuint count, double max)
    {
        Span<double> sums = stackalloc double[T.Count];
        Span<double> errors = stackalloc double[T.Count];
        T.CopyTo(sum, sums);
        T.CopyTo(error, errors);
        double high = 0, low = 0;
        for (var lane = 0; lane < sums.Length; lane++)
        {
            Add(ref high, ref low, sums[lane] - 1); // exact: the sum is at least 1
            low += errors[lane];
        }

        for (nuint i = 0; i < count; i++)
        {
            Add(ref high, ref low, VectorExp.Exp(Unsafe.Add(ref tail, i) - max));
        }

        // Renormalise, so that low is below half an ulp of high.
        var renormalised = high + low;
        low -= renormalised - high;
        return (renormalised, low);
    }

    // high + low += value, the addition's rounding error kept (TwoSum).
    private static void Add(ref double high, ref double low, double value)
    {
        var total = high + value;
        var valuePart = total - high;
        low += (high - (total - valuePart)) + (value - valuePart);
        high = total;
    }

    private static Span<TValue> Grow<TValue>(Span<TValue> events)
    {
        var larger = new TValue[events.Length * 2];
        events.CopyTo(larger);
        return larger;
    }
}
