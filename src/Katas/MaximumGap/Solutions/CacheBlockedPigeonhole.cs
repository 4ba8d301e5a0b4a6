using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Katas.MaximumGap.Solutions;

/// <summary>
/// The fastest solution here: the pigeonhole argument of <see cref="PigeonholeBuckets"/>, reorganised so
/// that every random access lands in cache and the input streams through memory a few times, with AVX2.
/// </summary>
/// <remarks>
/// <para>
/// 1. One AVX2 pass finds the minimum and the maximum. 2. Buckets are at most as wide as the lower bound
/// <c>⌈(max − min) / (n − 1)⌉</c> on the answer, so the answer lies between buckets; the bucket of
/// <c>r = v − min</c> is <c>(r · m) ≫ 32</c> with <c>m = ⌈2³² / bound⌉</c>, a multiply instead of a
/// 64-bit division, and there are at most n buckets.
/// 3. Each bucket keeps <c>(~min, max)</c> as one 64-bit pair, so a value updates it with a single
/// unsigned vector maximum (<c>vpmaxud</c>) and an all-zero pair means empty.
/// 4. The scan is vectorised too: with empty buckets holding max = 0, "the maximum of the previous
/// non-empty bucket" is a running maximum, an exclusive prefix-max over 8 lanes (three <c>vpermd</c> + <c>vpmaxud</c> steps).
/// </para>
/// <para>
/// Up to <see cref="SingleLevelLimit"/> buckets (the table fits in cache), or width 1 over a small range
/// (a byte map marks each value): one pass over the input. Otherwise, a two-level partition: a histogram and a scatter of
/// <c>v − min</c> into blocks of <see cref="BlockBuckets"/> consecutive buckets (610 blocks for 10⁷
/// values) through one cache-line buffer per block, written out whole (around the cache for large
/// inputs), so the scatter touches memory once per 16 values instead of once per value in a random
/// page; then each block's pigeonhole table (128 KB, L2-resident) is filled and scanned, the running
/// maximum carried from block to block. Runs (sorted or clustered input) and heavy duplicates, which
/// would make each store wait on the previous one, are detected and handled by variants of the loops.
/// </para>
/// <para>
/// Time O(n): at most four sequential passes over the n values and one write of them, plus O(n / 8)
/// vector steps for the scan. Extra space O(n): the partition (from the array pool up to 64 MB), or
/// the one-level table (pooled). Without AVX2 it falls back to <see cref="PigeonholeBuckets"/>.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed unsafe class CacheBlockedPigeonhole : IMaximumGap
{
    /// <summary>log₂ of <see cref="BlockBuckets"/>.</summary>
    internal const int BlockBits = 14;

    /// <summary>
    /// Buckets per block of the two-level partition: 16 384 pairs, 128 KB, stay in L2, while the blocks'
    /// line buffers (one per 16 384 values, so 39 KB for 10⁷ values) stay in L1 during the scatter.
    /// </summary>
    internal const int BlockBuckets = 1 << BlockBits;

    /// <summary>
    /// Up to this many buckets (a 2 MB table, in L2 or L3) one pass over the input beats partitioning it:
    /// measured 2–3× faster at 10⁵ values, 1.4× at 10⁶ (with a 260 MB L3), 2× slower at 10⁷.
    /// </summary>
    internal const int SingleLevelLimit = 1 << 18;

    /// <summary>With buckets of width 1 and a range up to this (a 1 MB byte map), values are only marked present.</summary>
    internal const int PresenceLimit = 1 << 20;

    /// <summary>From this many values on, the partition writes its cache lines around the cache.</summary>
    internal const int NonTemporalThreshold = 1 << 20;

    // The scatter expects runs when all but 1/8 of the sampled neighbours fall in the same block.
    private const int RunsDivisor = 8;

    // Values per bucket from which the table updates look for four values in one bucket.
    private const int DenseRatio = 4;

    // The largest partition (in values, so 64 MB) taken from the array pool.
    private const int PooledPartitionLimit = 1 << 24;

    // uints per 64-byte cache line.
    private const int LineLength = 16;

    // Interleaved copies of each histogram counter: a run of values in one block then increments four
    // different counters in turn instead of waiting on one.
    private const int Lanes = 4;

    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        if (!Avx2.IsSupported)
        {
            return new PigeonholeBuckets().MaximumGap(nums);
        }

        var n = nums.Length;
        fixed (int* input = nums)
        {
            var (min, max) = MinMax(input, n);
            var range = unchecked((uint)(max - min));
            if (range == 0)
            {
                return 0;
            }

            // bucket(r) = (r · multiplier) ≫ shift, for r = v − min: width ≤ bound, so no gap hides inside a bucket.
            var bound = ((ulong)range + (ulong)(n - 2)) / (ulong)(n - 1);
            var (multiplier, shift) = bound == 1 ? (1u, 0) : ((uint)(((1UL << 32) + bound - 1) / bound), 32);
            var buckets = (int)(((ulong)range * multiplier) >> shift) + 1;
            var values = (uint*)input;
            var bias = unchecked((uint)min);

            if (bound == 1 && buckets <= PresenceLimit)
            {
                return MarkAndScan(values, n, bias, buckets);
            }

            if (buckets <= SingleLevelLimit)
            {
                return SingleLevel(values, n, bias, multiplier, shift, buckets);
            }

            // The partition needs n values plus a line of slack per block in one array.
            var blocks = ((buckets - 1) >> BlockBits) + 1;
            var partitionLength = n + ((long)(blocks + 1) * LineLength);
            return partitionLength <= Array.MaxLength
                ? TwoLevel(values, n, bias, multiplier, shift, buckets, blocks, (int)partitionLength)
                : new PigeonholeBuckets().MaximumGap(nums);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Min, int Max) MinMax(int* values, int n)
    {
        var i = 0;
        int min = int.MaxValue, max = int.MinValue;
        if (n >= 4 * Vector256<int>.Count)
        {
            // Four independent accumulators hide the latency of vpminsd / vpmaxsd.
            var min0 = Vector256.Create(int.MaxValue);
            var max0 = Vector256.Create(int.MinValue);
            var (min1, min2, min3) = (min0, min0, min0);
            var (max1, max2, max3) = (max0, max0, max0);
            for (; i <= n - (4 * Vector256<int>.Count); i += 4 * Vector256<int>.Count)
            {
                var a = Avx.LoadVector256(values + i);
                var b = Avx.LoadVector256(values + i + 8);
                var c = Avx.LoadVector256(values + i + 16);
                var d = Avx.LoadVector256(values + i + 24);
                (min0, max0) = (Avx2.Min(min0, a), Avx2.Max(max0, a));
                (min1, max1) = (Avx2.Min(min1, b), Avx2.Max(max1, b));
                (min2, max2) = (Avx2.Min(min2, c), Avx2.Max(max2, c));
                (min3, max3) = (Avx2.Min(min3, d), Avx2.Max(max3, d));
            }

            var mins = Avx2.Min(Avx2.Min(min0, min1), Avx2.Min(min2, min3));
            var maxs = Avx2.Max(Avx2.Max(max0, max1), Avx2.Max(max2, max3));
            for (var lane = 0; lane < Vector256<int>.Count; lane++)
            {
                min = Math.Min(min, mins.GetElement(lane));
                max = Math.Max(max, maxs.GetElement(lane));
            }
        }

        for (; i < n; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (min, max);
    }

    // Width 1 (range < n): the buckets are the values themselves and a byte per value says whether it
    // occurs. Marking is a plain store with nothing to read, so duplicates cost no dependency chains.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long MarkAndScan(uint* values, int n, uint bias, int size)
    {
        var padded = RoundUp(size, 64);
        var seenArray = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            fixed (byte* seen = seenArray)
            {
                new Span<byte>(seen, padded).Clear();
                var i = 0;
                for (; i <= n - 4; i += 4)
                {
                    seen[values[i] - bias] = 1;
                    seen[values[i + 1] - bias] = 1;
                    seen[values[i + 2] - bias] = 1;
                    seen[values[i + 3] - bias] = 1;
                }

                for (; i < n; i++)
                {
                    seen[values[i] - bias] = 1;
                }

                // 64 flags at a time become one mask; walk its set bits. Offset 0 (the minimum) is present.
                long best = 0, previous = 0;
                for (var block = 0; block < padded; block += 64)
                {
                    var low = Avx2.CompareEqual(Avx.LoadVector256(seen + block), Vector256<byte>.Zero);
                    var high = Avx2.CompareEqual(Avx.LoadVector256(seen + block + 32), Vector256<byte>.Zero);
                    var present = ~(((ulong)(uint)Avx2.MoveMask(high) << 32) | (uint)Avx2.MoveMask(low));
                    while (present != 0)
                    {
                        long offset = block + BitOperations.TrailingZeroCount(present);
                        best = Math.Max(best, offset - previous);
                        previous = offset;
                        present &= present - 1;
                    }
                }

                return best;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(seenArray);
        }
    }

    private static long SingleLevel(uint* values, int n, uint bias, uint multiplier, int shift, int buckets)
    {
        var size = RoundUp(buckets, Vector256<uint>.Count);
        var tableArray = ArrayPool<ulong>.Shared.Rent(size);
        try
        {
            fixed (ulong* table = tableArray)
            {
                new Span<ulong>(table, size).Clear();
                // Width ≥ 2 here (width 1 went to the byte map), so buckets > n / 2: never dense.
                Accumulate(values, n, bias, multiplier, shift, table, ulong.MaxValue, dense: false);
                uint carry = 0;
                return ScanAndClear(table, size, ref carry);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(tableArray);
        }
    }

    private static long TwoLevel(uint* values, int n, uint bias, uint multiplier, int shift, int buckets, int blocks, int partitionLength)
    {
        var blockShift = shift + BlockBits;
        var countsArray = ArrayPool<int>.Shared.Rent(blocks * Lanes);
        var linesArray = ArrayPool<uint>.Shared.Rent((blocks + 1) * LineLength);
        var tableArray = ArrayPool<ulong>.Shared.Rent(BlockBuckets);

        // Up to 64 MB the partition comes from the pool (warm pages, no GC); beyond, a pooled array
        // rounded up to a power of two would waste too much, so it is allocated, without zeroing.
        var pooled = partitionLength <= PooledPartitionLimit;
        var partitionArray = pooled ? ArrayPool<uint>.Shared.Rent(partitionLength) : GC.AllocateUninitializedArray<uint>(partitionLength);
        try
        {
            fixed (int* counts = countsArray)
            fixed (uint* linesStart = linesArray)
            fixed (uint* partitionStart = partitionArray)
            fixed (ulong* table = tableArray)
            {
                var lines = AlignToLine(linesStart);
                var partition = AlignToLine(partitionStart);

                new Span<int>(counts, blocks * Lanes).Clear();
                var repeats = Histogram(values, n, bias, multiplier, blockShift, counts);

                // Each block starts on a cache line, so that every flush is one aligned line. The cursors
                // overwrite the counts in place: block b's cursor goes to index b, its counts are at 4b…4b + 3.
                var cursors = counts;
                var position = 0;
                for (var block = 0; block < blocks; block++)
                {
                    var size = counts[block * Lanes] + counts[(block * Lanes) + 1] + counts[(block * Lanes) + 2] + counts[(block * Lanes) + 3];
                    cursors[block] = position;
                    position += RoundUp(size, LineLength);
                }

                var nonTemporal = n >= NonTemporalThreshold;
                if (repeats >= (n / Lanes) - (n / Lanes / RunsDivisor))
                {
                    PartitionRuns(values, n, bias, multiplier, blockShift, cursors, lines, partition, nonTemporal);
                }
                else
                {
                    Partition(values, n, bias, multiplier, blockShift, cursors, lines, partition, nonTemporal);
                }
                if (nonTemporal)
                {
                    Sse.StoreFence();
                }

                // The table is cleared once here, then by each scan as it reads it.
                new Span<ulong>(table, BlockBuckets).Clear();
                long best = 0;
                uint carry = 0;
                var start = 0;
                for (var block = 0; block < blocks; block++)
                {
                    var end = cursors[block];
                    if (end == start)
                    {
                        continue;
                    }

                    // The block's last, partial line is still in its buffer.
                    var partial = end & (LineLength - 1);
                    new Span<uint>(lines + (block * LineLength), partial).CopyTo(new Span<uint>(partition + end - partial, partial));

                    var size = RoundUp(Math.Min(BlockBuckets, buckets - (block << BlockBits)), Vector256<uint>.Count);
                    Accumulate(partition + start, end - start, 0, multiplier, shift, table, BlockBuckets - 1, end - start >= DenseRatio * (long)size);
                    best = Math.Max(best, ScanAndClear(table, size, ref carry));
                    start = RoundUp(end, LineLength);
                }

                return best;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(countsArray);
            ArrayPool<uint>.Shared.Return(linesArray);
            ArrayPool<ulong>.Shared.Return(tableArray);
            if (pooled)
            {
                ArrayPool<uint>.Shared.Return(partitionArray);
            }
        }
    }

    // Counts the values of each block, and returns how many of the pairs (values[4k], values[4k + 1])
    // fall in one block, so that the scatter knows whether to expect runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Histogram(uint* values, int n, uint bias, uint multiplier, int blockShift, int* counts)
    {
        long repeats = 0;
        var i = 0;
        for (; i <= n - Lanes; i += Lanes)
        {
            var block0 = ((ulong)(values[i] - bias) * multiplier) >> blockShift;
            var block1 = ((ulong)(values[i + 1] - bias) * multiplier) >> blockShift;
            var block2 = ((ulong)(values[i + 2] - bias) * multiplier) >> blockShift;
            var block3 = ((ulong)(values[i + 3] - bias) * multiplier) >> blockShift;
            counts[(block0 * Lanes) + 0]++;
            counts[(block1 * Lanes) + 1]++;
            counts[(block2 * Lanes) + 2]++;
            counts[(block3 * Lanes) + 3]++;

            // A sample, one neighbour pair in four, is enough to tell runs from scatter. (a ^ b) − 1 has
            // its top bit set exactly when a = b (blocks are far below 2⁶³): no branch.
            repeats += (long)(((block1 ^ block0) - 1) >> 63);
        }

        for (; i < n; i++)
        {
            counts[(((ulong)(values[i] - bias) * multiplier) >> blockShift) * Lanes]++;
        }

        return repeats;
    }

    // Software write-combining: values gather in their block's line buffer (in L1), and only full lines
    // go to the partition, as two aligned 32-byte stores. Each block's cursor lives in memory: a value
    // in the same block as the one before waits for that store (a few cycles), which is rare unless
    // the input has runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Partition(uint* values, int n, uint bias, uint multiplier, int blockShift, int* cursors, uint* lines, uint* partition, bool nonTemporal)
    {
        for (var i = 0; i < n; i++)
        {
            var offset = values[i] - bias;
            var block = (nint)(((ulong)offset * multiplier) >> blockShift);
            var cursor = cursors[block];
            var line = lines + (block * LineLength);
            line[cursor & (LineLength - 1)] = offset;
            cursor++;
            cursors[block] = cursor;
            if ((cursor & (LineLength - 1)) == 0)
            {
                Flush(line, partition + cursor - LineLength, nonTemporal);
            }
        }
    }

    // As Partition, for inputs with runs (most values in the same block as the one before): the cursor
    // of the block last written stays in a register, so a run does not wait on its own stores. On
    // values that alternate at random between a few blocks, the branch would mispredict half the time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PartitionRuns(uint* values, int n, uint bias, uint multiplier, int blockShift, int* cursors, uint* lines, uint* partition, bool nonTemporal)
    {
        nint last = 0;
        var cursor = cursors[0];
        for (var i = 0; i < n; i++)
        {
            var offset = values[i] - bias;
            var block = (nint)(((ulong)offset * multiplier) >> blockShift);
            if (block != last)
            {
                cursors[last] = cursor;
                cursor = cursors[block];
                last = block;
            }

            var line = lines + (block * LineLength);
            line[cursor & (LineLength - 1)] = offset;
            cursor++;
            if ((cursor & (LineLength - 1)) == 0)
            {
                Flush(line, partition + cursor - LineLength, nonTemporal);
            }
        }

        cursors[last] = cursor;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Flush(uint* line, uint* to, bool nonTemporal)
    {
        if (nonTemporal)
        {
            Avx.StoreAlignedNonTemporal(to, Avx.LoadAlignedVector256(line));
            Avx.StoreAlignedNonTemporal(to + 8, Avx.LoadAlignedVector256(line + 8));
        }
        else
        {
            Avx.StoreAligned(to, Avx.LoadAlignedVector256(line));
            Avx.StoreAligned(to + 8, Avx.LoadAlignedVector256(line + 8));
        }
    }

    // table[bucket(v − bias) & mask] = max(table[…], (~r, r)) lane-wise: the (~min, max) pair of each bucket.
    // Four values at a time: one vector computes their buckets and pairs, then each is a load, a vpmaxud
    // and a store of 8 bytes. With dense data (at least DenseRatio values per bucket) four values in one
    // bucket are folded first, into a single update.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate(uint* values, int n, uint bias, uint multiplier, int shift, ulong* table, ulong mask, bool dense)
    {
        var biases = Vector128.Create(bias);
        var multipliers = Vector256.Create((ulong)multiplier).AsUInt32();
        var masks = Vector256.Create(mask);
        var lowHalves = Vector256.Create(0xFFFF_FFFFUL);
        var shifts = Vector128.CreateScalar((ulong)shift);
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            var offsets = Avx2.ConvertToVector256Int64(Sse2.Subtract(Sse2.LoadVector128(values + i), biases)).AsUInt64();
            var indexes = Avx2.And(Avx2.ShiftRightLogical(Avx2.Multiply(offsets.AsUInt32(), multipliers), shifts), masks);
            var pairs = Avx2.Or(Avx2.ShiftLeftLogical(offsets, 32), Avx2.Xor(offsets, lowHalves));
            var lowPairs = pairs.GetLower();
            var highPairs = pairs.GetUpper();
            var lowIndexes = indexes.GetLower();
            var highIndexes = indexes.GetUpper();
            if (dense && Avx2.MoveMask(Avx2.CompareEqual(indexes, Avx2.Permute4x64(indexes, 0)).AsByte()) == -1)
            {
                // Four values in one bucket (many duplicates): fold them into one pair first, rather
                // than four updates that would each wait for the previous one's store.
                var folded = Sse41.Max(lowPairs.AsUInt32(), highPairs.AsUInt32());
                Update(table + lowIndexes.ToScalar(), Sse41.Max(folded, Sse2.ShiftRightLogical128BitLane(folded, 8)).AsUInt64());
                continue;
            }

            Update(table + lowIndexes.ToScalar(), lowPairs);
            Update(table + lowIndexes.GetElement(1), Sse2.ShiftRightLogical128BitLane(lowPairs, 8));
            Update(table + highIndexes.ToScalar(), highPairs);
            Update(table + highIndexes.GetElement(1), Sse2.ShiftRightLogical128BitLane(highPairs, 8));
        }

        for (; i < n; i++)
        {
            var offset = values[i] - bias;
            Update(table + ((((ulong)offset * multiplier) >> shift) & mask), Vector128.CreateScalarUnsafe(((ulong)offset << 32) | ~offset));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(ulong* slot, Vector128<ulong> pair) =>
        Sse2.StoreScalar(slot, Sse41.Max(Sse2.LoadScalarVector128(slot).AsUInt32(), pair.AsUInt32()).AsUInt64());

    // The largest min(bucket) − max(previous non-empty bucket) over table[0..size), size a multiple of 8,
    // leaving the table cleared (all empty) for the next block. carry holds the maximum of everything
    // before the table and is updated for the next one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint ScanAndClear(ulong* table, int size, ref uint carry)
    {
        var evenOdd = Vector256.Create(0u, 2, 4, 6, 1, 3, 5, 7);
        var previous1 = Vector256.Create(0u, 0, 1, 2, 3, 4, 5, 6);
        var previous2 = Vector256.Create(0u, 1, 0, 1, 2, 3, 4, 5);
        var previous4 = Vector256.Create(0u, 1, 2, 3, 0, 1, 2, 3);
        var lastLane = Vector256.Create(7u);
        var firstLane = Vector256.Create(uint.MaxValue, 0, 0, 0, 0, 0, 0, 0);
        var carried = Vector256.Create(carry);
        var best = Vector256<uint>.Zero;
        var words = (uint*)table;
        for (var i = 0; i < size; i += Vector256<uint>.Count)
        {
            // Eight pairs (~min, max) → eight minima and eight maxima.
            var low = Avx.LoadVector256(words + (2 * i));
            var high = Avx.LoadVector256(words + (2 * i) + 8);
            Avx.Store(words + (2 * i), Vector256<uint>.Zero);
            Avx.Store(words + (2 * i) + 8, Vector256<uint>.Zero);
            var a = Avx2.PermuteVar8x32(low, evenOdd);
            var b = Avx2.PermuteVar8x32(high, evenOdd);
            var mins = ~Avx2.Permute2x128(a, b, 0x20);
            var maxs = Avx2.Permute2x128(a, b, 0x31);

            // The prefix maximum of the eight maxima, by log steps in which a lane with nothing before it
            // takes itself (max(x, x) = x); shifted up a lane it is "the maximum before", with carried
            // (the maximum of all earlier vectors) folded in by one vpmaxud: the only step that waits on
            // the previous vector.
            var prefix = Avx2.Max(maxs, Avx2.PermuteVar8x32(maxs, previous1));
            prefix = Avx2.Max(prefix, Avx2.PermuteVar8x32(prefix, previous2));
            prefix = Avx2.Max(prefix, Avx2.PermuteVar8x32(prefix, previous4));
            var before = Avx2.Max(carried, Avx2.AndNot(firstLane, Avx2.PermuteVar8x32(prefix, previous1)));

            // Non-empty buckets (min ≤ max) have min ≥ every earlier value, so min − before is their gap.
            var nonEmpty = Avx2.CompareEqual(Avx2.Min(mins, maxs), mins);
            best = Avx2.Max(best, Avx2.And(Avx2.Subtract(mins, before), nonEmpty));
            carried = Avx2.Max(carried, Avx2.PermuteVar8x32(prefix, lastLane));
        }

        carry = carried.ToScalar();
        var result = 0u;
        for (var lane = 0; lane < Vector256<uint>.Count; lane++)
        {
            result = Math.Max(result, best.GetElement(lane));
        }

        return result;
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) & -multiple;

    private static uint* AlignToLine(uint* pointer) => (uint*)(((nuint)pointer + 63) & ~(nuint)63);
}
