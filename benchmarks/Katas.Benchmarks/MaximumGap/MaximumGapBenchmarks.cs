using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.MaximumGap;

namespace Katas.Benchmarks.MaximumGap;

/// <summary>
/// Every started <see cref="IMaximumGap"/> against two references on the same input: <c>Limit</c>, one
/// vectorised pass that finds the minimum and maximum (every solution must read the input at least
/// once), and <see cref="ArrayCopy"/>, copying the input into a new array (read n, write n: what
/// sorting a copy, or partitioning one, cannot avoid).
/// </summary>
[MemoryDiagnoser]
[CopyReference(nameof(ArrayCopy))]
public class MaximumGapBenchmarks : KataBenchmark<IMaximumGap>
{
    // Limit's chunk: 8 192 ints (32 KB) stay in L1 between TensorPrimitives' min pass and its max pass,
    // so the input streams from memory once.
    private const int LimitChunk = 8_192;

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
            _run = MinMaxPass;
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.MaximumGap(_nums);
        Verify(_run());
    }

    [Benchmark]
    public long MaximumGap() => _run();

    /// <summary>The second reference: copy the input into a fresh array. Runs only with <c>Implementation=Limit</c>.</summary>
    [Benchmark]
    public int[] ArrayCopy()
    {
        var copy = new int[_nums.Length];
        Array.Copy(_nums, copy, _nums.Length);
        return copy;
    }

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

    private long MinMaxPass()
    {
        int min = int.MaxValue, max = int.MinValue;
        for (var start = 0; start < _nums.Length; start += LimitChunk)
        {
            var chunk = _nums.AsSpan(start, Math.Min(LimitChunk, _nums.Length - start));
            min = Math.Min(min, TensorPrimitives.Min<int>(chunk));
            max = Math.Max(max, TensorPrimitives.Max<int>(chunk));
        }

        return (long)max - min;
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
