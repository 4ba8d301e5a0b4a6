using System.Buffers;
using System.Runtime.CompilerServices;

namespace Katas.MaximumGap.Solutions;

/// <summary>
/// <see cref="CacheBlockedPigeonhole"/> on every core: each pass of its two-level partition is shared
/// between workers, and the gaps where their shares meet are put back at the end.
/// </summary>
/// <remarks>
/// <para>
/// With W workers (one per core, each with at least <see cref="MinimumPerWorker"/> values) and the
/// input cut into W chunks: the workers find each chunk's minimum and maximum; then count each chunk's
/// values per block. The cursors are assigned block by block and, within a block, chunk by chunk, so each
/// worker scatters its chunk with cursors of its own and every block still ends up contiguous. Last, the
/// blocks are cut into W runs of about n / W values; each worker fills and scans its run's tables with a
/// running maximum that starts at the smallest value of the run (so that value opens no gap), and the
/// answer is the largest of the runs' own gaps and of the gaps between one run's largest value and the
/// next non-empty run's smallest.
/// </para>
/// <para>
/// Time O(n) in all, O(n / W + W · blocks) per worker: the passes of <see cref="CacheBlockedPigeonhole"/>
/// with a histogram before the scatter (<see cref="CountedPartition"/>, which sizes every block so that the
/// workers can share the scatter), plus four hand-offs between threads. Extra space O(n): the
/// partition (4n bytes, allocated to size without zeroing), and per worker its block counts
/// and a 256 KB table, pooled. Inputs whose buckets
/// fit one table, and inputs too small to share, are solved by <see cref="CacheBlockedPigeonhole"/> on the
/// calling thread. On one core it is that solution, with a few branches more.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed unsafe class ParallelPigeonhole : IMaximumGap
{
    /// <summary>Fewest values a worker takes: below this, handing work to another thread costs more than it saves.</summary>
    internal const int MinimumPerWorker = 1 << 18;

    /// <summary>
    /// Most workers: each has block counts for the whole input (up to 1 MB each at <see cref="Array.MaxLength"/>
    /// values) and a cursor pointer on the stack, so the count stays bounded on machines with many cores.
    /// </summary>
    internal const int MaximumWorkers = 64;

    /// <inheritdoc/>
    public long MaximumGap(ReadOnlySpan<int> nums) => Solve(nums, Environment.ProcessorCount, trace: null);

    /// <summary>
    /// Solves <paramref name="nums"/> with up to <paramref name="workers"/> workers and records in
    /// <paramref name="trace"/> the path it took and how many shared it, for the tests.
    /// </summary>
    internal static long Solve(ReadOnlySpan<int> nums, int workers, CacheBlockedPigeonhole.Trace? trace)
    {
        workers = Math.Min(Math.Min(workers, MaximumWorkers), nums.Length / MinimumPerWorker);
        if (workers < 2)
        {
            if (trace is not null)
            {
                trace.Workers = 1;
            }

            return CacheBlockedPigeonhole.Solve(nums, trace);
        }

        fixed (int* input = nums)
        {
            var shared = new Shared((uint*)input, nums.Length, workers);
            var (min, max) = shared.MinMax();
            var plan = CacheBlockedPigeonhole.Plan.Of(shared.N, min, max, trace);
            var bias = unchecked((uint)min);
            if (plan.Path != CacheBlockedPigeonhole.Path.TwoLevel)
            {
                if (trace is not null)
                {
                    trace.Workers = 1;
                }

                return CacheBlockedPigeonhole.SolveInCache(shared.Values, shared.N, bias, plan);
            }

            return shared.TwoLevel(bias, plan, trace);
        }
    }

    // What the workers share: the input, its chunks, and the arrays of each pass. A class, so that the
    // lambdas handed to Parallel.For can capture it (they cannot capture the pointers themselves).
    private sealed class Shared(uint* values, int n, int workers)
    {
        public uint* Values { get; } = values;

        public int N { get; } = n;

        // Chunk w of the input is [Start(w), Start(w + 1)).
        private long Start(int worker) => (long)N * worker / workers;

        public (int Min, int Max) MinMax()
        {
            var mins = new int[workers];
            var maxs = new int[workers];
            Parallel.For(0, workers, worker =>
            {
                var start = Start(worker);
                (mins[worker], maxs[worker]) = CacheBlockedPigeonhole.MinMax((int*)Values + start, (int)(Start(worker + 1) - start));
            });
            return (mins.Min(), maxs.Max());
        }

        public long TwoLevel(uint bias, CacheBlockedPigeonhole.Plan plan, CacheBlockedPigeonhole.Trace? trace)
        {
            var blocks = plan.Blocks;
            var stride = blocks * CountedPartition.Lanes;
            var countsArray = ArrayPool<uint>.Shared.Rent(stride * workers);
            var partitionArray = GC.AllocateUninitializedArray<uint>(N);
            var repeats = new long[workers];
            var runs = new Run[workers];
            bool runsExpected;
            fixed (uint* counts = countsArray)
            fixed (uint* partition = partitionArray)
            {
                // Each worker clears and fills its own chunk's counts.
                var countsAt = (nint)counts;
                Parallel.For(0, workers, worker =>
                {
                    var chunkCounts = (uint*)countsAt + (worker * stride);
                    new Span<uint>(chunkCounts, stride).Clear();
                    var start = Start(worker);
                    repeats[worker] = CountedPartition.Histogram(Values + start, (int)(Start(worker + 1) - start), bias, plan, chunkCounts);
                });

                var chunkCursors = stackalloc uint*[workers];
                for (var worker = 0; worker < workers; worker++)
                {
                    chunkCursors[worker] = counts + (worker * stride);
                }

                CountedPartition.AssignCursors(chunkCursors, workers, blocks);

                // Block b's values start where the first chunk's cursor for it does; after the scatter,
                // the last chunk's cursor for it is its end.
                var starts = ArrayPool<uint>.Shared.Rent(blocks);
                new ReadOnlySpan<uint>(counts, blocks).CopyTo(starts);
                runsExpected = CountedPartition.ExpectRuns(repeats.Sum(), N);
                var partitionAt = (nint)partition;
                Parallel.For(0, workers, worker =>
                {
                    var start = Start(worker);
                    CountedPartition.Partition(Values + start, (int)(Start(worker + 1) - start), bias, plan, (uint*)countsAt + (worker * stride), (uint*)partitionAt, runsExpected);
                });

                // The blocks, cut into runs of about n / W values: run w is blocks [firsts[w], firsts[w + 1]).
                var ends = counts + ((workers - 1) * stride);
                var firsts = new int[workers + 1];
                firsts[workers] = blocks;
                var last = 0;
                for (var worker = 1; worker < workers; worker++)
                {
                    // Run w − 1 ends with the block in which the values reach Start(w).
                    while (last < blocks - 1 && ends[last] < Start(worker))
                    {
                        last++;
                    }

                    firsts[worker] = last + 1;
                }

                var endsAt = (nint)ends;
                Parallel.For(0, workers, worker =>
                {
                    var from = firsts[worker];
                    var to = firsts[worker + 1];
                    var begin = starts[from];
                    var end = to > 0 ? ((uint*)endsAt)[to - 1] : 0;
                    if (from >= to || end == begin)
                    {
                        return;
                    }

                    // The running maximum starts at the run's smallest value, so that it opens no gap: the
                    // smallest value of the run's first non-empty block.
                    var firstEnd = begin;
                    for (var block = from; firstEnd == begin; block++)
                    {
                        firstEnd = ((uint*)endsAt)[block];
                    }

                    var first = uint.MaxValue;
                    for (var i = begin; i < firstEnd; i++)
                    {
                        first = Math.Min(first, ((uint*)partitionAt)[i]);
                    }

                    var tableArray = ArrayPool<ulong>.Shared.Rent(CacheBlockedPigeonhole.BlockBuckets);
                    fixed (ulong* table = tableArray)
                    {
                        new Span<ulong>(table, CacheBlockedPigeonhole.BlockBuckets).Clear();
                        var carry = first;
                        var best = CacheBlockedPigeonhole.ScanBlocks((uint*)partitionAt, (uint*)endsAt, from, to, begin, plan, table, ref carry, out var denseBlocks);
                        runs[worker] = new Run(true, best, first, carry, denseBlocks);
                    }

                    ArrayPool<ulong>.Shared.Return(tableArray);
                });

                ArrayPool<uint>.Shared.Return(starts);
                ArrayPool<uint>.Shared.Return(countsArray);
            }

            // The runs' own gaps, and those between each non-empty run and the next.
            long gap = 0;
            long? largest = null;
            var dense = 0;
            foreach (var run in runs.Where(run => run.NonEmpty))
            {
                gap = Math.Max(gap, run.Best);
                if (largest is { } before)
                {
                    gap = Math.Max(gap, run.First - before);
                }

                largest = run.Last;
                dense += run.DenseBlocks;
            }

            if (trace is not null)
            {
                trace.Workers = workers;
                trace.Blocks = blocks;
                trace.Runs = runsExpected;
                trace.DenseBlocks = dense;
                trace.IdleWorkers = runs.Count(run => !run.NonEmpty);
            }

            return gap;
        }
    }

    // What a worker found in its run of blocks: the largest gap inside it, its smallest and largest
    // offsets, and how many of its blocks were dense. Default (NonEmpty false) for a run with no values.
    private readonly record struct Run(bool NonEmpty, uint Best, uint First, uint Last, int DenseBlocks);
}
