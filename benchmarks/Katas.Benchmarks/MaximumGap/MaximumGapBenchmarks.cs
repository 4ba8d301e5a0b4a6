using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.MaximumGap;

namespace Katas.Benchmarks.MaximumGap;

/// <summary>
/// Every started <see cref="IMaximumGap"/> against the <c>Limit</c> reference on the same input: one
/// vectorised pass over the input (<see cref="LimitTraffic.Read{T}"/>), on every core, as the fastest
/// solution (<c>ParallelPigeonhole</c>) shares its passes between them. Every solution must read the
/// input once, and its output is one number: nothing else is unavoidable. Scratch memory, pooled or
/// not, is charged to the solutions in the report's Scratch column, and their cold calls in its Cold column.
/// </summary>
public class MaximumGapBenchmarks : KataBenchmark<IMaximumGap>
{
    private int[] _nums = [];
    private Func<long> _run = () => 0;

    [Params(
        1_000,       // fits in L1: call overhead, and the fast solution's one-level table
        100_000,     // LeetCode's maximum n; 400 KB: the fast solution's partition, in cache
        10_000_000)] // 40 MB, beyond the caches: the partition writes around the cache; memory bandwidth
    public int N { get; set; }

    [Params(
        Distribution.Uniform,    // the headline case: n buckets, random blocks
        Distribution.SmallRange, // 0..1 000: width-1 buckets (a byte map) from n = 100 000 on
        Distribution.Skewed,     // a dense band plus outliers: long runs in one block
        Distribution.Sorted)]    // already sorted: sequential writes, introsort's best case
    public Distribution Distribution { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _nums = Input(N, Distribution);
        if (IsLimit)
        {
            _run = () => LimitTraffic.Read<int>(_nums, Environment.ProcessorCount);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.MaximumGap(_nums);
        Verify(_run());
    }

    [Benchmark]
    public long MaximumGap() => _run();

    internal static int[] Input(int n, Distribution distribution)
    {
        switch (distribution)
        {
            case Distribution.Uniform:
                return InputData.Uniform(n);
            case Distribution.SmallRange:
                return InputData.Uniform(n, 0, 1_000);
            case Distribution.Sorted:
                var sorted = InputData.Uniform(n);
                Array.Sort(sorted);
                return sorted;
            case Distribution.Skewed:
                var band = InputData.Uniform(n, 0, (1 << 16) - 1);
                var anywhere = InputData.Uniform(n, seed: InputData.Seed + 1);
                var choice = new Random(InputData.Seed + 2);
                for (var i = 0; i < n; i++)
                {
                    if (choice.Next(100) == 0)
                    {
                        band[i] = anywhere[i];
                    }
                }

                return band;
            default:
                throw new InvalidOperationException($"Unknown distribution {distribution}.");
        }
    }

    // A wrong fast solution must not win: compare with the definition (sort a copy, scan neighbours),
    // written here independently of the library's solutions.
    private void Verify(long actual)
    {
        var sorted = (int[])_nums.Clone();
        Array.Sort(sorted);
        long expected = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            expected = Math.Max(expected, (long)sorted[i] - sorted[i - 1]);
        }

        if (actual != expected)
        {
            throw new InvalidOperationException(
                $"{Implementation} is wrong for n = {N}, {Distribution}: it returned {actual}, expected {expected}.");
        }
    }
}
