using System.ComponentModel;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.SlidingWindowMaximum;

namespace Katas.Benchmarks.SlidingWindowMaximum;

/// <summary>
/// Every started <see cref="ISlidingWindowMaximum"/> against the <c>Limit</c> reference, copying the n
/// input ints into a fresh array: the memory traffic no solution can avoid (read n, write about n).
/// </summary>
[MemoryDiagnoser]
public class SlidingWindowMaximumBenchmarks : KataBenchmark<ISlidingWindowMaximum>
{
    // The oracle is O(n·k): beyond this many comparisons a single call takes seconds.
    private const long OracleWorkLimit = 200_000_000;

    // Windows checked against a direct scan when the whole result is too costly to check that way.
    private const int SpotChecks = 2_000;

    private int[] _nums = [];
    private Func<int[]> _run = () => [];

    [Params(
        1_000,       // fits in L1: per-call overheads and the vector loops' tails show
        100_000,     // LeetCode's maximum n; fits in L2
        10_000_000)] // 40 MB, far beyond the caches: the memory-bandwidth regime
    public int N { get; set; }

    [Params(
        3,           // smallest useful window: the doubling path with one level
        16,          // doubling with four levels; the deque holds up to 16 indices
        1_000,       // blocked van Herk / Gil-Werman, blocks fit in L1
        100_000)]    // van Herk with blocks in L2; the ring deque is 400 KB
    [DefaultValue(1_000)] // katas bench's input: an O(n·k) scan falls far behind the linear solutions here, not at k = 16
    public int K { get; set; }

    [Params(InputShape.Random, InputShape.Increasing, InputShape.Decreasing)]
    public InputShape Shape { get; set; }

    /// <inheritdoc/>
    public override bool IsFeasible => K <= N && (!IsOracle || (long)(N - K + 1) * K <= OracleWorkLimit);

    [GlobalSetup]
    public void Setup()
    {
        _nums = Shape switch
        {
            InputShape.Random => InputData.Uniform(N),
            InputShape.Increasing => InputData.Increasing(N),
            InputShape.Decreasing => InputData.Decreasing(N),
            _ => throw new InvalidOperationException($"Unknown shape {Shape}."),
        };

        if (IsLimit)
        {
            _run = CopyInput;
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.MaxSlidingWindow(_nums, K);
        Verify(_run());
    }

    [Benchmark]
    public int[] MaxSlidingWindow() => _run();

    private int[] CopyInput()
    {
        var copy = new int[_nums.Length];
        Array.Copy(_nums, copy, _nums.Length);
        return copy;
    }

    // A wrong fast solution must not win: compare with the definition, in full when that is cheap,
    // otherwise on evenly spread windows plus the first and the last.
    private void Verify(int[] actual)
    {
        if (actual.Length != N - K + 1)
        {
            throw new InvalidOperationException($"{Implementation} returned {actual.Length} values for n = {N}, k = {K}; expected {N - K + 1}.");
        }

        var windows = (long)actual.Length * K <= OracleWorkLimit
            ? Enumerable.Range(0, actual.Length)
            : Enumerable.Range(0, SpotChecks).Select(i => (int)((long)i * (actual.Length - 1) / (SpotChecks - 1))).Distinct();
        foreach (var start in windows)
        {
            var expected = TensorPrimitives.Max<int>(_nums.AsSpan(start, K));
            if (actual[start] != expected)
            {
                throw new InvalidOperationException(
                    $"{Implementation} is wrong for n = {N}, k = {K}, {Shape}: window {start} gave {actual[start]}, expected {expected}.");
            }
        }
    }
}
