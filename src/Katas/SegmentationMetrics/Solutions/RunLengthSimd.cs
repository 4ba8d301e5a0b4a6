using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Katas.SegmentationMetrics.Solutions;

/// <summary>
/// The fastest solution here, aimed at one read of both label maps: vector compare-and-count of every
/// (true, predicted) pair for K ≤ 3, and for more classes a count per run of equal pairs, found a
/// vector at a time, with a histogram for the stretches where runs are short.
/// </summary>
/// <remarks>
/// <para>
/// Few classes (K ≤ <see cref="VectorMaxClassCount"/>): each pixel's pair becomes a byte code t·K + p
/// (255 for an ignored pixel), and K² byte accumulators count, 32 pixels per instruction, how many lanes
/// hold each code (compare, then subtract the all-ones mask); they are widened and added to the matrix
/// every 255 vectors, before a byte can overflow. The labels are checked in the same pass: the largest
/// label of every counted pixel is kept, a vector maximum per vector.
/// </para>
/// <para>
/// More classes: real label maps are large uniform regions, so a row of pixels is long runs of one
/// (true, predicted) pair, and a run can be counted at once. Blocks of 64 pixels are compared with
/// themselves shifted by one pixel (two 32-byte vectors per map: compare, AND, one bit per pixel), in
/// chunks of 4 096 pixels and two passes. The first writes the positions of the chunk's run boundaries
/// without a branch on their number (<see cref="Flatten"/>); the second walks them, each boundary
/// adding the length of the run it ends to that run's pair and starting the next (every pixel of a run
/// has the pair of its first). One loop doing both took a branch per boundary and per block that real
/// maps make unpredictable (blocks of 0, 1 and 2 boundaries, 43%, 13% and 37% of the benchmark's, in no
/// order), and ran at 2.3× the benchmark's <c>Limit</c> at K = 19, where the two passes with a prefetch
/// run at 1.44× (the committed report; the README gives the steps). A pair's counter is two table
/// lookups (a true label that is not counted has a scratch row), and an invalid pair a third, so the
/// second pass has no branch on the labels either. A block with more than
/// <see cref="DenseBoundaries"/> changes (noise, random pixels) is counted pixel by pixel instead.
/// </para>
/// <para>
/// Cross-platform vectors: <see cref="Vector256"/> where accelerated, otherwise <see cref="Vector128"/>
/// (ARM64, x64 without AVX2); without either the runs are found eight bytes at a time in 64-bit words.
/// Offsets are native-sized, so every index is safe up to <see cref="Array.MaxLength"/> pixels.
/// </para>
/// <para>
/// Time O(N + K²): one pass over both maps; extra space O(1) beside the K² counts (19 KB of stack for
/// more classes: the tables and one chunk's boundaries). The scores are read off the matrix in one pass.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed class RunLengthSimd : ISegmentationMetrics
{
    /// <summary>Up to this many classes the K² pair codes are counted with vector compares.</summary>
    internal const int VectorMaxClassCount = 3;

    /// <summary>Pixels per block of the run search: one bit each in a 64-bit mask.</summary>
    internal const int BlockLength = 64;

    /// <summary>A block with more run boundaries than this is counted pixel by pixel.</summary>
    internal const int DenseBoundaries = 24;

    // Blocks per chunk of the run search, and the boundaries a block writes whatever its count.
    private const int ChunkBlocks = 64;
    private const int ChunkPixels = ChunkBlocks * BlockLength;
    private const int UnconditionalBoundaries = 4;

    // The flag of a dense block's entry among the boundaries' positions.
    private const ulong DenseBlock = 1ul << 63;

    // Vectors per accumulation chunk: a byte accumulator gains at most one per vector.
    private const int ChunkVectors = 255;

    // The slot of an ignored pixel's pair, and of invalid labels.
    private const int Ignored = -1;
    private const int Invalid = -2;

    /// <inheritdoc/>
    public long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        LabelGuard.ThrowIfInvalid(truth.Length, predicted.Length, classCount, ignoreLabel);

        var counts = new long[classCount * classCount];
        var valid = classCount switch
        {
            _ when truth.IsEmpty => true,
            1 when Vector128.IsHardwareAccelerated => CountPairs<One>(truth, predicted, ignoreLabel, counts),
            2 when Vector128.IsHardwareAccelerated => CountPairs<Two>(truth, predicted, ignoreLabel, counts),
            3 when Vector128.IsHardwareAccelerated => CountPairs<Three>(truth, predicted, ignoreLabel, counts),
            _ => CountRuns(truth, predicted, classCount, ignoreLabel, counts),
        };

        if (!valid)
        {
            LabelGuard.ThrowFirstInvalidPixel(truth, predicted, classCount, ignoreLabel);
        }

        return counts;
    }

    /// <inheritdoc/>
    public SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        LabelGuard.ThrowIfInvalid(confusion, classCount);

        return ScoreFormulas.Score(confusion, classCount);
    }

    // ---- Few classes: count the pair codes with vector compares. ----

    private static bool CountPairs<TClasses>(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, byte ignoreLabel, long[] counts)
        where TClasses : struct, IClassCount
    {
        ref var t = ref MemoryMarshal.GetReference(truth);
        ref var p = ref MemoryMarshal.GetReference(predicted);
        var n = (nuint)truth.Length;
        nuint i = 0;
        bool valid;
        if (Vector256.IsHardwareAccelerated)
        {
            valid = CountPairs256<TClasses>(ref t, ref p, n, ref i, ignoreLabel, counts);
        }
        else
        {
            valid = CountPairs128<TClasses>(ref t, ref p, n, ref i, ignoreLabel, counts);
        }

        // The last pixels, fewer than a vector, one at a time.
        for (; valid && i < n; i++)
        {
            var slot = Slot(Unsafe.Add(ref t, i), Unsafe.Add(ref p, i), TClasses.Value, ignoreLabel);
            valid = slot != Invalid;
            if (slot >= 0)
            {
                counts[slot]++;
            }
        }

        return valid;
    }

    private static bool CountPairs256<TClasses>(ref byte t, ref byte p, nuint n, ref nuint i, byte ignoreLabel, long[] counts)
        where TClasses : struct, IClassCount
    {
        var k = TClasses.Value;
        var ignore = Vector256.Create(ignoreLabel);
        var last = (nuint)Vector256<byte>.Count;
        while (i + last <= n)
        {
            // Accumulators of the codes 0 … K² − 1 (unused ones stay zero and fold away), and the
            // largest label of a counted pixel.
            Vector256<byte> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default;
            Vector256<byte> a5 = default, a6 = default, a7 = default, a8 = default, largest = default;
            var end = i + Math.Min((nuint)ChunkVectors * last, (n - i) & ~(last - 1));
            for (; i < end; i += last)
            {
                var truthLabels = Vector256.LoadUnsafe(ref t, i);
                var predictedLabels = Vector256.LoadUnsafe(ref p, i);
                var ignored = Vector256.Equals(truthLabels, ignore);
                largest = Vector256.Max(largest, Vector256.AndNot(Vector256.Max(truthLabels, predictedLabels), ignored));

                // t·K + p without a byte multiply; ignored pixels get code 255, which no counter matches.
                var code = predictedLabels;
                for (var r = 0; r < k; r++)
                {
                    code += truthLabels;
                }

                code |= ignored;
                a0 -= Vector256.Equals(code, Vector256.Create((byte)0));
                if (k >= 2)
                {
                    a1 -= Vector256.Equals(code, Vector256.Create((byte)1));
                    a2 -= Vector256.Equals(code, Vector256.Create((byte)2));
                    a3 -= Vector256.Equals(code, Vector256.Create((byte)3));
                }

                if (k >= 3)
                {
                    a4 -= Vector256.Equals(code, Vector256.Create((byte)4));
                    a5 -= Vector256.Equals(code, Vector256.Create((byte)5));
                    a6 -= Vector256.Equals(code, Vector256.Create((byte)6));
                    a7 -= Vector256.Equals(code, Vector256.Create((byte)7));
                    a8 -= Vector256.Equals(code, Vector256.Create((byte)8));
                }
            }

            if (Vector256.GreaterThanAny(largest, Vector256.Create((byte)(k - 1))))
            {
                return false;
            }

            counts[0] += Sum(a0);
            if (k >= 2)
            {
                counts[1] += Sum(a1);
                counts[2] += Sum(a2);
                counts[3] += Sum(a3);
            }

            if (k >= 3)
            {
                counts[4] += Sum(a4);
                counts[5] += Sum(a5);
                counts[6] += Sum(a6);
                counts[7] += Sum(a7);
                counts[8] += Sum(a8);
            }
        }

        return true;
    }

    private static bool CountPairs128<TClasses>(ref byte t, ref byte p, nuint n, ref nuint i, byte ignoreLabel, long[] counts)
        where TClasses : struct, IClassCount
    {
        var k = TClasses.Value;
        var ignore = Vector128.Create(ignoreLabel);
        var last = (nuint)Vector128<byte>.Count;
        while (i + last <= n)
        {
            Vector128<byte> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default;
            Vector128<byte> a5 = default, a6 = default, a7 = default, a8 = default, largest = default;
            var end = i + Math.Min((nuint)ChunkVectors * last, (n - i) & ~(last - 1));
            for (; i < end; i += last)
            {
                var truthLabels = Vector128.LoadUnsafe(ref t, i);
                var predictedLabels = Vector128.LoadUnsafe(ref p, i);
                var ignored = Vector128.Equals(truthLabels, ignore);
                largest = Vector128.Max(largest, Vector128.AndNot(Vector128.Max(truthLabels, predictedLabels), ignored));

                var code = predictedLabels;
                for (var r = 0; r < k; r++)
                {
                    code += truthLabels;
                }

                code |= ignored;
                a0 -= Vector128.Equals(code, Vector128.Create((byte)0));
                if (k >= 2)
                {
                    a1 -= Vector128.Equals(code, Vector128.Create((byte)1));
                    a2 -= Vector128.Equals(code, Vector128.Create((byte)2));
                    a3 -= Vector128.Equals(code, Vector128.Create((byte)3));
                }

                if (k >= 3)
                {
                    a4 -= Vector128.Equals(code, Vector128.Create((byte)4));
                    a5 -= Vector128.Equals(code, Vector128.Create((byte)5));
                    a6 -= Vector128.Equals(code, Vector128.Create((byte)6));
                    a7 -= Vector128.Equals(code, Vector128.Create((byte)7));
                    a8 -= Vector128.Equals(code, Vector128.Create((byte)8));
                }
            }

            if (Vector128.GreaterThanAny(largest, Vector128.Create((byte)(k - 1))))
            {
                return false;
            }

            counts[0] += Sum(a0);
            if (k >= 2)
            {
                counts[1] += Sum(a1);
                counts[2] += Sum(a2);
                counts[3] += Sum(a3);
            }

            if (k >= 3)
            {
                counts[4] += Sum(a4);
                counts[5] += Sum(a5);
                counts[6] += Sum(a6);
                counts[7] += Sum(a7);
                counts[8] += Sum(a8);
            }
        }

        return true;
    }

    // The sum of 32 byte counters (each at most 255): widened to 16-bit lanes first, so it cannot wrap.
    private static long Sum(Vector256<byte> counters)
    {
        var (low, high) = Vector256.Widen(counters);
        return Vector256.Sum(low + high);
    }

    private static long Sum(Vector128<byte> counters)
    {
        var (low, high) = Vector128.Widen(counters);
        return Vector128.Sum(low + high);
    }

    // ---- More classes: count runs of equal pairs. ----

    private static unsafe bool CountRuns(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel, long[] counts)
    {
        // The counter of the pair (t, p) is rows[t] + columns[p]; the row of a true label that is not
        // counted (the ignore label, or an invalid one) is a scratch row, so every pixel can be added
        // without a branch. rowFlags[t] & columnFlags[p] is nonzero exactly for an invalid pair: a counted
        // class with a predicted label that is not one (1 & 3), or a true label neither a class nor ignored.
        var rows = stackalloc long*[256];
        var columns = stackalloc nint[256];
        var rowFlags = stackalloc byte[256];
        var columnFlags = stackalloc byte[256];
        var uncounted = stackalloc long[256];
        var boundaries = stackalloc ulong[(ChunkBlocks * DenseBoundaries) + UnconditionalBoundaries];
        fixed (long* matrix = counts)
        fixed (byte* t = truth)
        fixed (byte* p = predicted)
        {
            for (var label = 0; label < 256; label++)
            {
                var isClass = label < classCount;
                rows[label] = isClass ? matrix + (label * classCount) : uncounted;
                columns[label] = isClass ? label : 0;
                rowFlags[label] = (byte)(isClass ? 1 : label == ignoreLabel ? 0 : 3);
                columnFlags[label] = (byte)(isClass ? 2 : 3);
            }

            // The current run: its pair's counter and where it started.
            var n = (nuint)truth.Length;
            var counter = rows[t[0]] + columns[p[0]];
            var invalid = rowFlags[t[0]] & columnFlags[p[0]];
            nuint start = 0;
            nuint i = 1;

            // Chunks of 64 blocks (4 KB of each map, in L1 for the second pass). Block [b, b + 64) is
            // compared with [b − 1, b + 63), so it needs b + 64 ≤ n.
            while (i + BlockLength <= n)
            {
                var end = i + (Math.Min((nuint)ChunkBlocks, (n - i) / BlockLength) * BlockLength);

                // First pass: the positions of the chunk's run boundaries, in order (two blocks per
                // iteration: half the loop's overhead).
                var written = boundaries;
                var block = i;
                for (; block + BlockLength < end; block += 2 * BlockLength)
                {
                    // The next chunk's lines are requested a chunk ahead: the hardware prefetchers alone left
                    // this loop waiting on memory (1.85 ms without, 1.63 ms with, at K = 19 on the region
                    // batch, best of 200 calls in one process; x64 only, as .NET has no prefetch for ARM64).
                    // A prefetch never faults, past the end of the maps either.
                    if (Sse.IsSupported)
                    {
                        Sse.Prefetch0(t + block + ChunkPixels);
                        Sse.Prefetch0(t + block + ChunkPixels + BlockLength);
                        Sse.Prefetch0(p + block + ChunkPixels);
                        Sse.Prefetch0(p + block + ChunkPixels + BlockLength);
                    }

                    var first = Boundaries(ref *t, ref *p, block);
                    var second = Boundaries(ref *t, ref *p, block + BlockLength);
                    written += Flatten(written, first, block);
                    written += Flatten(written, second, block + BlockLength);
                }

                for (; block < end; block += BlockLength)
                {
                    written += Flatten(written, Boundaries(ref *t, ref *p, block), block);
                }

                // Second pass: each boundary ends the current run, adding its length to its pair's counter,
                // and starts the next (every pixel of a run has the pair of its first).
                for (var entry = boundaries; entry < written; entry++)
                {
                    var at = (nuint)(*entry & ~DenseBlock);
                    *counter += (long)(at - start);
                    if ((*entry & DenseBlock) != 0)
                    {
                        // Short runs: the block counted pixel by pixel, its last pixel starting the next run.
                        for (var last = at + BlockLength - 1; at < last; at++)
                        {
                            (*(rows[t[at]] + columns[p[at]]))++;
                            invalid |= rowFlags[t[at]] & columnFlags[p[at]];
                        }
                    }

                    start = at;
                    counter = rows[t[at]] + columns[p[at]];
                    invalid |= rowFlags[t[at]] & columnFlags[p[at]];
                }

                if (invalid != 0)
                {
                    return false;
                }

                i = end;
            }

            // The last pixels, fewer than a block, one at a time.
            for (; i < n; i++)
            {
                if (t[i] != t[i - 1] || p[i] != p[i - 1])
                {
                    *counter += (long)(i - start);
                    start = i;
                    counter = rows[t[i]] + columns[p[i]];
                    invalid |= rowFlags[t[i]] & columnFlags[p[i]];
                }
            }

            *counter += (long)(n - start);
            return invalid == 0;
        }
    }

    // Writes the positions of a block's boundaries (block + the index of each set bit of mask) and
    // returns how many it wrote. The first four are written whatever the count (the loop that would stop
    // at the count mispredicts on real maps, whose blocks hold 0, 1 or 2 boundaries in no order), and
    // the count advances the output: the "flatten bits" of Langdale and Lemire, "Parsing Gigabytes of
    // JSON per Second" (2019). A block with more than DenseBoundaries is written as one entry, flagged.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Flatten(ulong* output, ulong mask, nuint block)
    {
        var count = BitOperations.PopCount(mask);
        if (count > DenseBoundaries)
        {
            *output = block | DenseBlock;
            return 1;
        }

        output[0] = block + (nuint)BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        output[1] = block + (nuint)BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        output[2] = block + (nuint)BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        output[3] = block + (nuint)BitOperations.TrailingZeroCount(mask);
        for (var j = UnconditionalBoundaries; j < count; j++)
        {
            mask &= mask - 1;
            output[j] = block + (nuint)BitOperations.TrailingZeroCount(mask);
        }

        return count;
    }

    // Bit j set when pixel i + j differs from pixel i + j − 1 in its true or its predicted label.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Boundaries(ref byte t, ref byte p, nuint i)
    {
        // A pixel is inside a run when both its labels equal its left neighbour's: two compares and an AND.
        if (Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.Equals(Vector256.LoadUnsafe(ref t, i), Vector256.LoadUnsafe(ref t, i - 1))
                & Vector256.Equals(Vector256.LoadUnsafe(ref p, i), Vector256.LoadUnsafe(ref p, i - 1));
            var high = Vector256.Equals(Vector256.LoadUnsafe(ref t, i + 32), Vector256.LoadUnsafe(ref t, i + 31))
                & Vector256.Equals(Vector256.LoadUnsafe(ref p, i + 32), Vector256.LoadUnsafe(ref p, i + 31));
            return ~(low.ExtractMostSignificantBits() | ((ulong)high.ExtractMostSignificantBits() << 32));
        }

        if (Vector128.IsHardwareAccelerated)
        {
            ulong same = 0;
            for (nuint q = 0; q < BlockLength; q += 16)
            {
                var inRun = Vector128.Equals(Vector128.LoadUnsafe(ref t, i + q), Vector128.LoadUnsafe(ref t, i + q - 1))
                    & Vector128.Equals(Vector128.LoadUnsafe(ref p, i + q), Vector128.LoadUnsafe(ref p, i + q - 1));
                same |= (ulong)inRun.ExtractMostSignificantBits() << (int)q;
            }

            return ~same;
        }

        // Eight pixels per 64-bit word: a nonzero byte of (word ^ word shifted by a pixel) is a change.
        ulong mask = 0;
        for (nuint q = 0; q < BlockLength; q += 8)
        {
            var changes = (Read(ref t, i + q) ^ Read(ref t, i + q - 1)) | (Read(ref p, i + q) ^ Read(ref p, i + q - 1));
            mask |= NonzeroBytes(changes) << (int)q;
        }

        return mask;
    }

    private static ulong Read(ref byte source, nuint offset) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, offset));

    // Bit k set when byte k of the (little-endian) word is nonzero: each byte's bits folded into its
    // lowest, then the eight lowest bits gathered into the top byte by one multiply (no two partial
    // products meet, so there are no carries).
    private static ulong NonzeroBytes(ulong word)
    {
        if (!BitConverter.IsLittleEndian)
        {
            word = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(word);
        }

        word |= word >> 4;
        word |= word >> 2;
        word |= word >> 1;
        return ((word & 0x0101_0101_0101_0101) * 0x0102_0408_1020_4080) >> 56;
    }

    // The pair's counter, Ignored for an ignored pixel, or Invalid.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(byte truth, byte predicted, int classCount, byte ignoreLabel)
    {
        if (truth < classCount)
        {
            return predicted < classCount ? (truth * classCount) + predicted : Invalid;
        }

        return truth == ignoreLabel ? Ignored : Invalid;
    }

    // The class count as a type, so that the JIT compiles CountPairs once per K with K a constant.
    private interface IClassCount
    {
        static abstract int Value { get; }
    }

    private readonly struct One : IClassCount
    {
        public static int Value => 1;
    }

    private readonly struct Two : IClassCount
    {
        public static int Value => 2;
    }

    private readonly struct Three : IClassCount
    {
        public static int Value => 3;
    }
}
