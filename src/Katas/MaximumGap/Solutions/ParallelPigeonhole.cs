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
/// input cut into W parts: the workers find each part's minimum and maximum; then each scatters its part
/// into its own region of one <see cref="ChunkedPartition"/>, so that nothing is shared while they write. Last, the
/// blocks are cut into W runs of about n / W values; each worker fills and scans its run's tables from
/// every partition's chunks, with a running maximum that starts at the smallest value of the run (so that
/// value opens no gap), and the answer is the largest of the runs' own gaps and of the gaps between one
/// run's largest value and the next non-empty run's smallest.
/// </para>
/// <para>
/// Time O(n) in all, O(n / W + W · blocks) per worker: the passes of <see cref="CacheBlockedPigeonhole"/>,
/// plus three hand-offs between threads. Extra space O(n): the partition, n values and up to one chunk
/// (16 KB) per block per worker not full, about <c>n (1 + W / 8)</c> values for inputs whose buckets fill
/// the blocks, so the workers that scatter are capped at n / (blocks · 4 096), and at least two; per
/// worker a 256 KB table, pooled. Inputs whose buckets fit one table, and inputs too small to share, are
/// solved by <see cref="CacheBlockedPigeonhole"/> on the calling thread. On one core it is that solution,
/// with a few branches more.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed unsafe class ParallelPigeonhole : IMaximumGap
{
    /// <summary>Fewest values a worker takes: below this, handing work to another thread costs more than it saves.</summary>
    internal const int MinimumPerWorker = 1 << 18;

    /// <summary>
    /// Most workers: each has a region of the partition with a chunk, a cursor and an end per block, so the count stays
    /// bounded on machines with many cores (and, on inputs with many blocks, lower: see the remarks).
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
            var runsExpected = CacheBlockedPigeonhole.ExpectRuns(Values, N, bias, plan);

            // Each worker scatters its part of the input into a region of the partition of its own, nothing
            // shared. Each part has a chunk per block that is not full: with more parts than the values per
            // block · ChunkSlots, those would hold more slots than the input has values, so fewer share.
            var parts = Math.Min(workers, Math.Max(2, (int)(N / ((long)blocks * ChunkedPartition.ChunkSlots))));
            using var partition = new ChunkedPartition(N, blocks, parts);
            long Part(int part) => partition.Start(part);
            Parallel.For(0, parts, part => partition.Scatter(part, Values, bias, plan.Multiplier, plan.BlockShift, runsExpected));

            // The blocks, cut into runs of about n / W values: run w is blocks [firsts[w], firsts[w + 1]).
            var firsts = new int[parts + 1];
            firsts[parts] = blocks;
            long end = 0;
            var next = 0;
            for (var part = 1; part < parts; part++)
            {
                // Run w − 1 ends with the block in which the values reach Part(w).
                while (next < blocks - 1 && end < Part(part))
                {
                    end += partition.Count(next++);
                }

                firsts[part] = next;
            }

            var runs = new Run[parts];
            Parallel.For(0, parts, part =>
            {
                var from = firsts[part];
                var to = firsts[part + 1];

                // The running maximum starts at the run's smallest value, so that it opens no gap: the
                // smallest value of the run's first non-empty block.
                while (from < to && partition.Count(from) == 0)
                {
                    from++;
                }

                if (from == to)
                {
                    return;
                }

                var first = uint.MaxValue;
                for (var chunks = partition.ChunksOf(from); chunks.MoveNext();)
                {
                    for (var i = 0; i < chunks.Count; i++)
                    {
                        first = Math.Min(first, chunks.Values[i]);
                    }
                }

                var tableArray = ArrayPool<ulong>.Shared.Rent(CacheBlockedPigeonhole.BlockBuckets);
                fixed (ulong* table = tableArray)
                {
                    new Span<ulong>(table, CacheBlockedPigeonhole.BlockBuckets).Clear();
                    var carry = first;
                    var best = CacheBlockedPigeonhole.ScanBlocks(partition, from, to, plan, table, ref carry, out var denseBlocks);
                    runs[part] = new Run(true, best, first, carry, denseBlocks);
                }

                ArrayPool<ulong>.Shared.Return(tableArray);
            });

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
                trace.Workers = parts;
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
