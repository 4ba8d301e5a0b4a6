using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>
/// The fastest solution here: vectorised with the cross-platform <see cref="Vector{T}"/> (8 lanes with
/// AVX2, 4 with SSE or Arm64 AdvSimd; with AVX-512 in 16 lanes, doubling for k ≤ 207 in registers and
/// van Herk over rows up to 2¹⁵), cache-blocked, and one of three algorithms chosen by k, so that it streams
/// the input once at close to the memory bandwidth.
/// </summary>
/// <remarks>
/// <para>
/// Small windows (k ≤ <see cref="DoublingMaxWindow"/>; k ≤ <see cref="StreamingDoublingMaxWindow"/> where
/// the result streams), SIMD doubling (the levels of a sparse table):
/// with m_q[i] the maximum of the q values from i, every window of k is covered by four overlapping
/// windows of q, the smallest power of two with 4q ≥ k, so the window's maximum is
/// max(m_q[i], m_q[i + q], m_q[i + min(2q, k − q)], m_q[i + k − q]). For k ≤ 4 that is one pass of
/// four overlapping loads over the input; otherwise m_q is built one L1-resident chunk of
/// <see cref="ChunkLength"/> outputs at a time: m_2 or m_4 from the input, then in place four windows
/// at a time (m_16 = max(m_4[i], m_4[i + 4], m_4[i + 8], m_4[i + 12]), m_64) and two at a time where
/// q is not a power of four, so a window of 256 takes four passes over the chunk. The outputs are
/// computed a vector at a time on a grid aligned to the result's cache lines, so that a large result
/// is written with non-temporal stores (no read for ownership of lines that are only overwritten);
/// the few outputs before and after the grid are vectors computed directly. With AVX-512 and
/// k ≤ <see cref="RegisterDoublingMaxWindow"/> the levels never leave registers: each is built by
/// shifting across two neighbouring 16-lane vectors of the level below (m_2 from two overlapping loads of
/// the input, one value apart; m_64 from two rows of m_32 two rows apart, with no shift), in a pipeline that
/// passes nothing through memory between the levels; from k = 64 the newest rows of m_64 wait in a delay
/// line of up to nine registers, each row of outputs the maximum of two to five of them (one shifted).
/// </para>
/// <para>
/// With AVX-512 and <see cref="RowsMinWindow"/> ≤ k ≤ <see cref="RowsMaxWindow"/> (<see cref="PooledRowsMaxWindow"/> where the result does not stream), van Herk over rows of m_16: the register pipeline
/// makes rows of 16 maxima of 16 values, and a window of k is a sliding maximum of whole rows (the
/// vertical maximum of a + 1 of them, k − 16 = 16a + b) and one row shifted by b. The sliding maximum of
/// rows is van Herk / Gil-Werman with every scan a vertical maximum: one forward pass makes the prefix
/// maxima and the result, and stores the rows of M it made in the slots whose suffix maxima it has just
/// read; each sub-block of at most <see cref="SubBlockRows"/> rows is turned into its suffix maxima by a
/// backward scan that runs beside the forward steps of the next sub-block. Where the result streams, the
/// scratch is the result's own last k-odd ints, whose outputs are computed last. Where the result streams
/// and holds <see cref="RaceStretches"/> stretches of outputs, and k ≤ <see cref="RaceMaxWindow"/>, rows
/// race van Herk inside the vectors (below) over the first two stretches, each timed, and the faster
/// solves the rest: which of the two is faster changes with the state of the machine more than with k
/// (see <see cref="RaceMaxWindow"/>).
/// </para>
/// <para>
/// Large windows, fused van Herk / Gil-Werman: the maximum of the window starting at i is
/// max(suffix[i], prefix[i + k − 1]) over blocks of k. Block j's suffix maxima go into one k-sized
/// buffer (a backward pass); the forward pass over block j + 1 computes its prefix maxima and
/// combines them with that buffer straight into the result, so neither table exists in full and the
/// input leaves memory once. When the result streams and k ≤ <see cref="InterleavedMaxWindow"/>, block
/// j + 1's backward pass runs in the same loop as its forward pass, into a second buffer, so that its
/// ordinary stores do not wait behind the streaming ones; beyond, the blocks are cut into sub-blocks of at
/// most <see cref="SubBlockLength"/>, each with its own backward scan into an L1 buffer and the maxima of
/// the later sub-blocks as its carry, so that no k-sized buffer is needed; a sub-block none of whose values
/// is above that carry (its maximum known from the forward pass that read it a block earlier) is not read
/// again, its suffix maxima being the carry, so that on random values the input leaves memory about once
/// even where a block outgrows the caches. Inside a vector the prefix (or suffix)
/// maximum is a log-step scan whose first steps stay inside 128-bit lanes (shuffles that need no
/// cross-lane unit), with the lane itself standing in for "nothing" (max(x, x) = x); the running
/// maximum of earlier vectors is combined after the scan, so the only dependency from one vector to
/// the next is a single maximum.
/// </para>
/// <para>
/// Windows that overlap (n &lt; 2k): all of them contain [n − k, k), whose maximum is one vectorised
/// pass; each output adds a suffix maximum of the head and a prefix maximum of the tail.
/// </para>
/// <para>
/// Time O(n) for every k: a few vector operations per element (doubling makes at most four passes over
/// an L1-resident chunk); extra space O(k) beside the result (the k-sized suffix buffer, or two, pooled;
/// by sub-blocks two stack buffers of <see cref="SubBlockLength"/> + 1 ints and 3⌈k / <see cref="SubBlockLength"/>⌉
/// pooled sub-block maxima; or a stack buffer of <see cref="ChunkLength"/> + <see cref="DoublingMaxWindow"/>
/// + 8 ints, + 16 with 16 lanes; in registers none; over rows, about k + 64 ints for the block's rows and 32 per sub-block,
/// in the result's last ints where it streams, else pooled); the result is allocated without zeroing. Every index is computed so that it stays below
/// the input's length, so nothing overflows up to <see cref="Array.MaxLength"/> values. Without hardware
/// vectors of 4 or 8 ints it falls back to <see cref="MonotonicDeque"/>.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed unsafe class CacheBlockedSimd : ISlidingWindowMaximum
{
    /// <summary>The largest window handled by doubling; larger ones use blocked van Herk / Gil-Werman.</summary>
    /// <remarks>
    /// Where van Herk's per-block work, its passes one after the other, stops costing more than doubling's
    /// extra passes: at n = 10⁷ on the 2-core Xeon (best of 90 calls, both in one process), k = 200 and 256
    /// took 0.63 and 0.65 ns a value by doubling against 0.80 and 0.93 by van Herk, k = 300 to 512 0.91 to
    /// 0.95 against 0.73 to 0.87. Where the result streams, van Herk's passes interleave and it takes over
    /// much earlier (<see cref="StreamingDoublingMaxWindow"/>).
    /// </remarks>
    internal const int DoublingMaxWindow = 256;

    /// <summary>The largest window doubling takes when the result streams; larger ones take van Herk.</summary>
    /// <remarks>
    /// Streaming, van Herk's passes run interleaved (see <see cref="InterleavedMaxWindow"/>) and beat
    /// doubling's chunked passes from here on. At n = 10⁷ on a 2-core AMD EPYC (Zen 5; best of 20 calls,
    /// alternating with the <c>Limit</c>): with 8 lanes (<c>DOTNET_EnableAVX512=0</c>) k = 32, 64, 100 and
    /// 200 took 0.48, 0.46, 0.51 and 0.55 ns a value by doubling against 0.46, 0.33, 0.29 and 0.27 by van
    /// Herk; with AVX-512, k ≤ 207 doubles in registers (see <see cref="RegisterDoublingMaxWindow"/>) and
    /// larger windows take van Herk over rows (see <see cref="RowsMinWindow"/>).
    /// </remarks>
    internal const int StreamingDoublingMaxWindow = 32;

    /// <summary>The largest window that doubles in registers where the hardware has AVX-512.</summary>
    /// <remarks>
    /// The levels m_2 … m_32 fit in two neighbouring 16-lane vectors, built by shifting across them
    /// (<c>vpermt2d</c>; the first level from two overlapping loads). At n = 10⁷ on the 2-core EPYC (best of 20 calls): k = 3, 16
    /// and 32 took 0.22, 0.26 and 0.27 ns a value (the <c>Limit</c> 0.22) against 0.30, 0.52 and 0.50
    /// by doubling through an L1 chunk. From k = 64 one level more, m_64, needs no shift (two rows of
    /// m_32 two rows apart) and the second window of 64 waits in a delay line of up to four rows: k = 64,
    /// 80, 100 and 127 took 0.29 ns a value (1.20–1.25× the <c>Limit</c> alternating with it, 1.07–1.10×
    /// cold) against 1.38–1.68× by van Herk's short blocks before. From k = 128 a row of outputs is also
    /// the maximum of m_64(v + 4), and past 192 of m_64(v + 8), all from a delay line of up to nine
    /// registers (see <c>RegisterDoubling64</c>). That is fewer instructions than the ring of m_64 rows in
    /// L1 it replaced (a store and three loads a row, and the slots' arithmetic; 2026-12-02): in cache
    /// (n = 20 000, fixed buffers, the two builds in turn in one process, best of 150), k = 128, 144, 160,
    /// 176 and 192 took 0.117–0.134 ns a value against 0.153–0.176, 0.76–0.80× as long, and k = 193 to 207,
    /// by rows before, 0.147 against 0.182–0.186; from k = 208 rows lead (0.149 against 0.151 at k = 207
    /// in registers; <c>scripts/sliding-window-maximum-in-cache.cs</c>). At n = 10⁷ on both cores the
    /// ring had measured 1.21–1.35× the <c>Limit</c> at k = 128 to 192, rows 1.28–1.46×; the delay line
    /// there, in turn with the ring's build (best of 7 cold calls), 1.30–1.40× against 1.36–1.59× in one
    /// process, 1.09–1.35× against 1.33–1.37× in the next (the VM's memory and its host's load moved more
    /// than the change). x86 only: .NET has no two-vector shift for Arm64's 128-bit lanes.
    /// </remarks>
    internal const int RegisterDoublingMaxWindow = 207;

    /// <summary>The smallest window solved by van Herk over rows of m_16 where the hardware has AVX-512.</summary>
    /// <remarks>
    /// Below it the register pipelines win: at n = 10⁷ on the 2-core EPYC (best of 10 cold calls, both
    /// builds in turn with the <c>Limit</c>), k = 48, 64, 100 and 127 took 1.08–1.23× the <c>Limit</c> in
    /// registers against 1.42–1.76× by rows, and k = 128 to 192 1.21–1.35× against 1.28–1.46×; in cache,
    /// k = 193 to 207 too (see <see cref="RegisterDoublingMaxWindow"/>). From it on rows win: k = 255 took
    /// 1.16–1.20× against 1.26–1.31× in registers (then a fourth row of m_64 from the ring), k = 208 to 255
    /// in cache 0.91–0.95× as long as a delay line of up to twelve rows, and k = 300 to 100 000 1.08–1.32×
    /// against 1.19–1.84× by van Herk inside the vectors (its log-step scans, ten shuffles per 16 values
    /// against five here). (An earlier m_128 in
    /// registers, its rows waiting in a ring in L1 beside m_64's, took 1.42–1.66× at k = 128 to 255.)
    /// </remarks>
    internal const int RowsMinWindow = RegisterDoublingMaxWindow + 1;

    /// <summary>The largest window solved by van Herk over rows where the result streams; larger ones take van Herk inside the vectors.</summary>
    /// <remarks>
    /// A streaming result is at least 4 MB, and the rows' scratch, a block of m_16 (k ints and a few rows),
    /// is its last k-odd ints: nothing to obtain, where a pooled buffer would be fresh pages in a first call,
    /// on this VM about 10 µs each (the 38 MB result of a cold call costs ~110 ms when the collector has
    /// returned its pages). The outputs the scratch held come last, by van Herk inside the vectors (by
    /// sub-blocks, L1 buffers). At n = 10⁷ on the 2-core EPYC (best of 9 or 15 calls, in turn with the
    /// <c>Limit</c> in one process; cold: pools emptied and a full collection): k = 65 536 and 131 072 took
    /// 1.16 and 1.26× the <c>Limit</c> warm, 1.12 and 1.24× cold, by rows against 1.28 and 1.30× warm,
    /// 1.77 and 1.81× cold by sub-blocks; k = 262 144 1.37 / 1.27× against 1.36 / 1.89×; k = 10⁶, where
    /// the block of rows (4 MB) no longer fits in L2, 1.55 / 1.37× against 1.33 / 1.27×. With a pooled
    /// buffer, k = 10⁶ took 6.2× cold: its 4 MB faulted in on every call. Rows then ran to 2¹⁸. Van Herk's
    /// L1 buffers then sat where the stack put them, and in some processes their reads waited behind the
    /// streaming stores (4K aliasing, see <c>Place</c>): placed for the stores (2026-12-02), van Herk
    /// inside the vectors was faster than rows at every k from 16 384 to 262 144 tried, best and median, in each of three processes
    /// (n = 10⁷, best of 7, in turn with the <c>Limit</c>; best and median ratios): 1.03–1.39× and 0.98–1.38×
    /// warm against rows' 1.22–1.43× and 1.15–1.44×, 1.04–1.34× and 0.99–1.17× cold against 1.16–1.57× and
    /// 1.23–1.30×. So rows stop where the race does: above 2¹⁵, van Herk alone.
    /// </remarks>
    internal const int RowsMaxWindow = 1 << 15;

    /// <summary>The largest window solved by van Herk over rows where the result does not stream (the scratch then pooled).</summary>
    /// <remarks>
    /// A result of fewer than 2²⁰ values is written with ordinary stores, to be read from cache next, and
    /// the outputs under a scratch in it would come by van Herk's streaming sub-blocks: the block of rows
    /// is pooled instead, at most 128 KB up to 2¹⁵. Past it, van Herk inside the vectors (one k-sized
    /// suffix buffer, pooled, as before rows went past 2¹⁵).
    /// </remarks>
    internal const int PooledRowsMaxWindow = 1 << 15;

    /// <summary>The most rows of m_16 in a sub-block of van Herk over rows (4 KB).</summary>
    /// <remarks>
    /// At n = 10⁷ on the 2-core EPYC (best of 7 cold calls, the <c>Limit</c> in turn): sub-blocks of 16,
    /// 32 and 64 rows were within noise of each other at k = 300 to 100 000 (1.09–1.25×, 1.06–1.32× and
    /// 1.08–1.31× the <c>Limit</c> over two or three processes each; one more process of 64 ran at 1.8–2.1×,
    /// as some processes on this VM do whatever the sub-block); 64 has the fewest sub-block ends.
    /// </remarks>
    internal const int SubBlockRows = 64;

    /// <summary>The largest window whose streaming van Herk pass runs block by block; larger ones run by sub-blocks.</summary>
    /// <remarks>
    /// Block by block, the backward pass over each block runs in the same loop as the forward pass over
    /// it, into a second suffix buffer: 2k ints beside the block, which beyond a few thousand crowd L1
    /// and L2. Beyond this the blocks are cut into sub-blocks (see <see cref="SubBlockLength"/>). At
    /// n = 10⁷ on the 2-core EPYC (best of 20 calls, alternating with the <c>Limit</c>): k = 1 000 and
    /// 1 300 took 1.08 and 1.21× the <c>Limit</c> block by block, 1.29 and 1.34× by sub-blocks;
    /// k = 1 600 and 2 000 1.30 and 1.40× against 1.25 and 1.23×. (On the 2-core Xeon, interleaving
    /// whole blocks took k = 300 from 0.75 to 0.50 ns a value and k = 1 000 from 0.49 to 0.42.)
    /// </remarks>
    internal const int InterleavedMaxWindow = 1536;

    /// <summary>The longest sub-block of sub-blocked van Herk (the blocks are cut into equal sub-blocks of at most this many values).</summary>
    /// <remarks>
    /// Two sub-block suffix buffers and the sub-block being read stay in L1. At n = 10⁷ on the 2-core EPYC
    /// (best of 20 calls): k = 100 000 took 1.36–1.47× the <c>Limit</c> with sub-blocks of 1 024,
    /// 1.45–1.81× with 512, 2 048 or 4 096.
    /// </remarks>
    internal const int SubBlockLength = 1024;

    /// <summary>The largest window for which rows race van Herk inside the vectors (beyond, van Herk alone: see <see cref="RowsMaxWindow"/>).</summary>
    /// <remarks>
    /// Which of the two is faster changed from one process to the next on the 2-core EPYC, for the same k
    /// and the same code: at n = 10⁷, in turn with the <c>Limit</c>, one session measured rows at 1.12 / 1.30 /
    /// 1.31× the <c>Limit</c> for k = 1 000 / 5 000 / 100 000 against van Herk's 1.38 / 1.59 / 1.40×; a later one,
    /// in about ten processes, rows at 1.10–1.46× for k = 200 to 200 000 against van Herk's 0.93–1.28×. Rows do
    /// more instructions a value, van Herk reads the input twice (the second time from cache); what the VM's
    /// host leaves free of each seems to decide. So the two are timed on the input itself and the faster
    /// solves the rest: both are exact, so only the time depends on the clock, never the answer. Not beyond
    /// 2¹⁵, where each path's start-up (a block of k values read before its first output) is more than an
    /// eighth of a stretch. Raced over stretches of 2k outputs at k = 100 000 and 131 072, rows took a median
    /// 1.2–1.7× van Herk's time, where whole calls by rows took 0.8–1.2× van Herk's; and there van Herk ran at
    /// 1.5–1.8× the <c>Limit</c> in some processes while rows stayed at 1.24–1.30×, and still won the races
    /// (why, found later: its L1 buffers, where the stack put them, read behind the streaming stores, see
    /// <c>Place</c>).
    /// </remarks>
    internal const int RaceMaxWindow = 1 << 15;

    /// <summary>The outputs in each of the two raced stretches: a multiple of 16, so that each stretch starts where the result does in a cache line, and at least 8k.</summary>
    internal const int RaceStretch = 1 << 18;

    /// <summary>Rows race van Herk only where the result holds at least this many stretches: the race costs at most the slower path on one of them.</summary>
    internal const int RaceStretches = 8;

    /// <summary>Sub-blocked van Herk's passes go on skipping the vectors their carry already covers while at most one step in this many could not (each a branch the processor likely mispredicted).</summary>
    /// <remarks>
    /// A vector none of whose values exceeds the running maximum carried into it needs no scan: its prefix
    /// (or suffix) maxima are the carry. On random values that is nearly every vector once the backward
    /// scans start from the maximum of the sub-blocks after theirs; on a random walk, whose new highs come
    /// in runs, the test is a coin toss, and a mispredicted branch costs more than the scan it saves.
    /// At n = 10⁷ on the 2-core EPYC (16 lanes, each call after a full collection, best / median of 13, the
    /// same Limit, against passes that always scan): random values, k = 262 144 1.04 / 1.08 → 0.96 / 0.98
    /// times the Limit, k = 10⁶ 1.15 / 1.13 → 1.06 / 1.07, k = 2 049 to 32 768 unchanged within the noise
    /// (1.09–1.31); a random walk (steps of ±100) 1.06–1.09 → 1.00–1.02 at k = 262 144 and 10⁶, unchanged below.
    /// Skipping in every pass, the walk took 1.31–1.88 times the Limit at k = 2 049 to 32 768 (best of 9),
    /// against 1.11–1.31 scanning.
    /// </remarks>
    internal const int SkipSlowRatio = 64;

    /// <summary>After a pass that stopped skipping, sub-blocked van Herk's passes scan every vector for this many sub-blocks, then try skipping again.</summary>
    internal const int SkipRetry = 64;

    /// <summary>Outputs per doubling chunk: the chunk's buffer (chunk + k ints) stays in L1.</summary>
    internal const int ChunkLength = 4096;

    /// <summary>From this many outputs on (4 MB), the result is written around the cache (streaming stores).</summary>
    internal const int NonTemporalThreshold = 1 << 20;

    // How far ahead of its reads the doubling path requests the input's lines, in ints (4 KB).
    private const int PrefetchDistance = 1024;

    // Up to this window the suffix buffer comes from the array pool; beyond, it is allocated to size.
    private const int PooledSuffixLimit = 1 << 20;

    // The output grid starts on a 64-byte boundary of the result: whole cache lines for the streaming stores.
    private const int LineBytes = 64;

    // The span of addresses whose low bits a load is matched against older stores by (see Place).
    private const int PageBytes = 4096;

    /// <summary>How an input is solved.</summary>
    internal enum Path
    {
        /// <summary>No hardware vectors of 4 or 8 ints: <see cref="MonotonicDeque"/>.</summary>
        Fallback,

        /// <summary>k = 1: the result is the input.</summary>
        Copy,

        /// <summary>n − k + 1 ≤ k: every window contains the middle part.</summary>
        Overlapping,

        /// <summary>Fewer windows than lanes: each scanned.</summary>
        EachWindow,

        /// <summary>k ≤ <see cref="DoublingMaxWindow"/>: doubling.</summary>
        Doubling,

        /// <summary>Blocked van Herk / Gil-Werman.</summary>
        VanHerk,

        /// <summary><see cref="RowsMinWindow"/> ≤ k ≤ <see cref="RowsMaxWindow"/> (<see cref="PooledRowsMaxWindow"/> without streaming) with AVX-512: van Herk over rows of m_16 (raced against van Herk inside the vectors up to <see cref="RaceMaxWindow"/> where the result holds <see cref="RaceStretches"/> stretches, see <see cref="Trace.Raced"/>).</summary>
        Rows,
    }

    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k) => Solve(nums, k, trace: null);

    /// <summary>Gets whether doubling can run in registers: AVX-512 (accelerated 16-lane vectors and its two-vector permute).</summary>
    internal static bool RegistersDouble => Vector512.IsHardwareAccelerated && Avx512F.IsSupported;

    /// <summary>Gets whether the vector paths run: hardware vectors of 4 or 8 ints.</summary>
    internal static bool IsSupported => Vector.IsHardwareAccelerated && Vector<int>.Count is 4 or 8;

    /// <summary>Solves an input and records in <paramref name="trace"/> the path it took, for the tests.</summary>
    internal static int[] Solve(ReadOnlySpan<int> nums, int k, Trace? trace)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);

        var count = nums.Length - k + 1;
        if (!IsSupported)
        {
            if (trace is not null)
            {
                trace.Path = Path.Fallback;
                trace.Lanes = Vector<int>.Count;
            }

            return new MonotonicDeque().MaxSlidingWindow(nums, k);
        }

        // Every element is written below, so skip the zeroing (40 MB at n = 10⁷).
        var result = GC.AllocateUninitializedArray<int>(count);
        fixed (int* input = nums)
        fixed (int* output = result)
        {
            Run(input, nums.Length, k, output, count >= NonTemporalThreshold, trace);
        }

        return result;
    }

    /// <summary>
    /// Writes the <c>n − k + 1</c> window maxima of the <paramref name="n"/> values at <paramref name="input"/>
    /// to <paramref name="output"/>, choosing the path by k and by whether the result streams, and records
    /// that path in <paramref name="trace"/>. <see cref="ParallelCacheBlockedSimd"/> calls it once for each
    /// part of a result, with <paramref name="streams"/> that of the whole result.
    /// </summary>
    /// <remarks>The caller has checked the window (1 ≤ k ≤ n) and <see cref="IsSupported"/>.</remarks>
    internal static void Run(int* input, int n, int k, int* output, bool streams, Trace? trace)
    {
        Debug.Assert(IsSupported && k >= 1 && k <= n, "The caller checks the window and the hardware.");

        var count = n - k + 1;
        var path = k == 1 ? Path.Copy
            : count <= k ? Path.Overlapping
            : count < Vector<int>.Count ? Path.EachWindow
            : k >= RowsMinWindow && k <= (streams ? RowsMaxWindow : PooledRowsMaxWindow) && RegistersDouble && count >= Vector512<int>.Count ? Path.Rows
            : k <= DoublingMaxWindow && (!streams || k <= StreamingDoublingMaxWindow || (k <= RegisterDoublingMaxWindow && RegistersDouble)) ? Path.Doubling
            : Path.VanHerk;
        var streaming = (path is Path.Doubling or Path.VanHerk or Path.Rows) && streams;
        var interleaved = path is Path.VanHerk && streaming;
        var subBlocked = interleaved && k > InterleavedMaxWindow;

        // Doubling in 16 lanes where the hardware has them (AVX-512): at n = 10⁷ on the 2-core Xeon (best
        // of 90 calls, against 8 lanes), k = 16 0.35–0.38 → 0.31 ns a value, k = 100 0.59 → 0.47: its
        // passes are bound by instructions, not by memory. Rows are 16 lanes by construction. Van Herk
        // inside the vectors too (with AVX-512, for k above RowsMaxWindow), on the 2-core EPYC (Zen 5,
        // whose 512-bit units are full width): alternating with the same Limit, k = 300 / 1 000 / 5 000 /
        // 100 000 went from 1.43 / 1.46 / 1.66 / 1.66 to 1.20 / 1.30 / 1.33 / 1.22 times the Limit.
        var wide = path is Path.Doubling or Path.VanHerk or Path.Rows && Vector512.IsHardwareAccelerated && count >= Vector512<int>.Count;
        var inRegisters = wide && RegistersDouble && k <= RegisterDoublingMaxWindow;
        if (trace is not null)
        {
            trace.Path = path;
            trace.Lanes = wide ? Vector512<int>.Count : Vector<int>.Count;
            trace.Streaming = streaming;
            trace.Interleaved = interleaved;
            trace.SubBlocked = subBlocked;
            trace.InRegisters = inRegisters;
        }

        switch (path)
        {
            case Path.Copy:
                Buffer.MemoryCopy(input, output, (long)count * sizeof(int), (long)count * sizeof(int));
                break;
            case Path.Overlapping:
                Overlapping(input, k, output, count);
                break;
            case Path.EachWindow:
                // Fewer windows than lanes, each shorter than them (k < n − k + 1 < lanes): scan each.
                for (var i = 0; i < count; i++)
                {
                    output[i] = Max(input + i, k);
                }

                break;
            case Path.Doubling when wide:
                Doubling<Vector512<int>, Vector512Lanes>(input, k, output, count, streaming, inRegisters);
                break;
            case Path.Doubling:
                Doubling<Vector<int>, VectorLanes>(input, k, output, count, streaming, inRegisters: false);
                break;
            case Path.Rows when streaming && k <= RaceMaxWindow && count / RaceStretches >= RaceStretch:
                Race(input, n, k, output, trace);
                break;
            case Path.Rows:
                RowVanHerk(input, n, k, output, streaming);
                break;
            case Path.VanHerk when wide && streaming:
                VanHerkIn16Lanes(input, n, k, output, trace);
                break;
            case Path.VanHerk when subBlocked:
                SubBlockedVanHerk<Vector<int>, VectorLanes>(input, n, k, output, trace);
                break;
            case Path.VanHerk when wide:
                BlockedVanHerk<Vector512<int>, Vector512Lanes>(input, n, k, output, streaming: false, interleaved: false);
                break;
            default:
                BlockedVanHerk<Vector<int>, VectorLanes>(input, n, k, output, streaming, interleaved);
                break;
        }

        if (streaming)
        {
            StoreFence();
        }
    }

    // Windows that all overlap (count ≤ k): each contains [count − 1, k). Output i is the maximum of
    // that common part, of nums[i .. count − 1) and of nums[k .. k + i).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Overlapping(int* input, int k, int* output, int count)
    {
        var common = Max(input + count - 1, k - count + 1);
        var suffix = int.MinValue;
        for (var i = count - 1; i >= 0; i--)
        {
            output[i] = Math.Max(suffix, common);
            if (i > 0)
            {
                suffix = Math.Max(suffix, input[i - 1]);
            }
        }

        var prefix = int.MinValue;
        for (var i = 1; i < count; i++)
        {
            prefix = Math.Max(prefix, input[k + i - 1]);
            output[i] = Math.Max(output[i], prefix);
        }
    }

    // The maximum of values[0 .. length), length ≥ 1.
    private static int Max(int* values, int length)
    {
        var lanes = Vector<int>.Count;
        if (length < lanes)
        {
            var max = values[0];
            for (var i = 1; i < length; i++)
            {
                max = Math.Max(max, values[i]);
            }

            return max;
        }

        // Two accumulators hide the latency of the maximum; the last vector overlaps the ones before.
        var a = Vector.Load(values);
        var b = Vector.Load(values + length - lanes);
        nuint j = (nuint)lanes;
        for (; j + (nuint)(2 * lanes) <= (nuint)length; j += (nuint)(2 * lanes))
        {
            a = Vector.Max(a, Vector.Load(values + j));
            b = Vector.Max(b, Vector.Load(values + j + lanes));
        }

        if (j + (nuint)lanes <= (nuint)length)
        {
            a = Vector.Max(a, Vector.Load(values + j));
        }

        a = Vector.Max(a, b);
        var result = a[0];
        for (var lane = 1; lane < lanes; lane++)
        {
            result = Math.Max(result, a[lane]);
        }

        return result;
    }

    private static void Doubling<TVector, TLanes>(int* input, int k, int* output, int count, bool streaming, bool inRegisters)
        where TVector : struct
        where TLanes : ILanes<TVector>
    {
        var lanes = TLanes.Count;
        Debug.Assert(count > k, "Overlapping windows are handled elsewhere.");

        // The grid of whole vectors starts at the first cache line boundary of the result; the outputs
        // before it and after its last whole vector are vectors computed directly, overlapping the grid.
        var origin = (int)((LineBytes - ((nuint)output % LineBytes)) % LineBytes / sizeof(int));
        var rows = (int)Math.Max(0, ((long)count - origin) / lanes);
        for (var p = 0; p < origin; p += lanes)
        {
            DirectVector<TVector, TLanes>(input, k, output, Math.Min(p, count - lanes));
        }

        if (rows > 0 && inRegisters)
        {
            // The rows whose pipeline reads stay inside the input, 16 · (safe + ahead) ≤ n − origin;
            // the few after them are vectors computed directly.
            var depth = BitOperations.Log2((uint)k);
            var ahead = depth < 6 ? depth + 2 : RowsAhead64(k);
            var safe = (int)Math.Clamp((((long)count + k - 1 - origin) / 16) - ahead, 0, rows);
            if (safe > 0)
            {
                switch (depth)
                {
                    case 6 or 7:
                        switch ((k - 64) / 16)
                        {
                            case 0:
                                RegisterDoubling64<Depth1>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 1:
                                RegisterDoubling64<Depth2>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 2:
                                RegisterDoubling64<Depth3>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 3:
                                RegisterDoubling64<Depth4>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 4:
                                RegisterDoubling64<Depth5>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 5:
                                RegisterDoubling64<Depth6>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 6:
                                RegisterDoubling64<Depth7>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 7:
                                RegisterDoubling64<Depth8>(input + origin, k, output + origin, safe, streaming);
                                break;
                            case 8:
                                RegisterDoubling64<Depth9>(input + origin, k, output + origin, safe, streaming);
                                break;
                        }

                        break;
                    case 1:
                        RegisterDoubling<Depth1>(input + origin, k, output + origin, safe, streaming);
                        break;
                    case 2:
                        RegisterDoubling<Depth2>(input + origin, k, output + origin, safe, streaming);
                        break;
                    case 3:
                        RegisterDoubling<Depth3>(input + origin, k, output + origin, safe, streaming);
                        break;
                    case 4:
                        RegisterDoubling<Depth4>(input + origin, k, output + origin, safe, streaming);
                        break;
                    default:
                        RegisterDoubling<Depth5>(input + origin, k, output + origin, safe, streaming);
                        break;
                }
            }

            for (var row = safe; row < rows; row++)
            {
                DirectVector<TVector, TLanes>(input, k, output, origin + (row * lanes));
            }
        }
        else if (rows > 0)
        {
            DoublingGrid<TVector, TLanes>(input + origin, k, output + origin, rows, streaming);
        }

        if (origin + ((long)rows * lanes) < count)
        {
            DirectVector<TVector, TLanes>(input, k, output, count - lanes);
        }
    }

    // Doubling in registers (AVX-512, 2 ≤ k ≤ 63), rows of 16 outputs from the grid's origin. With
    // q = 2^depth ≤ k < 2q and m_q(v) the maxima of the windows of q starting in row v's 16 lanes, row v
    // is max(m_q(v), shift(m_q(v), m_q(v + 1), k − q)), where shift(a, b, s) is lanes s … 15 of a followed
    // by lanes 0 … s − 1 of b (one vpermt2d), and m_2q(v) = max(m_q(v), shift(m_q(v), m_q(v + 1), q)).
    // Level l of row v needs level l − 1 of rows v and v + 1, so the loop runs as a pipeline: each step
    // takes row v + depth of the input into m_2 and advances every level by one row (l1 … l5 hold the
    // newest row of each level), so that no value passes through memory between the levels. Reads reach
    // 16 · (rows + depth + 1) values past input.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RegisterDoubling<TDepth>(int* input, int k, int* output, int rows, bool nonTemporal)
        where TDepth : struct, IDepth
    {
        var depth = TDepth.Levels;
        var q = 1 << depth;
        ShiftIndices(out var s2, out var s4, out var s8);
        // k − q > 16 (q = 32, k ≥ 49): the second window of q starts in row v + 1, so row v also needs
        // m_q(v + 2), a row further down the pipeline, and m_q(v) waits a step in `older`.
        var far = k - q > 16;
        var last = Vector512<int>.Indices + Vector512.Create(far ? k - q - 16 : k - q);

        var source = Prime<TDepth>(input, out var l1, out var l2, out var l3, out var l4, out var l5, s2, s4, s8);
        var older = l5;
        if (far)
        {
            Advance<TDepth>(ref l1, ref l2, ref l3, ref l4, ref l5, source, s2, s4, s8, out _);
            source += 16;
        }

        var end = output + ((nint)rows * 16);
        for (; output < end; output += 16, source += 16)
        {
            Prefetch(source + PrefetchDistance);
            var top = TDepth.Levels switch { 1 => l1, 2 => l2, 3 => l3, 4 => l4, _ => l5 };
            Advance<TDepth>(ref l1, ref l2, ref l3, ref l4, ref l5, source, s2, s4, s8, out var next);
            var value = Vector512.Max(far ? older : top, Avx512F.PermuteVar16x32x2(top, last, next));
            older = top;
            if (nonTemporal)
            {
                Vector512.StoreAlignedNonTemporal(value, output);
            }
            else
            {
                Vector512.StoreAligned(value, output);
            }
        }
    }

    // How many rows past a row of outputs RegisterDoubling64 reads: 16 · (v + RowsAhead64) values past
    // the origin for the rows before row v.
    private static int RowsAhead64(int k) => ((k - 64) / 16) + 8;

    // Doubling in registers for 64 ≤ k ≤ 207 (AVX-512): the pipeline of RegisterDoubling to m_32, and one
    // level more, m_64(v) = max(m_32(v), m_32(v + 2)), with no shift, as 32 is two whole rows. With
    // k − 64 = 16a + b, row v is max(m_64(v), shift(m_64(v + a), m_64(v + a + 1), b)); from k = 128
    // (a ≥ 4) also m_64(v + 4), the window's values 64 … 127, and past k = 192 m_64(v + 8), values
    // 128 … 191 (the shifted row covers the last 64, so nothing is left out). The newest m_64 rows wait
    // in a delay line of a + 1 registers (TDelay.Levels, at most nine), the newest two of m_32 in two
    // more: about 24 of the 32 vector registers, none spilled. a is a type, so that the JIT compiles each
    // delay line with its registers fixed (a register moved along the line is renamed, not executed).
    // Reads reach 16 · (rows + RowsAhead64(k)) values past input.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RegisterDoubling64<TDelay>(int* input, int k, int* output, int rows, bool nonTemporal)
        where TDelay : struct, IDepth
    {
        var delay = TDelay.Levels;
        Debug.Assert(delay == ((k - 64) / 16) + 1, "The delay line holds a + 1 rows.");
        ShiftIndices(out var s2, out var s4, out var s8);
        var last = Vector512<int>.Indices + Vector512.Create((k - 64) % 16);
        Debug.Assert(k < 128 || delay >= 5, "m_64(v + 4) is in the delay line.");
        Debug.Assert(k <= 192 || delay >= 9, "m_64(v + 8) is in the delay line.");
        var third = k > 192;

        // Prime the pipeline to m_32(0) (in l5), as RegisterDoubling does, ...
        var source = Prime<Depth5>(input, out var l1, out var l2, out var l3, out var l4, out var l5, s2, s4, s8);

        // ... then to m_32(1), and m_64(0) … m_64(a) into the delay line d0 … d_a (m_64(j − 2) comes with
        // m_32(j); older and old hold m_32(j − 2) and m_32(j − 1)).
        var older = l5;
        Advance<Depth5>(ref l1, ref l2, ref l3, ref l4, ref l5, source, s2, s4, s8, out var old);
        source += 16;
        Vector512<int> d0 = default, d1 = default, d2 = default, d3 = default, d4 = default, d5 = default, d6 = default, d7 = default, d8 = default;
        for (var j = 2; j <= delay + 1; j++, source += 16)
        {
            var m64 = NextM64(ref l1, ref l2, ref l3, ref l4, ref l5, ref older, ref old, source, s2, s4, s8);
            switch (j - 2)
            {
                case 0:
                    d0 = m64;
                    break;
                case 1:
                    d1 = m64;
                    break;
                case 2:
                    d2 = m64;
                    break;
                case 3:
                    d3 = m64;
                    break;
                case 4:
                    d4 = m64;
                    break;
                case 5:
                    d5 = m64;
                    break;
                case 6:
                    d6 = m64;
                    break;
                case 7:
                    d7 = m64;
                    break;
                default:
                    d8 = m64;
                    break;
            }
        }

        var end = output + ((nint)rows * 16);
        for (; output < end; output += 16, source += 16)
        {
            Prefetch(source + PrefetchDistance);
            // m_64(v + a + 1), the newest, and m_64(v + a) from the delay line.
            var newest = NextM64(ref l1, ref l2, ref l3, ref l4, ref l5, ref older, ref old, source, s2, s4, s8);
            var ahead = TDelay.Levels switch { 1 => d0, 2 => d1, 3 => d2, 4 => d3, 5 => d4, 6 => d5, 7 => d6, 8 => d7, _ => d8 };
            var first = TDelay.Levels >= 5 ? Vector512.Max(d0, d4) : d0;
            if (TDelay.Levels >= 9 && third)
            {
                first = Vector512.Max(first, d8);
            }
            var value = Vector512.Max(first, Avx512F.PermuteVar16x32x2(ahead, last, newest));
            if (nonTemporal)
            {
                Vector512.StoreAlignedNonTemporal(value, output);
            }
            else
            {
                Vector512.StoreAligned(value, output);
            }

            // The delay line moves a row.
            switch (TDelay.Levels)
            {
                case 1:
                    d0 = newest;
                    break;
                case 2:
                    (d0, d1) = (d1, newest);
                    break;
                case 3:
                    (d0, d1, d2) = (d1, d2, newest);
                    break;
                case 4:
                    (d0, d1, d2, d3) = (d1, d2, d3, newest);
                    break;
                case 5:
                    (d0, d1, d2, d3, d4) = (d1, d2, d3, d4, newest);
                    break;
                case 6:
                    (d0, d1, d2, d3, d4, d5) = (d1, d2, d3, d4, d5, newest);
                    break;
                case 7:
                    (d0, d1, d2, d3, d4, d5, d6) = (d1, d2, d3, d4, d5, d6, newest);
                    break;
                case 8:
                    (d0, d1, d2, d3, d4, d5, d6, d7) = (d1, d2, d3, d4, d5, d6, d7, newest);
                    break;
                default:
                    (d0, d1, d2, d3, d4, d5, d6, d7, d8) = (d1, d2, d3, d4, d5, d6, d7, d8, newest);
                    break;
            }
        }
    }

    // Rows against van Herk inside the vectors (streaming, AVX-512): the result's first stretch by rows, the
    // second by van Herk, each timed, and the rest by the faster (see RaceMaxWindow). Each stretch is solved
    // as an input of its own, stretch + k − 1 values, so each path pays its start-up once per stretch, as it
    // pays it once for the rest. A trace's Winner, set before the call, decides instead of the clock.
    private static void Race(int* input, int n, int k, int* output, Trace? trace)
    {
        const int stretch = RaceStretch;
        var values = stretch + k - 1;

        // Rows keep their block in the result's last ints, which the rest overwrites later (at most
        // 33 824 ints, past the two stretches), so that rows make all of their stretch.
        var scratch = (int*)((nuint)(output + (n - k + 1) - RowScratchLength(k)) & ~(nuint)(LineBytes - 1));
        Debug.Assert(scratch >= output + (2 * stretch), "The race's stretches are a quarter of the result at most, the scratch an eighth of a stretch.");
        var start = Stopwatch.GetTimestamp();
        RowVanHerk(input, values, k, output, nonTemporal: true, scratch);
        var middle = Stopwatch.GetTimestamp();
        VanHerkIn16Lanes(input + stretch, values, k, output + stretch, trace);
        var end = Stopwatch.GetTimestamp();
        var winner = trace?.Winner ?? (middle - start <= end - middle ? Path.Rows : Path.VanHerk);
        if (trace is not null)
        {
            trace.Raced = true;
            trace.Winner = winner;
        }

        var done = 2 * stretch;
        if (winner is Path.Rows)
        {
            RowVanHerk(input + done, n - done, k, output + done, nonTemporal: true);
        }
        else
        {
            VanHerkIn16Lanes(input + done, n - done, k, output + done, trace);
        }
    }

    // Streaming van Herk inside 16-lane vectors: block by block up to InterleavedMaxWindow, by sub-blocks beyond.
    private static void VanHerkIn16Lanes(int* input, int n, int k, int* output, Trace? trace)
    {
        if (k > InterleavedMaxWindow)
        {
            SubBlockedVanHerk<Vector512<int>, Vector512Lanes>(input, n, k, output, trace);
        }
        else
        {
            BlockedVanHerk<Vector512<int>, Vector512Lanes>(input, n, k, output, streaming: true, interleaved: true);
        }
    }

    // Van Herk over rows of m_16 (AVX-512, k ≥ RowsMinWindow), on the grid of rows from the result's first
    // cache line; the outputs before it, and the last few, whose rows' pipeline would read past the input,
    // are windows that all overlap (fewer than k of them each time).
    private static void RowVanHerk(int* input, int n, int k, int* output, bool nonTemporal, int* scratch = null)
    {
        var count = n - k + 1;
        var origin = (int)((LineBytes - ((nuint)output % LineBytes)) % LineBytes / sizeof(int));
        var w = RowsPerBlock(k);

        // Row v's pipeline reads up to row v + w + 4 of the input (see RowVanHerkGrid).
        var rows = (int)Math.Clamp((((long)n - origin) / 16) - (w + 4), 0, ((long)count - origin) / 16);
        if (origin > 0)
        {
            Overlapping(input, k, output, Math.Min(origin, count));
        }

        var scratchLength = RowScratchLength(k);
        var done = origin;
        if (scratch is not null)
        {
            // The caller's scratch (a race's stretch: the result's last ints, past the stretch), so that
            // every output on the grid is made by rows.
            if (rows > 0)
            {
                RowVanHerkGrid(input + origin, k, output + origin, rows, scratch, nonTemporal);
                done = origin + (rows * 16);
            }
        }
        else if (nonTemporal)
        {
            // The result's last scratchLength-odd ints hold the scratch (k ≤ 2¹⁵ against at least 2²⁰
            // outputs), and their outputs come after the grid, by sub-blocks.
            var buffer = (int*)((nuint)(output + count - scratchLength) & ~(nuint)(LineBytes - 1));
            rows = (int)Math.Min(rows, (buffer - (output + origin)) / 16);
            Debug.Assert(rows > 0, "A streaming result (2²⁰ outputs or more) is more than thirty times the scratch (at most 33 824 ints).");
            RowVanHerkGrid(input + origin, k, output + origin, rows, buffer, nonTemporal);
            done = origin + (rows * 16);
            SubBlockedVanHerk<Vector512<int>, Vector512Lanes>(input + done, n - done, k, output + done, trace: null);
            return;
        }
        else if (rows > 0)
        {
            // At most 33 824 ints (k = 2¹⁵), pooled.
            var pooled = ArrayPool<int>.Shared.Rent(scratchLength + 16);
            fixed (int* raw = pooled)
            {
                var buffer = (int*)(((nuint)raw + 63) & ~(nuint)63);
                RowVanHerkGrid(input + origin, k, output + origin, rows, buffer, nonTemporal);
            }

            ArrayPool<int>.Shared.Return(pooled);

            done = origin + (rows * 16);
        }

        // At most 80 outputs (k ≥ 128): the grid stops w + 4 rows before the input's end, and w rows are
        // within 16 values of k; or, with no row at all, at most 64 + 15.
        var tail = count - done;
        Debug.Assert(tail <= k, "The outputs past the grid all overlap.");
        if (tail > 0)
        {
            Overlapping(input + done, k, output + done, tail);
        }
    }

    // The scratch of van Herk over rows, in ints: the block's rows (w + 1 with the sentinel), then each
    // sub-block's maximum and the maximum of the sub-blocks after it, on a 64-byte boundary.
    private static int RowScratchLength(int k)
    {
        var w = RowsPerBlock(k);
        return (w + 1 + (2 * SubBlocks(w))) * 16;
    }

    // The rows of m_16 in each van Herk block: w = a + 1 for k − 16 = 16a + b.
    private static int RowsPerBlock(int k) => ((k - 16) / 16) + 1;

    // The sub-blocks of a block of w rows: at least two, so that one's backward scan can run beside the
    // next one's forward steps, and at most SubBlockRows rows each.
    private static int SubBlocks(int w) => Math.Max(2, (w + SubBlockRows - 1) / SubBlockRows);

    // rows rows of the result from output (64-byte aligned). M(u) is row u of m_16 (lane j: the maximum of
    // the 16 values from 16u + j), from the pipeline of RegisterDoubling at depth 4. With k − 16 = 16a + b,
    // the window of k from 16v + j is covered by the windows of 16 from 16(v + i) + j, i = 0 … a, and the
    // one from 16(v + a) + b + j, so row v of the result is max(W(v), shift(M(v + a), M(v + a + 1), b)),
    // with W(v) = max(M(v) … M(v + a)) a sliding maximum of w = a + 1 whole rows: van Herk over blocks
    // of w rows, W(v) = max(S(v), P(v + a)) with S the suffix maxima of v's block and P the prefix
    // maxima of the next, and every scan a vertical maximum, no shuffle.
    //
    // One forward pass: step u computes M(u + 1) (loading input row u + 5), P(u), and result row
    // v = u − a from P(u) and S(v), which slot t + 1 of the buffer holds for u = Bw + t, then stores
    // M(u) in slot t, read for the last time the step before. Each block's slots are cut into
    // sub-blocks; the backward scan that turns a sub-block's rows of M into its suffix maxima runs a row
    // a step beside the forward steps of the sub-block after it (ordinary stores in the loop of the
    // streaming ones, as in PrefixMaximaCombinedStreaming), and a slot then holds the maximum of its
    // sub-block from it on; `floor`, the maximum of the sub-blocks after it (kept from the pass that
    // wrote them), completes S. Block 0's pass makes only row 0. Every scratch row stays in L1 for
    // k ≤ about 10⁴, the sub-block being scanned for every k. Reads reach 16 · (rows + w + 4) values
    // past input.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowVanHerkGrid(int* input, int k, int* output, int rows, int* buffer, bool nonTemporal)
    {
        var w = RowsPerBlock(k);
        var subBlocks = SubBlocks(w);
        var length = (w + subBlocks - 1) / subBlocks;
        var after = buffer + ((nint)(w + 1) * 16);
        var maxima = after + ((nint)subBlocks * 16);
        ShiftIndices(out var s2, out var s4, out var s8);
        var last = Vector512<int>.Indices + Vector512.Create((k - 16) % 16);
        var none = Vector512.Create(int.MinValue);

        // Before block 0 there is nothing: every slot (and the sentinel past the last) and every floor.
        for (nint r = 0; r <= w; r++)
        {
            Vector512.StoreAligned(none, buffer + (r * 16));
        }

        for (nint j = 0; j < subBlocks; j++)
        {
            Vector512.StoreAligned(none, after + (j * 16));
        }

        var source = Prime<Depth4>(input, out var l1, out var l2, out var l3, out var l4, out var l5, s2, s4, s8);
        var current = l4;
        var v = 1 - w;
        var scan = buffer;
        var scanEnd = buffer;
        var carry = none;
        var destination = output;
        while (true)
        {
            var prefix = none;
            for (var j = 0; j < subBlocks; j++)
            {
                var floor = Vector512.LoadAligned(after + ((nint)j * 16));
                var begin = j * length;
                var steps = Math.Min(begin + length, w) - begin;
                var slot = buffer + ((nint)begin * 16);
                var seen = none;

                // In block 0, rows before row 0 (v < 0) are not written.
                var skip = Math.Clamp(-v, 0, steps);
                if (skip > 0)
                {
                    RowSteps<NoStore>(ref slot, skip, ref source, ref destination, ref scan, scanEnd, ref carry, ref l1, ref l2, ref l3, ref l4, ref l5, ref current, ref prefix, ref seen, floor, last, s2, s4, s8);
                    v += skip;
                }

                var emit = Math.Min(steps - skip, rows - v);
                if (nonTemporal)
                {
                    RowSteps<StreamingStore>(ref slot, emit, ref source, ref destination, ref scan, scanEnd, ref carry, ref l1, ref l2, ref l3, ref l4, ref l5, ref current, ref prefix, ref seen, floor, last, s2, s4, s8);
                }
                else
                {
                    RowSteps<OrdinaryStore>(ref slot, emit, ref source, ref destination, ref scan, scanEnd, ref carry, ref l1, ref l2, ref l3, ref l4, ref l5, ref current, ref prefix, ref seen, floor, last, s2, s4, s8);
                }

                v += emit;
                if (v >= rows)
                {
                    return;
                }

                // The scan before may be unfinished (this sub-block was the shorter last one): finish it,
                // then start this one's.
                while (scan > scanEnd)
                {
                    scan -= 16;
                    carry = Vector512.Max(carry, Vector512.LoadAligned(scan));
                    Vector512.StoreAligned(carry, scan);
                }

                scan = slot;
                scanEnd = buffer + ((nint)begin * 16);
                carry = none;
                Vector512.StoreAligned(seen, maxima + ((nint)j * 16));
            }

            // The floors of the next pass: the maxima of this block's sub-blocks after each.
            var behind = none;
            for (var j = subBlocks - 1; j >= 0; j--)
            {
                Vector512.StoreAligned(behind, after + ((nint)j * 16));
                behind = Vector512.Max(behind, Vector512.LoadAligned(maxima + ((nint)j * 16)));
            }
        }
    }

    // `steps` forward steps of RowVanHerkGrid from `slot`, each with one step of the pending backward scan
    // (down to scanEnd: slots that no forward step of this sub-block reads or writes). `seen` gathers the
    // sub-block's maximum. TStore writes the result's row, or nothing (block 0).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowSteps<TStore>(ref int* slot, int steps, ref int* source, ref int* destination, ref int* scan, int* scanEnd, ref Vector512<int> carry, ref Vector512<int> l1, ref Vector512<int> l2, ref Vector512<int> l3, ref Vector512<int> l4, ref Vector512<int> l5, ref Vector512<int> current, ref Vector512<int> prefix, ref Vector512<int> seen, Vector512<int> floor, Vector512<int> last, Vector512<int> s2, Vector512<int> s4, Vector512<int> s8)
        where TStore : struct, IRowStore
    {
        var stop = slot + ((nint)steps * 16);
        for (; slot < stop; slot += 16, source += 16)
        {
            if (scan > scanEnd)
            {
                scan -= 16;
                carry = Vector512.Max(carry, Vector512.LoadAligned(scan));
                Vector512.StoreAligned(carry, scan);
            }

            Prefetch(source + PrefetchDistance);
            Advance<Depth4>(ref l1, ref l2, ref l3, ref l4, ref l5, source, s2, s4, s8, out var next);
            prefix = Vector512.Max(prefix, current);
            seen = Vector512.Max(seen, current);
            var suffix = Vector512.Max(floor, Vector512.LoadAligned(slot + 16));
            var value = Vector512.Max(Vector512.Max(prefix, suffix), Avx512F.PermuteVar16x32x2(current, last, next));
            Vector512.StoreAligned(current, slot);
            if (TStore.Writes)
            {
                TStore.Store(value, destination);
                destination += 16;
            }

            current = next;
        }
    }

    // The vpermt2d indices of the pipeline's levels 2 to 4: lane j of s_q is j + q, lanes q … q + 15 of two
    // rows (level 1 loads its shift, and level 5's, 16, is the next row itself: see Advance).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ShiftIndices(out Vector512<int> s2, out Vector512<int> s4, out Vector512<int> s8)
    {
        var ramp = Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        s2 = ramp + Vector512.Create(2);
        s4 = ramp + Vector512.Create(4);
        s8 = ramp + Vector512.Create(8);
    }

    // Primes the pipeline of TDepth levels with rows 0 … depth of the input, so that the highest level
    // holds m_q(0) (q = 2^depth); returns row depth + 1. The levels start as row 0 itself: the rows they
    // make from it before row 0 of each level are never used.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int* Prime<TDepth>(int* input, out Vector512<int> l1, out Vector512<int> l2, out Vector512<int> l3, out Vector512<int> l4, out Vector512<int> l5, Vector512<int> s2, Vector512<int> s4, Vector512<int> s8)
        where TDepth : struct, IDepth
    {
        l1 = Vector512.Load(input);
        l2 = l1;
        l3 = l1;
        l4 = l1;
        l5 = l1;
        var source = input + 16;
        for (var step = 1; step <= TDepth.Levels; step++, source += 16)
        {
            Advance<TDepth>(ref l1, ref l2, ref l3, ref l4, ref l5, source, s2, s4, s8, out _);
        }

        return source;
    }

    // One step of the five-level pipeline at row, and the next row of m_64: max(m_32(j − 2), m_32(j)), with
    // older and old holding m_32(j − 2) and m_32(j − 1) (32 is two whole rows, so no shift).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> NextM64(ref Vector512<int> l1, ref Vector512<int> l2, ref Vector512<int> l3, ref Vector512<int> l4, ref Vector512<int> l5, ref Vector512<int> older, ref Vector512<int> old, int* row, Vector512<int> s2, Vector512<int> s4, Vector512<int> s8)
    {
        Advance<Depth5>(ref l1, ref l2, ref l3, ref l4, ref l5, row, s2, s4, s8, out var m32);
        var m64 = Vector512.Max(older, m32);
        (older, old) = (old, m32);
        return m64;
    }

    // One step of the pipeline at row, the next row of the input: the row before it enters level 1 as
    // m_2, the maximum of itself and its values one further on (an unaligned load, which shifts for free:
    // a vpermt2d there took 4–15% longer to compute doubling from k = 16 to 192 with everything in cache,
    // n = 200 000, best of 400 calls in turn; loading m_4's four shifts instead of permuting m_2 was slower
    // below k = 64). Each level l ≥ 2 gains its next row from level l − 1's last two; top is the new row of
    // the highest level.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Advance<TDepth>(ref Vector512<int> l1, ref Vector512<int> l2, ref Vector512<int> l3, ref Vector512<int> l4, ref Vector512<int> l5, int* row, Vector512<int> s2, Vector512<int> s4, Vector512<int> s8, out Vector512<int> top)
        where TDepth : struct, IDepth
    {
        top = Vector512.Max(Vector512.Load(row - 16), Vector512.Load(row - 15));
        if (TDepth.Levels >= 2)
        {
            top = Level(ref l1, top, s2);
        }

        if (TDepth.Levels >= 3)
        {
            top = Level(ref l2, top, s4);
        }

        if (TDepth.Levels >= 4)
        {
            top = Level(ref l3, top, s8);
        }

        if (TDepth.Levels >= 5)
        {
            // A shift by 16 is the whole next row: m_32(v) = max(m_16(v), m_16(v + 1)), no permute (a
            // vpermt2d with indices 16 … 31 returns its second operand; without it the pipelines to m_32
            // and m_64 computed 7–10% faster with everything in cache, n = 200 000, best of 400 calls in turn).
            var m32 = Vector512.Max(l4, top);
            l4 = top;
            top = m32;
        }

        // The highest level keeps its new row too (the levels below kept theirs in Level).
        switch (TDepth.Levels)
        {
            case 1:
                l1 = top;
                break;
            case 2:
                l2 = top;
                break;
            case 3:
                l3 = top;
                break;
            case 4:
                l4 = top;
                break;
            default:
                l5 = top;
                break;
        }
    }

    // The next row of level l + 1 from the last row of level l and its next one (by shift: lanes shift …
    // 15 of the last row, then lanes 0 … shift − 1 of the next), which then becomes the last.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Level(ref Vector512<int> last, Vector512<int> next, Vector512<int> shift)
    {
        var row = Vector512.Max(last, Avx512F.PermuteVar16x32x2(last, shift, next));
        last = next;
        return row;
    }

    // output[p .. p + lanes) from the k overlapping loads at input + p … input + p + k − 1 (k ≤ 256; only
    // the few vectors before the grid's first cache line and after its last whole vector).
    private static void DirectVector<TVector, TLanes>(int* input, int k, int* output, int p)
        where TVector : struct
        where TLanes : ILanes<TVector>
    {
        var max = TLanes.Load(input + p);
        for (var t = 1; t < k; t++)
        {
            max = TLanes.Max(max, TLanes.Load(input + p + t));
        }

        TLanes.Store(max, output + p);
    }

    // rows whole vectors of outputs from output (aligned to a cache line), windows of 2 ≤ k ≤ 256.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DoublingGrid<TVector, TLanes>(int* input, int k, int* output, int rows, bool nonTemporal)
        where TVector : struct
        where TLanes : ILanes<TVector>
    {
        var lanes = TLanes.Count;

        // A window of k is covered by four windows of q (starting at 0, q, min(2q, k − q) and k − q)
        // for the smallest power of two q with 4q ≥ k: q = 1 for k ≤ 4, 2 for k ≤ 8, … 64 for k ≤ 256.
        var q = 1;
        while (4 * q < k)
        {
            q *= 2;
        }

        if (q == 1)
        {
            // The windows of 1 are the input itself: one pass of four overlapping loads.
            MaxOfFour<TVector, TLanes>(input, output, rows, 1, Math.Min(2, k - 1), k - 1, nonTemporal, prefetch: true);
            return;
        }

        // m_q, the maxima of the windows of q, one L1-resident chunk at a time: m_first (first = 2 or 4)
        // from the input for the chunk's outputs + k − first values, then in place up to m_q; each pass
        // needs w (or 3w) values fewer than the one before. An in-place pass may run forwards because
        // each vector reads its own slots and later ones before it writes. Its last vector may run past
        // the values the next pass needs, into slots (the + lanes) that no output reads.
        var first = Math.Min(q, 4);
        var level = stackalloc int[ChunkLength + DoublingMaxWindow + lanes];
        var chunkRows = ChunkLength / lanes;
        for (var row = 0; row < rows; row += chunkRows)
        {
            var chunk = Math.Min(chunkRows, rows - row);
            var source = input + ((nint)row * lanes);
            var length = (chunk * lanes) + k - first;
            var i = 0;
            for (; i < length - lanes; i += lanes)
            {
                Prefetch(source + i + PrefetchDistance);
                TLanes.Store(WindowOf<TVector, TLanes>(source + i, first), level + i);
            }

            TLanes.Store(WindowOf<TVector, TLanes>(source + length - lanes, first), level + length - lanes);

            // Four windows of w make one of 4w: one pass where two doublings would take two (at n = 10⁷,
            // k = 64 to 256: 0.59–0.66 ns a value against 0.66–0.83, best of 90 calls in one process).
            var w = first;
            for (; 4 * w <= q; w *= 4)
            {
                length -= 3 * w;
                for (i = 0; i < length; i += lanes)
                {
                    var low = TLanes.Max(TLanes.Load(level + i), TLanes.Load(level + i + w));
                    var high = TLanes.Max(TLanes.Load(level + i + (2 * w)), TLanes.Load(level + i + (3 * w)));
                    TLanes.Store(TLanes.Max(low, high), level + i);
                }
            }

            if (w < q)
            {
                length -= w;
                for (i = 0; i < length; i += lanes)
                {
                    TLanes.Store(TLanes.Max(TLanes.Load(level + i), TLanes.Load(level + i + w)), level + i);
                }
            }

            MaxOfFour<TVector, TLanes>(level, output + ((nint)row * lanes), chunk, q, Math.Min(2 * q, k - q), k - q, nonTemporal, prefetch: false);
        }
    }

    // The maxima of the windows of q ∈ {2, 4} starting at source … source + lanes − 1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector WindowOf<TVector, TLanes>(int* source, int q)
        where TVector : struct
        where TLanes : ILanes<TVector>
    {
        var pair = TLanes.Max(TLanes.Load(source), TLanes.Load(source + 1));
        return q == 2 ? pair : TLanes.Max(pair, TLanes.Max(TLanes.Load(source + 2), TLanes.Load(source + 3)));
    }

    // destination row r = max(source[i], source[i + a], source[i + b], source[i + c]), i = r · lanes.
    // Repeating an offset costs a load and a max but keeps one loop for every case: max(x, x) = x.
    // With prefetch (the source is the input, not the L1-resident level), lines are requested ahead.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MaxOfFour<TVector, TLanes>(int* source, int* destination, int rows, int a, int b, int c, bool nonTemporal, bool prefetch)
        where TVector : struct
        where TLanes : ILanes<TVector>
    {
        var lanes = TLanes.Count;
        var end = source + ((nint)rows * lanes);
        for (; source < end; source += lanes, destination += lanes)
        {
            if (prefetch)
            {
                Prefetch(source + PrefetchDistance);
            }

            var max = TLanes.Max(
                TLanes.Max(TLanes.Load(source), TLanes.Load(source + a)),
                TLanes.Max(TLanes.Load(source + b), TLanes.Load(source + c)));
            if (nonTemporal)
            {
                TLanes.StoreAlignedNonTemporal(max, destination);
            }
            else
            {
                TLanes.StoreAligned(max, destination);
            }
        }
    }

    private static void BlockedVanHerk<TVector, TLanes>(int* input, int n, int k, int* output, bool streaming, bool interleaved)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        // Suffix buffers of k + 1 slots; interleaved, two: the forward pass over block j + 1 reads block
        // j's suffix maxima from one while the backward pass over block j + 1 runs in the same loop and
        // writes the other (see PrefixMaximaCombinedStreaming). The slot past each block holds
        // int.MinValue, so that the forward pass may run over the whole next block: its last step then
        // yields max(block j + 1) for the window that is exactly block j + 1, and no vector loop ends in
        // a k − 1 element tail. Up to a million slots the buffers come from the pool; beyond, a pooled
        // array rounded up to a power of two would waste up to as much again, so they are allocated to
        // size, without zeroing. Interleaved, each buffer has a page of slack, to be placed where its reads
        // do not wait behind the streaming stores (see Place).
        var region = interleaved ? k + 1 + (PageBytes / sizeof(int)) : k + 1;
        var slots = (interleaved ? 2 : 1) * region;
        var pooled = slots <= PooledSuffixLimit;
        var suffixes = pooled ? ArrayPool<int>.Shared.Rent(slots) : GC.AllocateUninitializedArray<int>(slots);
        fixed (int* buffers = suffixes)
        {
            var outputOffset = (nint)output - (nint)input;
            var suffix = interleaved ? Place(buffers, input, outputOffset) : buffers;
            var inB = interleaved;
            var nextSuffix = interleaved ? Place(buffers + region, input + k, outputOffset) : null;
            suffix[k] = int.MinValue;
            if (interleaved)
            {
                nextSuffix[k] = int.MinValue;
            }

            SuffixMaxima<TVector, TLanes>(input, suffix, k, streaming);
            output[0] = suffix[0];

            // Windows start + 1 … start + k end in block j + 1 = [start + k, start + 2k): each is
            // block j's suffix maximum at its start combined with block j + 1's prefix maximum at its
            // end. The loop runs while block j + 1 is not empty, written as n − start > k so that no
            // sum passes n (start + k would overflow past 2³¹ − 1 for n above 2³⁰).
            for (nint start = 0; n - start > k; start += k)
            {
                var next = input + start + k;
                var count = (int)Math.Min(k, n - start - k);
                if (streaming && count >= 2 * TLanes.Count)
                {
                    PrefixMaximaCombinedStreaming<TVector, TLanes, BlockPass>(next, suffix + 1, output + start + 1, count, int.MinValue, next, count == k ? nextSuffix : null, count, int.MinValue, null);
                }
                else
                {
                    PrefixMaximaCombined<TVector, TLanes>(next, suffix + 1, output + start + 1, count, int.MinValue);
                }

                if (count == k && interleaved)
                {
                    // The next block's buffer goes where block j's was, placed for the block after.
                    suffix = nextSuffix;
                    nextSuffix = Place(inB ? buffers : buffers + region, next + k, outputOffset);
                    nextSuffix[k] = int.MinValue;
                    inB = !inB;
                }
                else if (count == k)
                {
                    SuffixMaxima<TVector, TLanes>(next, suffix, k, streaming);
                }
            }
        }

        if (pooled)
        {
            ArrayPool<int>.Shared.Return(suffixes);
        }
    }

    // Van Herk for large windows (streaming, k > InterleavedMaxWindow) without a k-sized suffix buffer.
    // Block j is cut into sub-blocks of `length`; the suffix maximum at a position of sub-block t is the
    // maximum of t's own suffix (a backward scan of `length` values into an L1 buffer) and of the
    // sub-blocks after t (their maxima, kept from the pass that read block j as the next block). Windows
    // starting in sub-block t end in the same sub-block of block j + 1, so the forward pass over that
    // one combines the two, taking the maximum of the later sub-blocks and of block j + 1 before it as
    // its starting carry, and keeps its own maximum for the next block. Each sub-block's backward scan
    // runs in the loop of the forward pass before it (the last of block j's in the loop of block j + 1's
    // last), so that no ordinary store waits behind the streaming ones; the backward scans read block
    // j a second time, from L2. Against the block-by-block passes with two k-sized buffers at k =
    // 100 000 (n = 10⁷, the 2-core EPYC, best of 20 calls): 0.45 → 0.27–0.30 ns a value.
    // Each backward scan starts from the maximum of the sub-blocks after its own that are known (all of
    // them but in a block's first sub-block, where the last is still being read): any values of the
    // same block after it are right, since the forward pass takes those maxima anyway. So its carry
    // covers most vectors from the start, and the passes skip the scans of such vectors while that
    // pays (see SkipSlowRatio).
    private static void SubBlockedVanHerk<TVector, TLanes>(int* input, int n, int k, int* output, Trace? trace)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        var lanes = TLanes.Count;
        var subBlocks = (int)(((long)k + SubBlockLength - 1) / SubBlockLength);
        var length = (int)(((long)k + subBlocks - 1) / subBlocks);
        var maxima = ArrayPool<int>.Shared.Rent(3 * subBlocks);
        // Each buffer with a page of slack, to be placed where its reads do not wait behind the streaming stores (see Place).
        var regionA = stackalloc int[length + 1 + (PageBytes / sizeof(int))];
        var regionB = stackalloc int[length + 1 + (PageBytes / sizeof(int))];
        var outputOffset = (nint)output - (nint)input;
        fixed (int* both = maxima)
        {
            var current = both;
            var following = both + subBlocks;
            var later = both + (2 * subBlocks);
            var whole = int.MinValue;
            for (var t = 0; t < subBlocks; t++)
            {
                current[t] = Max(input + ((nint)t * length), Math.Min(length, k - (t * length)));
                whole = Math.Max(whole, current[t]);
            }

            output[0] = whole;
            var local = Place(regionA, input, outputOffset);
            var nextLocal = regionB;
            var inB = false;
            var skipping = true;
            var plain = 0;
            var skipped = 0L;
            var passes = 0L;
            var covered = 0L;
            var firstCarry = int.MinValue;
            for (var t = 1; t < subBlocks; t++)
            {
                firstCarry = Math.Max(firstCarry, current[t]);
            }

            BackwardScan<TVector, TLanes>(input, local, Math.Min(length, k), firstCarry);
            for (nint start = 0; n - start > k; start += k)
            {
                var block = input + start;
                var next = block + k;
                var count = (int)Math.Min(k, n - start - k);
                var another = n - start - k > k;

                // later[t]: the maximum of the sub-blocks of block j after t (current[t] is sub-block t's own).
                var after = int.MinValue;
                for (var t = subBlocks - 1; t >= 0; t--)
                {
                    (later[t], after) = (after, Math.Max(after, current[t]));
                }

                var running = int.MinValue;
                for (var t = 0; (long)t * length < count; t++)
                {
                    var m0 = t * length;
                    var outputs = Math.Min(length, count - m0);

                    // The backward scan this pass's loop carries: the next sub-block of this block, or
                    // after the last, the first of the next block.
                    int* nextHead = null;
                    var nextWidth = 0;
                    var nextCarry = int.MinValue;
                    var nextOwn = int.MinValue;
                    if ((long)(t + 1) * length < count)
                    {
                        nextHead = block + m0 + length;
                        nextWidth = Math.Min(length, k - m0 - length);
                        nextCarry = later[t + 1];
                        nextOwn = current[t + 1];
                    }
                    else if (another)
                    {
                        nextHead = next;
                        nextWidth = Math.Min(length, k);
                        nextOwn = following[0];
                        for (var u = 1; u < t; u++)
                        {
                            nextCarry = Math.Max(nextCarry, following[u]);
                        }
                    }

                    if (nextHead is not null)
                    {
                        inB = !inB;
                        nextLocal = Place(inB ? regionB : regionA, nextHead, outputOffset);

                        // A sub-block with nothing above its carry (its maximum, from the forward pass that
                        // read it a block ago) has the carry for every suffix maximum: no need to read it
                        // again. On random values that is all but the few sub-blocks holding a new maximum
                        // counted from the block's end (about ln of the sub-blocks per block), so that the
                        // input leaves memory once where a block no longer fits in cache (k = 10⁶: 4 MB). At
                        // n = 10⁷ on the 2-core EPYC (ParallelCacheBlockedSimd, best of 11 calls in turn with
                        // the same code reading every sub-block again, one process): k = 131 072, 262 144
                        // and 10⁶ took 0.196, 0.191 and 0.169 ns a value cold against 0.246, 0.253 and
                        // 0.257, warm 0.242, 0.232 and 0.217 against 0.327, 0.300 and 0.305; k = 32 768
                        // level (0.164 against 0.159 cold). A falling input covers none and reads all, as before.
                        if (nextOwn <= nextCarry)
                        {
                            new Span<int>(nextLocal, nextWidth + 1).Fill(nextCarry);
                            nextHead = null;
                            covered++;
                        }
                    }

                    var seen = int.MinValue;
                    var floor = Math.Max(running, later[t]);
                    if (outputs >= 2 * lanes && (nextHead is null || nextWidth > lanes))
                    {
                        var backWidth = nextHead is null ? 0 : nextWidth;
                        var backSuffix = nextHead is null ? null : nextLocal;
                        if (backSuffix is not null)
                        {
                            backSuffix[nextWidth] = nextCarry;
                        }

                        passes++;
                        if (skipping)
                        {
                            var slow = 0;
                            PrefixMaximaCombinedStreaming<TVector, TLanes, SkippingSubBlockPass>(next + m0, local + 1, output + start + 1 + m0, outputs, floor, nextHead, backSuffix, backWidth, nextCarry, &seen, &slow);
                            skipping = (long)slow * SkipSlowRatio <= (outputs + backWidth) / lanes;
                            plain = 0;
                            skipped++;
                        }
                        else
                        {
                            PrefixMaximaCombinedStreaming<TVector, TLanes, SubBlockPass>(next + m0, local + 1, output + start + 1 + m0, outputs, floor, nextHead, backSuffix, backWidth, nextCarry, &seen);
                            skipping = ++plain >= SkipRetry;
                        }
                    }
                    else
                    {
                        if (outputs >= 2 * lanes)
                        {
                            PrefixMaximaCombinedStreaming<TVector, TLanes, SubBlockPass>(next + m0, local + 1, output + start + 1 + m0, outputs, floor, null, null, 0, 0, &seen);
                        }
                        else
                        {
                            PrefixMaximaCombined<TVector, TLanes>(next + m0, local + 1, output + start + 1 + m0, outputs, floor);
                            seen = Max(next + m0, outputs);
                        }

                        if (nextHead is not null)
                        {
                            BackwardScan<TVector, TLanes>(nextHead, nextLocal, nextWidth, nextCarry);
                        }
                    }

                    running = Math.Max(running, seen);
                    if (another)
                    {
                        following[t] = seen;
                    }

                    local = nextLocal;
                }

                var filled = following;
                following = current;
                current = filled;
            }

            if (trace is not null)
            {
                trace.SkippingPasses += skipped;
                trace.ScanningPasses += passes - skipped;
                trace.CoveredSubBlocks += covered;
            }
        }

        ArrayPool<int>.Shared.Return(maxima);
    }

    // A buffer of suffix maxima in `region` (a page longer than it) for the values from `head`, placed for
    // the forward pass that reads it later, beside the outputs from output + (head − input) + 1: there
    // buffer + 1 + i is read a step after output + i − lanes is written, and a streaming store stays long
    // in the store buffer (it waits on memory), where a load whose address matches an older store's in the
    // low 12 bits waits behind it (4K aliasing), although the two never overlap. Each buffer is placed half
    // a page from that pass's outputs, and out of the half KB below `head` as well, whose loads the
    // buffer's own stores run beside (by a vector). On the 2-core EPYC at n = 10⁷, k = 32 768 (best of 9
    // calls, the buffer's offset from the output stepped by 128 bytes, four output offsets): 0.23 ns a
    // value at most offsets, 0.27–0.34 where the buffer's reads are 0–512 bytes behind the stores; placed
    // where the stack happened to be, three processes in ten were 1.5–1.8 times slower at k = 32 768 and
    // 262 144, whose sub-blocks are a page each, so that every one sits at the same offset.
    // Moved off `head`'s half KB, the buffer moves by whole lines (so that its reads stay on the output's
    // vector grid), by at most an eighth of a page either way, to the nearer side.
    internal static int* Place(int* region, int* head, nint outputOffset)
    {
        const nuint mask = PageBytes - 1;
        var buffer = (nuint)((nint)head + outputOffset + (PageBytes / 2));
        var fromHead = (int)((buffer - (nuint)head + (PageBytes / 2)) & mask) - (PageBytes / 2);
        if (fromHead is >= -640 and < 64)
        {
            var up = (64 - fromHead + 63) & ~63;
            var down = (((fromHead + 640) / 64) + 1) * 64;
            buffer = up <= down ? buffer + (nuint)up : buffer - (nuint)down;
        }

        return (int*)((nuint)region + ((buffer - (nuint)region) & mask));
    }

    private static int HorizontalMax<TVector, TLanes>(TVector v)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        var result = TLanes.Element(v, 0);
        for (var lane = 1; lane < TLanes.Count; lane++)
        {
            result = Math.Max(result, TLanes.Element(v, lane));
        }

        return result;
    }

    // local[g] = max(head[g .. width), carry), local[width] = carry.
    private static void BackwardScan<TVector, TLanes>(int* head, int* local, int width, int carry)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        var slow = 0;
        local[width] = carry;
        if (width > TLanes.Count)
        {
            var vector = TLanes.Create(carry);
            var i = width - TLanes.Count;
            SuffixRun<TVector, TLanes, SubBlockPass>(head, local, width, ref i, ref vector, prefetchNext: false, ref slow);
            SuffixHead<TVector, TLanes>(head, local, i);
            return;
        }

        for (var g = width - 1; g >= 0; g--)
        {
            local[g] = Math.Max(local[g + 1], head[g]);
        }
    }

    // Requests the line at address ahead of the reads (x64; .NET has no prefetch for ARM64, whose hardware
    // prefetchers stay alone). The doubling path's loads alone fell behind memory on the 2-core Xeon: at
    // n = 10⁷ it took 2.90 ms at k = 3 and 4.09 ms at k = 16 without, 2.28 and 3.44 ms with (best of 75
    // calls in one process). The van Herk path gained nothing from requests ahead of its forward pass;
    // it gains from requesting the next block during its backward pass (see SuffixMaxima). A prefetch
    // never faults, past the end of the input either.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch(int* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

    // Requests the lines at either end of the next block's outputs, [output, output + count), which take
    // ordinary stores: the store would otherwise wait for its line to arrive from memory, and every
    // streaming store behind it with it (the store buffer drains in order).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RequestEnds(int* output, int count)
    {
        var lineInts = LineBytes / sizeof(int);
        for (var line = 0; line < 3; line++)
        {
            Prefetch(output + (line * lineInts));
            Prefetch(output + count - 1 - (line * lineInts));
        }
    }

    // Streaming stores are weakly ordered: make them visible before the result is handed back (on x64
    // an sfence; elsewhere a full barrier, in case the platform's streaming store is weakly ordered too).
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

    // As PrefixMaximaCombined (count ≥ 2 · lanes) and, given nextSuffix, also SuffixMaxima over the same
    // (whole) block into nextSuffix, with the whole vectors placed on the output's vector
    // boundaries: a first vector at 0 and a last at count − lanes, both ordinary stores, cover the
    // unaligned ends. Only cache lines that no ordinary store touches are written with streaming stores:
    // the lines at either end, which the neighbouring blocks and the two overlapping end vectors share,
    // take ordinary stores. A line written partly with streaming and partly with ordinary stores leaves
    // its write-combining buffer half full, to be flushed as a partial write. At n = 10⁷ on the 2-core
    // Xeon (best of 75 calls in one process, another job on the other core): with the streaming stores
    // on the vector grid k = 1 000 took 9.6 ms; on whole lines, but lines shared with the end vectors
    // still mixed, 7.1 ms (k = 100, van Herk's then: 22.5 ms); as here 5.1 ms (k = 100: 10.6 ms).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PrefixMaximaCombinedStreaming<TVector, TLanes, TPass>(int* block, int* suffix, int* output, int count, int running, int* backBlock, int* nextSuffix, int backLength, int backInitial, int* seenMax, int* slowSteps = null)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
        where TPass : struct, IPass
    {
        var lanes = TLanes.Count;
        var slow = 0;
        var seen = TLanes.Load(block);
        var first = TLanes.Max(TLanes.ScanUp(seen), TLanes.Create(running));
        TLanes.Store(TLanes.Max(first, TLanes.Load(suffix)), output);

        // The first aligned vector starts at `skew` ∈ [1, lanes]; its carry is the prefix maximum just
        // before it. Streaming stores go to [lineStart, lineEnd): the whole lines that neither the
        // first vector [0, lanes) nor the last [count − lanes, count) touches, from the first line
        // boundary at or after lanes to the last one at or before count − lanes.
        var skew = lanes - (int)((nuint)output / sizeof(int) % (nuint)lanes);
        var lineStart = (int)((LineBytes - ((nuint)output % LineBytes)) % LineBytes / sizeof(int));
        if (lineStart < lanes)
        {
            lineStart += LineBytes / sizeof(int);
        }

        // Signed: for a short block the boundary can lie before the output's start (no streaming then).
        var lineEnd = (int)((((nint)(output + count - lanes) & ~(nint)(LineBytes - 1)) - (nint)output) / sizeof(int));

        // Three runs, ordinary stores before lineStart and from lineEnd on, so that no step tests where
        // it is (k = 300 to 100 000 at n = 10⁷: 2–4 % faster than one loop with the test).
        var carry = TLanes.Create(TLanes.Element(first, skew - 1));
        var prefix = carry;
        var i = skew;
        var end = count - lanes + 1;
        PrefixRun<TVector, TLanes, TPass>(block, suffix, output, ref i, Math.Min(lineStart, end), ref carry, ref prefix, ref seen, nonTemporal: false, ref slow);
        if (nextSuffix is null && TPass.SubBlocked)
        {
            // No backward pass beside this one (its sub-block covered by its carry, or none left): still
            // request the next sub-block's lines a step ahead, as the steps with a backward pass do.
            for (; i < lineEnd; i += lanes)
            {
                Prefetch(block + count + i);
                PrefixStep<TVector, TLanes, TPass>(block, suffix, output, i, ref carry, ref prefix, ref seen, nonTemporal: true, ref slow);
            }
        }
        else if (nextSuffix is null)
        {
            PrefixRun<TVector, TLanes, TPass>(block, suffix, output, ref i, lineEnd, ref carry, ref prefix, ref seen, nonTemporal: true, ref slow);
        }
        else
        {
            // The backward pass over this (whole) block into nextSuffix, a step beside each streaming
            // step, the rest after. Run after the forward pass, its ordinary stores queued behind the
            // streaming ones, which leave the store buffer only as fast as memory takes them, and the
            // core stalled through both passes: a copy of 10⁷ ints by blocks of 1 000 that stored each
            // block to an L1 buffer afterwards took 2.5–2.7 times as long as the copy alone, storing in
            // the copy's loop 1.07 times (a scratch benchmark on the 2-core Xeon). Each step also requests the next block's line at the same place.
            var back = backLength - lanes;
            var backCarry = TLanes.Create(backInitial);
            RequestEnds(output + count, count);

            for (; i < lineEnd && back >= 0; i += lanes, back -= lanes)
            {
                Prefetch(block + count + i);
                if (TPass.SubBlocked)
                {
                    // The sub-block after the one the backward pass reads: its lines left L1 a block ago.
                    Prefetch(backBlock + backLength + i);
                }

                PrefixStep<TVector, TLanes, TPass>(block, suffix, output, i, ref carry, ref prefix, ref seen, nonTemporal: true, ref slow);
                SuffixStep<TVector, TLanes, TPass>(backBlock, nextSuffix, back, ref backCarry, ref slow);
            }

            SuffixRun<TVector, TLanes, TPass>(backBlock, nextSuffix, backLength, ref back, ref backCarry, prefetchNext: backBlock == block, ref slow);
            SuffixHead<TVector, TLanes>(backBlock, nextSuffix, back);
            PrefixRun<TVector, TLanes, TPass>(block, suffix, output, ref i, lineEnd, ref carry, ref prefix, ref seen, nonTemporal: true, ref slow);
        }

        PrefixRun<TVector, TLanes, TPass>(block, suffix, output, ref i, end, ref carry, ref prefix, ref seen, nonTemporal: false, ref slow);

        var tail = count - i;
        if (tail > 0)
        {
            var before = TLanes.Create(TLanes.Element(prefix, tail - 1));
            i = count - lanes;
            var last = TLanes.Load(block + i);
            seen = TLanes.Max(seen, last);
            prefix = TLanes.Max(TLanes.ScanUp(last), before);
            TLanes.Store(TLanes.Max(prefix, TLanes.Load(suffix + i)), output + i);
        }

        if (seenMax is not null)
        {
            *seenMax = HorizontalMax<TVector, TLanes>(seen);
        }

        if (slowSteps is not null)
        {
            *slowSteps = slow;
        }

        return TLanes.Element(prefix, lanes - 1);
    }

    // suffix[i] = max(block[i .. length)), scanning backwards a vector at a time; length > lanes. With
    // prefetchNext (an input from memory), it requests the next block's lines, [length, 2 · length),
    // one vector's worth per step: this pass reads only cached data, so memory would otherwise sit idle
    // through it and the forward pass over the next block would wait on every line. At n = 10⁷,
    // k = 1 000 on the 2-core Xeon (best of 90 calls, alternating with the unchanged solution): 7.2 →
    // 6.0 ms; k = 100 000: 8.2 → 6.3 ms. A prefetch never faults, past the end of the input either.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SuffixMaxima<TVector, TLanes>(int* block, int* suffix, int length, bool prefetchNext)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        var lanes = TLanes.Count;
        Debug.Assert(length > lanes, "Blocks are longer than a vector.");

        var carry = TLanes.Create(int.MinValue);
        var i = length - lanes;
        var slow = 0;
        SuffixRun<TVector, TLanes, BlockPass>(block, suffix, length, ref i, ref carry, prefetchNext, ref slow);
        SuffixHead<TVector, TLanes>(block, suffix, i);
    }

    // The backward steps from i down to 0, requesting the mirrored line of the next block with prefetchNext.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SuffixRun<TVector, TLanes, TPass>(int* block, int* suffix, int length, ref int i, ref TVector carry, bool prefetchNext, ref int slow)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
        where TPass : struct, IPass
    {
        var lanes = TLanes.Count;
        for (; i >= 0; i -= lanes)
        {
            if (prefetchNext)
            {
                Prefetch(block + (2 * length) - lanes - i);
            }

            SuffixStep<TVector, TLanes, TPass>(block, suffix, i, ref carry, ref slow);
        }
    }

    // suffix[i .. i + lanes) from the vector at i and carry, the maximum of everything after it (the
    // carry itself where nothing in the vector is above it, in a skipping pass, which counts in slow the
    // vectors it scanned).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SuffixStep<TVector, TLanes, TPass>(int* block, int* suffix, int i, ref TVector carry, ref int slow)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
        where TPass : struct, IPass
    {
        var loaded = TLanes.Load(block + i);
        if (TPass.Skips && TLanes.NoneAbove(loaded, carry))
        {
            TLanes.Store(carry, suffix + i);
            return;
        }

        if (TPass.Skips)
        {
            slow++;
        }

        var scan = TLanes.ScanDown(loaded);
        TLanes.Store(TLanes.Max(scan, carry), suffix + i);
        carry = TLanes.Max(carry, TLanes.BroadcastFirst(scan));
    }

    // The first values, below the last backward step at i + lanes (i ∈ (−lanes, 0]): one more vector over
    // [0, lanes), overlapping work already done, with suffix[lanes] (the maximum of everything after it)
    // as the carry: one vector instead of up to lanes − 1 scalar steps, and every lane of it is right.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SuffixHead<TVector, TLanes>(int* block, int* suffix, int i)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        if (i + TLanes.Count > 0)
        {
            TLanes.Store(TLanes.Max(TLanes.ScanDown(TLanes.Load(block)), TLanes.Create(suffix[TLanes.Count])), suffix);
        }
    }

    // output[i] = max(suffix[i], max(block[0 .. i])), scanning forwards a vector at a time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PrefixMaximaCombined<TVector, TLanes>(int* block, int* suffix, int* output, int count, int running)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
    {
        var lanes = TLanes.Count;
        var slow = 0;
        var carry = TLanes.Create(running);
        var seen = carry;
        var prefix = carry;
        var i = 0;
        PrefixRun<TVector, TLanes, BlockPass>(block, suffix, output, ref i, count - lanes + 1, ref carry, ref prefix, ref seen, nonTemporal: false, ref slow);

        var tail = count - i;
        if (tail == 0)
        {
            return TLanes.Element(prefix, lanes - 1);
        }

        if (i > 0)
        {
            // The last `tail` values: one more vector over [count − lanes, count), overlapping work
            // already done, with the prefix maximum just before it (lane tail − 1 of the last whole
            // vector) as the carry: one vector instead of up to lanes − 1 scalar steps.
            var before = TLanes.Create(TLanes.Element(prefix, tail - 1));
            i = count - lanes;
            var scan = TLanes.Max(TLanes.ScanUp(TLanes.Load(block + i)), before);
            TLanes.Store(TLanes.Max(scan, TLanes.Load(suffix + i)), output + i);
            return TLanes.Element(scan, lanes - 1);
        }

        for (; i < count; i++)
        {
            running = Math.Max(running, block[i]);
            output[i] = Math.Max(running, suffix[i]);
        }

        return running;
    }

    // output[i] = max(suffix[i], prefix maximum at i) for the vectors at i, i + lanes, … below end, with
    // carry the prefix maximum before i; prefix is left as the last vector's prefix maxima.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefixRun<TVector, TLanes, TPass>(int* block, int* suffix, int* output, ref int i, int end, ref TVector carry, ref TVector prefix, ref TVector seen, bool nonTemporal, ref int slow)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
        where TPass : struct, IPass
    {
        for (; i < end; i += TLanes.Count)
        {
            PrefixStep<TVector, TLanes, TPass>(block, suffix, output, i, ref carry, ref prefix, ref seen, nonTemporal, ref slow);
        }
    }

    // output[i .. i + lanes) = max(suffix, prefix maxima), carry the prefix maximum before i. A skipping
    // pass takes the carry as the prefix maxima of a vector with nothing above it, and counts in slow
    // the vectors it scanned.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PrefixStep<TVector, TLanes, TPass>(int* block, int* suffix, int* output, int i, ref TVector carry, ref TVector prefix, ref TVector seen, bool nonTemporal, ref int slow)
        where TVector : struct
        where TLanes : struct, IScanLanes<TVector>
        where TPass : struct, IPass
    {
        var loaded = TLanes.Load(block + i);
        if (TPass.SubBlocked)
        {
            seen = TLanes.Max(seen, loaded);
        }

        if (TPass.Skips && TLanes.NoneAbove(loaded, carry))
        {
            prefix = carry;
            var kept = TLanes.Max(carry, TLanes.Load(suffix + i));
            if (nonTemporal)
            {
                TLanes.StoreAlignedNonTemporal(kept, output + i);
            }
            else
            {
                TLanes.Store(kept, output + i);
            }

            return;
        }

        if (TPass.Skips)
        {
            slow++;
        }

        var scan = TLanes.ScanUp(loaded);
        prefix = TLanes.Max(scan, carry);
        var value = TLanes.Max(prefix, TLanes.Load(suffix + i));
        if (nonTemporal)
        {
            TLanes.StoreAlignedNonTemporal(value, output + i);
        }
        else
        {
            TLanes.Store(value, output + i);
        }

        carry = TLanes.Max(carry, TLanes.BroadcastLast(scan));
    }

    // The vector operations of the doubling and van Herk paths, for one vector type, so that each path is
    // written once and compiled for each (the JIT specialises a generic method for every struct it is given).
    private interface ILanes<TVector>
        where TVector : struct
    {
        static abstract int Count { get; }

        static abstract TVector Load(int* source);

        static abstract void Store(TVector value, int* destination);

        static abstract void StoreAligned(TVector value, int* destination);

        static abstract void StoreAlignedNonTemporal(TVector value, int* destination);

        static abstract TVector Max(TVector left, TVector right);
    }

    // The operations van Herk inside the vectors adds to those of doubling.
    private interface IScanLanes<TVector> : ILanes<TVector>
        where TVector : struct
    {
        static abstract TVector Create(int value);

        static abstract int Element(TVector vector, int lane);

        // Lane j becomes max(v[0 .. j]): log steps in which a lane with nothing to its left takes itself.
        // The first steps stay inside 128-bit lanes (vpshufd on x64, which more ports execute than vpermd).
        static abstract TVector ScanUp(TVector v);

        // Lane j becomes max(v[j ..]).
        static abstract TVector ScanDown(TVector v);

        static abstract TVector BroadcastFirst(TVector v);

        static abstract TVector BroadcastLast(TVector v);

        static abstract bool NoneAbove(TVector v, TVector carry);
    }

    // The number of levels RegisterDoubling builds (log2 of the largest power of two ≤ k), or the rows in
    // RegisterDoubling64's delay line, as a type, so that the JIT compiles each depth with its levels
    // unrolled and no level it does not need.
    private interface IDepth
    {
        static abstract int Levels { get; }
    }

    private readonly struct Depth1 : IDepth
    {
        public static int Levels => 1;
    }

    private readonly struct Depth2 : IDepth
    {
        public static int Levels => 2;
    }

    private readonly struct Depth3 : IDepth
    {
        public static int Levels => 3;
    }

    private readonly struct Depth4 : IDepth
    {
        public static int Levels => 4;
    }

    private readonly struct Depth5 : IDepth
    {
        public static int Levels => 5;
    }

    private readonly struct Depth6 : IDepth
    {
        public static int Levels => 6;
    }

    private readonly struct Depth7 : IDepth
    {
        public static int Levels => 7;
    }

    private readonly struct Depth8 : IDepth
    {
        public static int Levels => 8;
    }

    private readonly struct Depth9 : IDepth
    {
        public static int Levels => 9;
    }

    // Which van Herk a forward pass serves: block by block, or by sub-blocks, where it also keeps the
    // maximum of the values it reads (the next block's sub-block maxima) and requests the lines of the
    // backward pass's next sub-block, and may skip the vectors its carries cover. The JIT compiles each
    // separately, the tests folded away.
    private interface IPass
    {
        static abstract bool SubBlocked { get; }

        static abstract bool Skips { get; }
    }

    /// <summary>What <see cref="Solve"/> did with one input: the tests check that their inputs take the paths they are meant for.</summary>
    internal sealed class Trace
    {
        /// <summary>Gets or sets the path.</summary>
        public Path Path { get; set; }

        /// <summary>Gets or sets how many workers solved parts of the result (<see cref="ParallelCacheBlockedSimd"/>; the rest of the trace is the first part's).</summary>
        public int Workers { get; set; }

        /// <summary>Gets or sets whether the result was written with streaming stores.</summary>
        public bool Streaming { get; set; }

        /// <summary>Gets or sets whether van Herk's backward passes ran inside its streaming forward passes.</summary>
        public bool Interleaved { get; set; }

        /// <summary>Gets or sets whether van Herk ran by sub-blocks (streaming, k above <see cref="InterleavedMaxWindow"/>).</summary>
        public bool SubBlocked { get; set; }

        /// <summary>Gets or sets whether doubling ran in registers (AVX-512, k ≤ <see cref="RegisterDoublingMaxWindow"/>; from k = 64 through a delay line of m_64 rows in registers).</summary>
        public bool InRegisters { get; set; }

        /// <summary>Gets or sets the ints per vector of the path (16 for doubling and rows with AVX-512, else those of <see cref="Vector{T}"/>).</summary>
        public int Lanes { get; set; }

        /// <summary>Gets or sets how many of sub-blocked van Herk's passes skipped the vectors their carry covered (see <see cref="SkipSlowRatio"/>).</summary>
        public long SkippingPasses { get; set; }

        /// <summary>Gets or sets how many of sub-blocked van Herk's passes scanned every vector.</summary>
        public long ScanningPasses { get; set; }

        /// <summary>Gets or sets how many sub-blocks sub-blocked van Herk did not read a second time, their carry covering every value in them.</summary>
        public long CoveredSubBlocks { get; set; }

        /// <summary>Gets or sets whether rows raced van Herk inside the vectors over the result's first two stretches (<see cref="Path.Rows"/>, streaming, k ≤ <see cref="RaceMaxWindow"/>, at least <see cref="RaceStretches"/> stretches).</summary>
        public bool Raced { get; set; }

        /// <summary>
        /// Gets or sets the path that won the race and solved the rest, <see cref="Path.Rows"/> or
        /// <see cref="Path.VanHerk"/>. Set before the call, it decides the race instead of the clock.
        /// </summary>
        public Path? Winner { get; set; }
    }

    // Where a forward step of RowVanHerkGrid writes its row of the result: nowhere (block 0), with an
    // ordinary store, or with a streaming one. The JIT compiles each separately.
    private interface IRowStore
    {
        static abstract bool Writes { get; }

        static abstract void Store(Vector512<int> value, int* destination);
    }

    private readonly struct NoStore : IRowStore
    {
        public static bool Writes => false;

        public static void Store(Vector512<int> value, int* destination)
        {
        }
    }

    private readonly struct OrdinaryStore : IRowStore
    {
        public static bool Writes => true;

        public static void Store(Vector512<int> value, int* destination) => Vector512.StoreAligned(value, destination);
    }

    private readonly struct StreamingStore : IRowStore
    {
        public static bool Writes => true;

        public static void Store(Vector512<int> value, int* destination) => Vector512.StoreAlignedNonTemporal(value, destination);
    }

    private readonly struct BlockPass : IPass
    {
        public static bool SubBlocked => false;

        public static bool Skips => false;
    }

    private readonly struct SubBlockPass : IPass
    {
        public static bool SubBlocked => true;

        public static bool Skips => false;
    }

    private readonly struct SkippingSubBlockPass : IPass
    {
        public static bool SubBlocked => true;

        public static bool Skips => true;
    }

    // Vector<int>: 4 or 8 lanes.
    private readonly struct VectorLanes : IScanLanes<Vector<int>>
    {
        public static int Count => Vector<int>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> Load(int* source) => Vector.Load(source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(Vector<int> value, int* destination) => Vector.Store(value, destination);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreAligned(Vector<int> value, int* destination) => Vector.StoreAligned(value, destination);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreAlignedNonTemporal(Vector<int> value, int* destination) => Vector.StoreAlignedNonTemporal(value, destination);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> Max(Vector<int> left, Vector<int> right) => Vector.Max(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> Create(int value) => new(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Element(Vector<int> vector, int lane) => vector[lane];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> ScanUp(Vector<int> v)
        {
            if (Vector<int>.Count == Vector256<int>.Count)
            {
                var w = v.AsVector256();
                w = Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(0, 0, 1, 2, 4, 4, 5, 6)));
                w = Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(0, 1, 0, 1, 4, 5, 4, 5)));
                return Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(0, 1, 2, 3, 3, 3, 3, 3))).AsVector();
            }

            var x = v.AsVector128();
            x = Vector128.Max(x, Vector128.Shuffle(x, Vector128.Create(0, 0, 1, 2)));
            return Vector128.Max(x, Vector128.Shuffle(x, Vector128.Create(0, 1, 0, 1))).AsVector();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> ScanDown(Vector<int> v)
        {
            if (Vector<int>.Count == Vector256<int>.Count)
            {
                var w = v.AsVector256();
                w = Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(1, 2, 3, 3, 5, 6, 7, 7)));
                w = Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(2, 3, 2, 3, 6, 7, 6, 7)));
                return Vector256.Max(w, Vector256.Shuffle(w, Vector256.Create(4, 4, 4, 4, 4, 5, 6, 7))).AsVector();
            }

            var x = v.AsVector128();
            x = Vector128.Max(x, Vector128.Shuffle(x, Vector128.Create(1, 2, 3, 3)));
            return Vector128.Max(x, Vector128.Shuffle(x, Vector128.Create(2, 3, 2, 3))).AsVector();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> BroadcastFirst(Vector<int> v) =>
            Vector<int>.Count == Vector256<int>.Count
                ? Vector256.Shuffle(v.AsVector256(), Vector256<int>.Zero).AsVector()
                : Vector128.Shuffle(v.AsVector128(), Vector128<int>.Zero).AsVector();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool NoneAbove(Vector<int> v, Vector<int> carry) => Vector.LessThanOrEqualAll(v, carry);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<int> BroadcastLast(Vector<int> v) =>
            Vector<int>.Count == Vector256<int>.Count
                ? Vector256.Shuffle(v.AsVector256(), Vector256.Create(7)).AsVector()
                : Vector128.Shuffle(v.AsVector128(), Vector128.Create(3)).AsVector();
    }

    // Vector512<int>: 16 lanes, one cache line.
    private readonly struct Vector512Lanes : IScanLanes<Vector512<int>>
    {
        public static int Count => Vector512<int>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Load(int* source) => Vector512.Load(source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(Vector512<int> value, int* destination) => Vector512.Store(value, destination);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreAligned(Vector512<int> value, int* destination) => Vector512.StoreAligned(value, destination);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreAlignedNonTemporal(Vector512<int> value, int* destination) => Vector512.StoreAlignedNonTemporal(value, destination);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Max(Vector512<int> left, Vector512<int> right) => Vector512.Max(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Create(int value) => Vector512.Create(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Element(Vector512<int> vector, int lane) => vector[lane];

        // Shifts by 1 and 2 inside 128-bit lanes, then by 4 and 8 across them.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> ScanUp(Vector512<int> v)
        {
            v = Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(0, 0, 1, 2, 4, 4, 5, 6, 8, 8, 9, 10, 12, 12, 13, 14)));
            v = Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(0, 1, 0, 1, 4, 5, 4, 5, 8, 9, 8, 9, 12, 13, 12, 13)));
            v = Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(0, 1, 2, 3, 3, 3, 3, 3, 8, 9, 10, 11, 11, 11, 11, 11)));
            return Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> ScanDown(Vector512<int> v)
        {
            v = Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(1, 2, 3, 3, 5, 6, 7, 7, 9, 10, 11, 11, 13, 14, 15, 15)));
            v = Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(2, 3, 2, 3, 6, 7, 6, 7, 10, 11, 10, 11, 14, 15, 14, 15)));
            v = Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(4, 4, 4, 4, 4, 5, 6, 7, 12, 12, 12, 12, 12, 13, 14, 15)));
            return Vector512.Max(v, Vector512.Shuffle(v, Vector512.Create(8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 10, 11, 12, 13, 14, 15)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> BroadcastFirst(Vector512<int> v) => Vector512.Shuffle(v, Vector512<int>.Zero);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> BroadcastLast(Vector512<int> v) => Vector512.Shuffle(v, Vector512.Create(15));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool NoneAbove(Vector512<int> v, Vector512<int> carry) => Vector512.LessThanOrEqualAll(v, carry);
    }
}
