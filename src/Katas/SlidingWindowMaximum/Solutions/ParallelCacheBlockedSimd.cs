using System.Runtime.CompilerServices;

namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>
/// <see cref="CacheBlockedSimd"/> on every core: the result cut into one part per worker, each part's
/// windows solved by one worker from its own stretch of the input.
/// </summary>
/// <remarks>
/// <para>
/// Windows are independent: the outputs [s, e) need only the values [s, e + k − 1). With W workers
/// (one per core, each with at least <see cref="MinimumPerWorker"/> outputs and at least k), the result is
/// cut at W − 1 points placed on the result's cache lines, so that no two workers write one line and
/// each part's streaming stores start on a line, as the whole result's do; each worker runs the path
/// <see cref="CacheBlockedSimd"/> takes for a result of the whole one's size on its part.
/// </para>
/// <para>
/// Why: on the 2-core AMD EPYC this was written on, one core draws about 60% of the machine's memory
/// bandwidth (a copy of 40 MB on both cores took 0.53–0.77× its time on one), and
/// <see cref="CacheBlockedSimd"/> on one core runs at 1.1–1.5× that one core's copy. So the benchmarks'
/// <c>Limit</c> copies on both cores as well (a floor takes every shortcut a solution takes).
/// </para>
/// <para>
/// Time O(n) in all, O(n / W + k) for each of the W workers (each part reads k − 1 values of the next
/// one's again, so parts are at least k outputs long); extra space O(k) per worker, that of
/// <see cref="CacheBlockedSimd"/>'s path, and the hand-off to the thread pool
/// (<see cref="Parallel.For(int, int, Action{int})"/>). Inputs
/// too small to share, and machines with one core, are solved by <see cref="CacheBlockedSimd"/> on the
/// calling thread; without hardware vectors that falls back to <see cref="MonotonicDeque"/>.
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed unsafe class ParallelCacheBlockedSimd : ISlidingWindowMaximum
{
    /// <summary>
    /// Fewest outputs a worker takes: a part of a streaming result (4 MB), so that each part takes the path
    /// a whole result of its size takes, and handing it to another thread costs little beside it.
    /// </summary>
    internal const int MinimumPerWorker = CacheBlockedSimd.NonTemporalThreshold;

    /// <summary>The bytes of a cache line: parts start on one.</summary>
    private const int LineBytes = 64;

    /// <inheritdoc/>
    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k) => Solve(nums, k, Environment.ProcessorCount, trace: null);

    /// <summary>
    /// Solves <paramref name="nums"/> with up to <paramref name="workers"/> workers and records in
    /// <paramref name="trace"/> how many shared it and the path the first part took, for the tests.
    /// </summary>
    internal static int[] Solve(ReadOnlySpan<int> nums, int k, int workers, CacheBlockedSimd.Trace? trace)
    {
        WindowGuard.ThrowIfInvalid(nums.Length, k);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);

        var count = nums.Length - k + 1;
        workers = Math.Min(workers, count / Math.Max(MinimumPerWorker, k));
        if (workers < 2 || !CacheBlockedSimd.IsSupported)
        {
            if (trace is not null)
            {
                trace.Workers = 1;
            }

            return CacheBlockedSimd.Solve(nums, k, trace);
        }

        // Every element is written by one of the parts, so skip the zeroing.
        var result = GC.AllocateUninitializedArray<int>(count);
        fixed (int* input = nums)
        fixed (int* output = result)
        {
            // The lambda cannot capture pointers: their addresses, and the parts' ends, go in as numbers.
            var (from, to) = ((nint)input, (nint)output);
            var ends = Cuts(output, count, workers);
            Parallel.For(0, workers, worker =>
            {
                var (start, end) = (ends[worker], ends[worker + 1]);
                CacheBlockedSimd.Run((int*)from + start, end - start + k - 1, k, (int*)to + start, streams: count >= CacheBlockedSimd.NonTemporalThreshold, worker == 0 ? trace : null);
            });
        }

        if (trace is not null)
        {
            trace.Workers = workers;
        }

        return result;
    }

    /// <summary>
    /// The parts' ends: part w is [ends[w], ends[w + 1]), about count / workers outputs each, every inner
    /// end moved back to the start of the cache line it falls in (by at most 15 outputs).
    /// </summary>
    internal static int[] Cuts(int* output, int count, int workers)
    {
        var ends = new int[workers + 1];
        ends[workers] = count;
        for (var w = 1; w < workers; w++)
        {
            // In long: count · w overflows int from 2³¹ / workers outputs on.
            var even = (nint)((long)count * w / workers);
            var misalignment = (nint)((nuint)(output + even) % LineBytes) / sizeof(int);
            ends[w] = (int)(even - misalignment);
        }

        return ends;
    }
}
