using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Katas.MaximumGap.Solutions;

/// <summary>
/// The fastest solution here: the pigeonhole argument of <see cref="PigeonholeBuckets"/>, reorganised so
/// that every random access lands in cache and the input streams through memory a few times, vectorised
/// with the cross-platform <see cref="Vector{T}"/> and <see cref="Vector128{T}"/> APIs.
/// </summary>
/// <remarks>
/// <para>
/// 1. One vector pass finds the minimum and the maximum. 2. Buckets are at most as wide as the lower
/// bound <c>⌈(max − min) / (n − 1)⌉</c> on the answer, so the answer lies between buckets; the bucket of
/// <c>r = v − min</c> is <c>(r · m) ≫ 32</c> with <c>m = ⌈2³² / bound⌉</c>, a multiply instead of a
/// 64-bit division, and there are at most n buckets.
/// 3. Each bucket keeps <c>(~min, max)</c> as one 64-bit pair, so a value updates it with a single
/// unsigned maximum of two 32-bit lanes, and an all-zero pair means empty.
/// 4. The scan is vectorised too: with empty buckets holding max = 0, "the maximum of the previous
/// non-empty bucket" is a running maximum, an exclusive prefix-max inside each vector.
/// </para>
/// <para>
/// Up to <see cref="SingleLevelLimit"/> buckets (the table fits in cache), or width 1 over a small range
/// (a byte map marks each value): one pass over the input. Otherwise, a two-level partition: a histogram
/// and a scatter of <c>v − min</c> into blocks of <see cref="BlockBuckets"/> consecutive buckets (610
/// blocks for 10⁷ values) through one cache-line buffer per block, written out whole (around the cache
/// for large inputs), so the scatter touches memory once per 16 values instead of once per value in a
/// random page; then each block's pigeonhole table (128 KB, L2-resident) is filled and scanned, the
/// running maximum carried from block to block. Runs (sorted or clustered input) and heavy duplicates,
/// which would make each store wait on the previous one, are detected and handled by variants of the loops.
/// </para>
/// <para>
/// Time O(n): at most four sequential passes over the n values and one write of them, plus O(n / 8)
/// vector steps for the scan. Extra space: the partition, n values and a cache line per block
/// (4n bytes and 0.4 %, allocated to size without zeroing, not pooled: a pooled array rounded up to a
/// power of two held up to 64 MB for 10⁷ values where 40 MB suffice); the pooled one-level table or
/// byte map (at most 2 MB). Positions in the partition are unsigned and it is a <see cref="ulong"/>
/// array, so inputs up to <see cref="Array.MaxLength"/> values fit. Without hardware vectors the same
/// algorithm runs with scalar minimum, maximum and scan.
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

    // uints per 64-byte cache line.
    private const int LineLength = 16;

    // Interleaved copies of each histogram counter: a run of values in one block then increments four
    // different counters in turn instead of waiting on one.
    private const int Lanes = 4;

    /// <summary>How an input is solved.</summary>
    internal enum Path
    {
        /// <summary>Fewer than two distinct values: no buckets at all.</summary>
        Trivial,

        /// <summary>Width-1 buckets over at most <see cref="PresenceLimit"/> values: a byte map.</summary>
        Presence,

        /// <summary>At most <see cref="SingleLevelLimit"/> buckets: one table, filled in one pass.</summary>
        SingleLevel,

        /// <summary>The histogram, the scatter into blocks, and a table per block.</summary>
        TwoLevel,
    }

    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums) => Solve(nums, trace: null);

    /// <summary>Solves <paramref name="nums"/> and records in <paramref name="trace"/> the path it took, for the tests.</summary>
    internal static long Solve(ReadOnlySpan<int> nums, Trace? trace)
    {
        if (nums.Length < 2)
        {
            return 0;
        }

        var n = nums.Length;
        fixed (int* input = nums)
        {
            var (min, max) = MinMax(input, n);
            var range = unchecked((uint)(max - min));
            var plan = new Plan(n, range);
            if (trace is not null)
            {
                trace.Path = plan.Path;
                trace.Buckets = plan.Buckets;
            }

            var values = (uint*)input;
            var bias = unchecked((uint)min);
            return plan.Path switch
            {
                Path.Trivial => 0,
                Path.Presence => MarkAndScan(values, n, bias, plan.Buckets),
                Path.SingleLevel => SingleLevel(values, n, bias, plan),
                _ => TwoLevel(values, n, bias, plan, trace),
            };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Min, int Max) MinMax(int* values, int n)
    {
        var i = 0;
        int min = int.MaxValue, max = int.MinValue;
        var width = Vector<int>.Count;
        if (Vector.IsHardwareAccelerated && n >= 4 * width)
        {
            // Four independent accumulators hide the latency of the vector minimum and maximum.
            var min0 = new Vector<int>(int.MaxValue);
            var max0 = new Vector<int>(int.MinValue);
            var (min1, min2, min3) = (min0, min0, min0);
            var (max1, max2, max3) = (max0, max0, max0);
            for (; i <= n - (4 * width); i += 4 * width)
            {
                var a = Vector.Load(values + i);
                var b = Vector.Load(values + i + width);
                var c = Vector.Load(values + i + (2 * width));
                var d = Vector.Load(values + i + (3 * width));
                (min0, max0) = (Vector.Min(min0, a), Vector.Max(max0, a));
                (min1, max1) = (Vector.Min(min1, b), Vector.Max(max1, b));
                (min2, max2) = (Vector.Min(min2, c), Vector.Max(max2, c));
                (min3, max3) = (Vector.Min(min3, d), Vector.Max(max3, d));
            }

            var mins = Vector.Min(Vector.Min(min0, min1), Vector.Min(min2, min3));
            var maxs = Vector.Max(Vector.Max(max0, max1), Vector.Max(max2, max3));
            for (var lane = 0; lane < width; lane++)
            {
                min = Math.Min(min, mins[lane]);
                max = Math.Max(max, maxs[lane]);
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
        var padded = RoundUp(size, sizeof(ulong));
        var seenArray = ArrayPool<byte>.Shared.Rent(padded);
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

            // Eight flags at a time, as the eight bytes of a word: each is 0 or 1, so the word's set bits
            // are the present offsets (bit 8j for offset j), walked in order. Offset 0 (the minimum) is present.
            long best = 0, previous = 0;
            var words = (ulong*)seen;
            for (var word = 0; word < padded / sizeof(ulong); word++)
            {
                var present = words[word];
                while (present != 0)
                {
                    var offset = ((long)word * sizeof(ulong)) + (BitOperations.TrailingZeroCount(present) / 8);
                    best = Math.Max(best, offset - previous);
                    previous = offset;
                    present &= present - 1;
                }
            }

            ArrayPool<byte>.Shared.Return(seenArray);
            return best;
        }
    }

    private static long SingleLevel(uint* values, int n, uint bias, in Plan plan)
    {
        var size = RoundUp(plan.Buckets, ScanStep);
        var tableArray = ArrayPool<ulong>.Shared.Rent(size);
        fixed (ulong* table = tableArray)
        {
            new Span<ulong>(table, size).Clear();

            // Width ≥ 2 here (width 1 went to the byte map), so buckets > n / 2: never dense.
            Accumulate(values, n, bias, plan.Multiplier, plan.Shift, table, ulong.MaxValue, dense: false);
            uint carry = 0;
            var best = ScanAndClear(table, size, ref carry);
            ArrayPool<ulong>.Shared.Return(tableArray);
            return best;
        }
    }

    private static long TwoLevel(uint* values, int n, uint bias, in Plan plan, Trace? trace)
    {
        var blocks = ((plan.Buckets - 1) >> BlockBits) + 1;
        var blockShift = plan.Shift + BlockBits;
        var countsArray = ArrayPool<uint>.Shared.Rent(blocks * Lanes);
        var linesArray = ArrayPool<uint>.Shared.Rent((blocks + 1) * LineLength);
        var tableArray = ArrayPool<ulong>.Shared.Rent(BlockBuckets);

        // The partition: n values, rounded up to a cache line per block, plus a line for alignment. Sized
        // exactly and not zeroed (every value read back is written first); as ulongs, so that up to
        // Array.MaxLength values (and their slack) fit.
        var partitionLength = (long)n + ((long)(blocks + 1) * LineLength);
        var partitionArray = GC.AllocateUninitializedArray<ulong>((int)((partitionLength + 1) / 2));
        fixed (uint* counts = countsArray)
        fixed (uint* linesStart = linesArray)
        fixed (ulong* partitionStart = partitionArray)
        fixed (ulong* table = tableArray)
        {
            var lines = AlignToLine(linesStart);
            var partition = AlignToLine((uint*)partitionStart);

            new Span<uint>(counts, blocks * Lanes).Clear();
            var repeats = Histogram(values, n, bias, plan.Multiplier, blockShift, counts);

            // Each block starts on a cache line, so that every flush is one aligned line. The cursors
            // overwrite the counts in place: block b's cursor goes to index b, its counts are at 4b…4b + 3.
            // Cursors are unsigned: the positions reach n plus a line per block, past int.MaxValue
            // for inputs near Array.MaxLength.
            var cursors = counts;
            var position = 0u;
            for (var block = 0; block < blocks; block++)
            {
                var size = counts[block * Lanes] + counts[(block * Lanes) + 1] + counts[(block * Lanes) + 2] + counts[(block * Lanes) + 3];
                cursors[block] = position;
                position += RoundUp(size, LineLength);
            }

            var nonTemporal = n >= NonTemporalThreshold;
            var runs = repeats >= (n / Lanes) - (n / Lanes / RunsDivisor);
            if (runs)
            {
                PartitionRuns(values, n, bias, plan.Multiplier, blockShift, cursors, lines, partition, nonTemporal);
            }
            else
            {
                Partition(values, n, bias, plan.Multiplier, blockShift, cursors, lines, partition, nonTemporal);
            }

            if (nonTemporal)
            {
                StoreFence();
            }

            // The table is cleared once here, then by each scan as it reads it.
            new Span<ulong>(table, BlockBuckets).Clear();
            long best = 0;
            uint carry = 0;
            var start = 0u;
            var denseBlocks = 0;
            for (var block = 0; block < blocks; block++)
            {
                var end = cursors[block];
                if (end == start)
                {
                    continue;
                }

                // The block's last, partial line is still in its buffer.
                var partial = (int)(end & (LineLength - 1));
                new Span<uint>(lines + (block * LineLength), partial).CopyTo(new Span<uint>(partition + end - partial, partial));

                var count = (int)(end - start);
                var size = RoundUp(Math.Min(BlockBuckets, plan.Buckets - (block << BlockBits)), ScanStep);
                var dense = count >= DenseRatio * (long)size;
                denseBlocks += dense ? 1 : 0;
                Accumulate(partition + start, count, 0, plan.Multiplier, plan.Shift, table, BlockBuckets - 1, dense);
                best = Math.Max(best, ScanAndClear(table, size, ref carry));
                start = RoundUp(end, LineLength);
            }

            if (trace is not null)
            {
                trace.Blocks = blocks;
                trace.Streaming = nonTemporal;
                trace.Runs = runs;
                trace.DenseBlocks = denseBlocks;
            }

            ArrayPool<uint>.Shared.Return(countsArray);
            ArrayPool<uint>.Shared.Return(linesArray);
            ArrayPool<ulong>.Shared.Return(tableArray);
            return best;
        }
    }

    // Counts the values of each block, and returns how many of the pairs (values[4k], values[4k + 1])
    // fall in one block, so that the scatter knows whether to expect runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Histogram(uint* values, int n, uint bias, uint multiplier, int blockShift, uint* counts)
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
    // go to the partition. Each block's cursor lives in memory: a value in the same block as the one
    // before waits for that store (a few cycles), which is rare unless the input has runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Partition(uint* values, int n, uint bias, uint multiplier, int blockShift, uint* cursors, uint* lines, uint* partition, bool nonTemporal)
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
    private static void PartitionRuns(uint* values, int n, uint bias, uint multiplier, int blockShift, uint* cursors, uint* lines, uint* partition, bool nonTemporal)
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

    // One cache line from its buffer to the partition, a vector at a time (both are line-aligned).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Flush(uint* line, uint* to, bool nonTemporal)
    {
        if (!Vector.IsHardwareAccelerated)
        {
            ((ulong*)to)[0] = ((ulong*)line)[0];
            ((ulong*)to)[1] = ((ulong*)line)[1];
            ((ulong*)to)[2] = ((ulong*)line)[2];
            ((ulong*)to)[3] = ((ulong*)line)[3];
            ((ulong*)to)[4] = ((ulong*)line)[4];
            ((ulong*)to)[5] = ((ulong*)line)[5];
            ((ulong*)to)[6] = ((ulong*)line)[6];
            ((ulong*)to)[7] = ((ulong*)line)[7];
            return;
        }

        for (var i = 0; i < LineLength; i += Vector<uint>.Count)
        {
            if (nonTemporal)
            {
                Vector.StoreAlignedNonTemporal(Vector.LoadAligned(line + i), to + i);
            }
            else
            {
                Vector.StoreAligned(Vector.LoadAligned(line + i), to + i);
            }
        }
    }

    // Streaming stores are weakly ordered: make them visible before the partition is read back.
    private static void StoreFence()
    {
        if (Sse.IsSupported)
        {
            Sse.StoreFence();
        }
        else
        {
            Interlocked.MemoryBarrier();
        }
    }

    // table[bucket(v − bias) & mask] = max(table[…], (~r, r)) lane-wise: the (~min, max) pair of each
    // bucket. Values in different buckets update independently; with dense data (at least DenseRatio
    // values per bucket) see AccumulateDense.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate(uint* values, int n, uint bias, uint multiplier, int shift, ulong* table, ulong mask, bool dense)
    {
        var i = 0;
        if (dense)
        {
            i = AccumulateDense(values, n, bias, multiplier, shift, table, mask);
        }

        for (; i < n; i++)
        {
            var offset = values[i] - bias;
            Update(table + ((((ulong)offset * multiplier) >> shift) & mask), Pair(offset));
        }
    }

    // Four values at a time; four that share a bucket (many duplicates) are folded into one pair first,
    // one update rather than four that would each wait for the previous one's store. Returns how many
    // values it took (a multiple of four).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AccumulateDense(uint* values, int n, uint bias, uint multiplier, int shift, ulong* table, ulong mask)
    {
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            var offset0 = values[i] - bias;
            var offset1 = values[i + 1] - bias;
            var offset2 = values[i + 2] - bias;
            var offset3 = values[i + 3] - bias;
            var slot0 = table + ((((ulong)offset0 * multiplier) >> shift) & mask);
            var slot3 = table + ((((ulong)offset3 * multiplier) >> shift) & mask);
            if (slot0 == slot3 && slot0 == table + ((((ulong)offset1 * multiplier) >> shift) & mask) && slot0 == table + ((((ulong)offset2 * multiplier) >> shift) & mask))
            {
                Update(slot0, PairMax(PairMax(Pair(offset0), Pair(offset1)), PairMax(Pair(offset2), Pair(offset3))));
                continue;
            }

            Update(slot0, Pair(offset0));
            Update(table + ((((ulong)offset1 * multiplier) >> shift) & mask), Pair(offset1));
            Update(table + ((((ulong)offset2 * multiplier) >> shift) & mask), Pair(offset2));
            Update(slot3, Pair(offset3));
        }

        return i;
    }

    // The pair of one value: ~r in the low half (so that the maximum keeps the minimum), r in the high half.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pair(uint offset) => ((ulong)offset << 32) | ~offset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(ulong* slot, ulong pair) => *slot = PairMax(*slot, pair);

    // The maximum of each 32-bit half: one unsigned vector maximum where there are vectors.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PairMax(ulong a, ulong b) =>
        Vector128.IsHardwareAccelerated
            ? Vector128.Max(Vector128.CreateScalarUnsafe(a).AsUInt32(), Vector128.CreateScalarUnsafe(b).AsUInt32()).AsUInt64().ToScalar()
            : ((ulong)Math.Max((uint)(a >> 32), (uint)(b >> 32)) << 32) | Math.Max((uint)a, (uint)b);

    // Buckets per step of the scan, and so the multiple the tables are rounded up to.
    private static int ScanStep => Vector.IsHardwareAccelerated && Vector<uint>.Count is 4 or 8 ? Vector<uint>.Count : 1;

    // The largest min(bucket) − max(previous non-empty bucket) over table[0 .. size), size a multiple of
    // ScanStep, leaving the table cleared (all empty) for the next block. carry holds the maximum of
    // everything before the table and is updated for the next one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint ScanAndClear(ulong* table, int size, ref uint carry)
    {
        if (ScanStep == 1)
        {
            return ScanAndClearScalar(table, size, ref carry);
        }

        var width = Vector<uint>.Count;
        var notFirst = ~ScanFirstLane();
        var carried = new Vector<uint>(carry);
        var best = Vector<uint>.Zero;
        for (var i = 0; i < size; i += width)
        {
            // `width` pairs (~min, max) → `width` minima and `width` maxima: the low and high halves.
            var low = Vector.Load(table + i);
            var high = Vector.Load(table + i + (width / 2));
            Vector.Store(Vector<ulong>.Zero, table + i);
            Vector.Store(Vector<ulong>.Zero, table + i + (width / 2));
            var mins = ~Vector.Narrow(low, high);
            var maxs = Vector.Narrow(Vector.ShiftRightLogical(low, 32), Vector.ShiftRightLogical(high, 32));

            // The prefix maximum of the maxima by log steps in which a lane with nothing before it takes
            // itself (max(x, x) = x); shifted up a lane (lane 0 emptied) it is "the maximum before",
            // with carried (the maximum of all earlier vectors) folded in: the only step that waits on
            // the previous vector.
            var prefix = ScanUp(maxs);
            var before = Vector.Max(carried, ShiftUp(prefix) & notFirst);

            // Non-empty buckets (min ≤ max) have min ≥ every earlier value, so min − before is their gap.
            var nonEmpty = Vector.LessThanOrEqual(mins, maxs);
            best = Vector.Max(best, (mins - before) & nonEmpty);
            carried = Vector.Max(carried, BroadcastLast(prefix));
        }

        carry = carried[0];
        var result = 0u;
        for (var lane = 0; lane < width; lane++)
        {
            result = Math.Max(result, best[lane]);
        }

        return result;
    }

    // The same, a bucket at a time, without branches on the data.
    private static uint ScanAndClearScalar(ulong* table, int size, ref uint carry)
    {
        var running = carry;
        var best = 0u;
        for (var i = 0; i < size; i++)
        {
            var pair = table[i];
            table[i] = 0;
            var min = ~(uint)pair;
            var max = (uint)(pair >> 32);
            var nonEmpty = 0u - (min <= max ? 1u : 0u);
            best = Math.Max(best, (min - running) & nonEmpty);
            running = Math.Max(running, max);
        }

        carry = running;
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> ScanUp(Vector<uint> v)
    {
        if (Vector<uint>.Count == Vector256<uint>.Count)
        {
            var w = v.AsVector256();
            w = Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(0u, 0, 1, 2, 4, 4, 5, 6)));
            w = Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(0u, 1, 0, 1, 4, 5, 4, 5)));
            return Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(0u, 1, 2, 3, 3, 3, 3, 3))).AsVector();
        }

        var x = v.AsVector128();
        x = Vector128.Max(x, Vector128.Shuffle(x, Vector128.Create(0u, 0, 1, 2)));
        return Vector128.Max(x, Vector128.Shuffle(x, Vector128.Create(0u, 1, 0, 1))).AsVector();
    }

    // Lane j + 1 takes lane j; lane 0 keeps its own value (the caller masks it).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> ShiftUp(Vector<uint> v) =>
        Vector<uint>.Count == Vector256<uint>.Count
            ? Vector256.Shuffle(v.AsVector256(), Vector256.Create(0u, 0, 1, 2, 3, 4, 5, 6)).AsVector()
            : Vector128.Shuffle(v.AsVector128(), Vector128.Create(0u, 0, 1, 2)).AsVector();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> BroadcastLast(Vector<uint> v) =>
        Vector<uint>.Count == Vector256<uint>.Count
            ? Vector256.Shuffle(v.AsVector256(), Vector256.Create(7u)).AsVector()
            : Vector128.Shuffle(v.AsVector128(), Vector128.Create(3u)).AsVector();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> ScanFirstLane() =>
        Vector<uint>.Count == Vector256<uint>.Count
            ? Vector256.Create(uint.MaxValue, 0, 0, 0, 0, 0, 0, 0).AsVector()
            : Vector128.Create(uint.MaxValue, 0, 0, 0).AsVector();

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) & -multiple;

    private static uint RoundUp(uint value, uint multiple) => (value + multiple - 1) & ~(multiple - 1);

    private static uint* AlignToLine(uint* pointer) => (uint*)(((nuint)pointer + 63) & ~(nuint)63);

    /// <summary>The bucket grid of an input: its width as a multiply and shift, the number of buckets, and the path.</summary>
    internal readonly struct Plan
    {
        /// <summary>Plans the buckets for <paramref name="n"/> ≥ 2 values spanning <paramref name="range"/> = max − min.</summary>
        public Plan(int n, uint range)
        {
            if (range == 0)
            {
                Path = Path.Trivial;
                Buckets = 1;
                return;
            }

            // bucket(r) = (r · multiplier) ≫ shift, for r = v − min: width ≤ bound, so no gap hides inside a bucket.
            var bound = ((ulong)range + (ulong)(n - 2)) / (ulong)(n - 1);
            (Multiplier, Shift) = bound == 1 ? (1u, 0) : ((uint)(((1UL << 32) + bound - 1) / bound), 32);
            Buckets = (int)(((ulong)range * Multiplier) >> Shift) + 1;
            Path = bound == 1 && Buckets <= PresenceLimit ? Path.Presence
                : Buckets <= SingleLevelLimit ? Path.SingleLevel
                : Path.TwoLevel;
        }

        /// <summary>Gets the multiplier of the bucket function.</summary>
        public uint Multiplier { get; }

        /// <summary>Gets the shift of the bucket function (0 for width 1, else 32).</summary>
        public int Shift { get; }

        /// <summary>Gets the number of buckets, at most n.</summary>
        public int Buckets { get; }

        /// <summary>Gets how the input is solved.</summary>
        public Path Path { get; }
    }

    /// <summary>What <see cref="Solve"/> did with one input: the tests check that their inputs take the paths they are meant for.</summary>
    internal sealed class Trace
    {
        /// <summary>Gets or sets the path.</summary>
        public Path Path { get; set; }

        /// <summary>Gets or sets the number of buckets.</summary>
        public int Buckets { get; set; }

        /// <summary>Gets or sets the number of blocks of the two-level partition.</summary>
        public int Blocks { get; set; }

        /// <summary>Gets or sets whether the partition was written with streaming stores.</summary>
        public bool Streaming { get; set; }

        /// <summary>Gets or sets whether the scatter expected runs.</summary>
        public bool Runs { get; set; }

        /// <summary>Gets or sets how many blocks folded four values of one bucket into one update.</summary>
        public int DenseBlocks { get; set; }
    }
}
