using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
/// (a byte map marks each value): one pass over the input. Otherwise, a two-level partition: a scatter of
/// <c>v − min</c> into blocks of <see cref="BlockBuckets"/> consecutive buckets (306 blocks for 10⁷ values),
/// each a chain of 16 KB chunks taken as they fill (<see cref="ChunkedPartition"/>: no histogram pass to
/// size the blocks first), whose current cache lines (20 KB) stay in L1 while they fill, so the scatter
/// touches memory once per 16 values instead of once per value in a random page; then each block's
/// pigeonhole table (256 KB, L2-resident) is filled and scanned, the running maximum carried from block
/// to block. Runs (sorted or clustered input) and heavy duplicates,
/// which would make each store wait on the previous one, are detected and handled by variants of the loops.
/// </para>
/// <para>
/// Time O(n): at most three sequential passes over the n values and one write of them, plus O(n / 8)
/// vector steps for the scan. Extra space O(n): the chunks, about 1.13 n values (4.5n bytes: the values,
/// and up to one chunk per block not full; allocated without zeroing, not pooled, as a pooled array
/// rounded up to a power of two would hold up to 64 MB for 10⁷ values where 45 MB suffice); the pooled
/// block table, or one-level table or byte map (at most 2 MB). Without hardware vectors the same
/// algorithm runs with scalar minimum, maximum and scan.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed unsafe class CacheBlockedPigeonhole : IMaximumGap
{
    /// <summary>log₂ of <see cref="BlockBuckets"/>.</summary>
    internal const int BlockBits = 15;

    /// <summary>
    /// Buckets per block of the two-level partition: 32 768 pairs, 256 KB, stay in L2, while the line each
    /// block is filling (one block per 32 768 values, so 20 KB of lines for 10⁷ values) stays in L1 during
    /// the scatter. Measured on a Zen 5 at 10⁷ values, cold: 2¹⁴ buckets 37.8 ms, 2¹⁵ 35.6 ms, 2¹⁶ 37.5 ms
    /// (fewer blocks, fewer lines filling at once for the scatter; larger tables to fill).
    /// </summary>
    internal const int BlockBuckets = 1 << BlockBits;

    /// <summary>
    /// Up to this many buckets (a 2 MB table, in L2 or L3) one pass over the input beats partitioning it:
    /// measured 2–3× faster at 10⁵ values, 1.4× at 10⁶ (with a 260 MB L3), 2× slower at 10⁷.
    /// </summary>
    internal const int SingleLevelLimit = 1 << 18;

    /// <summary>With buckets of width 1 and a range up to this (a 1 MB byte map), values are only marked present.</summary>
    internal const int PresenceLimit = 1 << 20;

    // The scatter expects runs when all but 1/8 of the sampled neighbours fall in the same block.
    private const int RunsDivisor = 8;

    // Neighbour pairs sampled to tell runs from scatter: a few thousand cache lines, microseconds.
    private const int RunSamples = 1 << 12;

    // Values per bucket from which the table updates look for four values in one bucket.
    private const int DenseRatio = 4;

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
            var plan = Plan.Of(n, min, max, trace);
            var values = (uint*)input;
            var bias = unchecked((uint)min);
            return plan.Path == Path.TwoLevel ? TwoLevel(values, n, bias, plan, trace) : SolveInCache(values, n, bias, plan);
        }
    }

    /// <summary>Solves the inputs whose plan is not <see cref="Path.TwoLevel"/>: a table or byte map that stays in cache.</summary>
    internal static long SolveInCache(uint* values, int n, uint bias, in Plan plan) => plan.Path switch
    {
        Path.Trivial => 0,
        Path.Presence => MarkAndScan(values, n, bias, plan.Buckets),
        Path.SingleLevel => SingleLevel(values, n, bias, plan),
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.Path, "The two-level path is not solved in cache."),
    };

    /// <summary>The minimum and the maximum of <paramref name="n"/> ≥ 1 values, in one vector pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (int Min, int Max) MinMax(int* values, int n)
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
        var runs = ExpectRuns(values, n, bias, plan);
        using var partition = new ChunkedPartition(n, plan.Blocks);
        partition.Scatter(0, values, bias, plan.Multiplier, plan.BlockShift, runs);
        var tableArray = ArrayPool<ulong>.Shared.Rent(BlockBuckets);
        fixed (ulong* table = tableArray)
        {
            new Span<ulong>(table, BlockBuckets).Clear();
            uint carry = 0;
            var best = ScanBlocks(partition, 0, plan.Blocks, plan, table, ref carry, out var denseBlocks);
            if (trace is not null)
            {
                trace.Blocks = plan.Blocks;
                trace.Runs = runs;
                trace.DenseBlocks = denseBlocks;
            }

            ArrayPool<ulong>.Shared.Return(tableArray);
            return best;
        }
    }

    /// <summary>
    /// Whether the scatter should expect runs: all but 1/<see cref="RunsDivisor"/> of up to
    /// <see cref="RunSamples"/> neighbour pairs, evenly spaced over the input, fall in one block.
    /// </summary>
    internal static bool ExpectRuns(uint* values, long n, uint bias, in Plan plan)
    {
        var pairs = Math.Min(RunSamples, n / 2);
        var repeats = 0L;
        for (var pair = 0L; pair < pairs; pair++)
        {
            // Pair k starts at 2k · (n / 2) / pairs: even, so pairs never overlap, and the last ends by n.
            var i = 2 * (pair * (n / 2) / pairs);
            var block0 = ((ulong)(values[i] - bias) * plan.Multiplier) >> plan.BlockShift;
            var block1 = ((ulong)(values[i + 1] - bias) * plan.Multiplier) >> plan.BlockShift;
            repeats += block0 == block1 ? 1 : 0;
        }

        return repeats >= pairs - (pairs / RunsDivisor);
    }

    /// <summary>
    /// Fills and scans the tables of blocks [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="partition"/>, and returns the largest gap between their non-empty buckets.
    /// </summary>
    /// <param name="partition">The offsets, scattered into blocks.</param>
    /// <param name="from">The first block.</param>
    /// <param name="to">The block after the last.</param>
    /// <param name="plan">The bucket grid.</param>
    /// <param name="table">A cleared table of <see cref="BlockBuckets"/> pairs, left cleared.</param>
    /// <param name="carry">The largest offset before these blocks; on return, the largest offset in them too.</param>
    /// <param name="denseBlocks">How many blocks folded four values of one bucket into one update.</param>
    internal static uint ScanBlocks(ChunkedPartition partition, int from, int to, in Plan plan, ulong* table, ref uint carry, out int denseBlocks)
    {
        var best = 0u;
        denseBlocks = 0;
        for (var block = from; block < to; block++)
        {
            var count = partition.Count(block);
            if (count == 0)
            {
                continue;
            }

            // The buckets the block's table scans, and whether its values are dense enough to fold four
            // of a bucket into one update.
            var size = RoundUp(Math.Min(BlockBuckets, plan.Buckets - (block << BlockBits)), ScanStep);
            var dense = count >= DenseRatio * (long)size;
            denseBlocks += dense ? 1 : 0;
            for (var chunks = partition.ChunksOf(block); chunks.MoveNext();)
            {
                Accumulate(chunks.Values, chunks.Count, 0, plan.Multiplier, plan.Shift, table, BlockBuckets - 1, dense);
            }

            best = Math.Max(best, ScanAndClear(table, size, ref carry));
        }

        return best;
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

        /// <summary>Gets the number of blocks of <see cref="BlockBuckets"/> buckets of the two-level partition.</summary>
        public int Blocks => ((Buckets - 1) >> BlockBits) + 1;

        /// <summary>Gets the shift that takes an offset to its block: block(r) = (r · multiplier) ≫ BlockShift.</summary>
        public int BlockShift => Shift + BlockBits;

        /// <summary>Plans n ≥ 2 values from <paramref name="min"/> to <paramref name="max"/>, and records the plan in <paramref name="trace"/>.</summary>
        public static Plan Of(int n, int min, int max, Trace? trace)
        {
            var plan = new Plan(n, unchecked((uint)(max - min)));
            if (trace is not null)
            {
                trace.Path = plan.Path;
                trace.Buckets = plan.Buckets;
            }

            return plan;
        }
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

        /// <summary>Gets or sets whether the scatter expected runs.</summary>
        public bool Runs { get; set; }

        /// <summary>Gets or sets how many blocks folded four values of one bucket into one update.</summary>
        public int DenseBlocks { get; set; }

        /// <summary>Gets or sets how many threads shared the work (<see cref="ParallelPigeonhole"/>).</summary>
        public int Workers { get; set; } = 1;

        /// <summary>Gets or sets how many of them found no values in their run of blocks (<see cref="ParallelPigeonhole"/>).</summary>
        public int IdleWorkers { get; set; }
    }
}
