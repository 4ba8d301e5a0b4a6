using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.SlidingWindowMaximum;

namespace Katas.Benchmarks.SlidingWindowMaximum;

/// <summary>
/// Every started <see cref="ISlidingWindowMaximum"/> against the <c>Limit</c> reference: the memory traffic
/// every solution must do, reading the n input values once and writing the n − k + 1 outputs once into an
/// uninitialised array, as the fastest solution allocates its result (<see cref="LimitTraffic.Output{T}"/>),
/// on every core, as the fastest solution (<c>ParallelCacheBlockedSimd</c>) shares a large result between them.
/// </summary>
public class SlidingWindowMaximumBenchmarks : KataBenchmark<ISlidingWindowMaximum>
{
    // The oracle is O(n·k): beyond this many comparisons a single call takes seconds.
    private const long OracleWorkLimit = 200_000_000;

    private int[] _nums = [];
    private Func<int[]> _run = () => [];

    [Params(
        1_000,       // fits in L1: per-call overheads and the vector loops' tails show
        100_000,     // LeetCode's maximum n; fits in L2
        10_000_000)] // 40 MB, far beyond the caches: the memory-bandwidth regime
    public int N { get; set; }

    [Params(
        3,           // smallest useful window: the doubling path with one level (in registers with AVX-512)
        16,          // doubling from windows of 4 read off the input; the deque holds up to 16 indices
        100,         // doubling with windows of 4, then 16 and 32 built in place in an L1 chunk (to m_64 in registers with AVX-512)
        1_000,       // blocked van Herk / Gil-Werman, blocks fit in L1 (with AVX-512 over rows, raced against it at n = 10⁷)
        100_000)]    // van Herk by sub-blocks, blocks in L2 (over rows with AVX-512); the ring deque is 400 KB
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
            _run = () => LimitTraffic.Output<int>(_nums, _nums.Length - K + 1, Environment.ProcessorCount);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.MaxSlidingWindow(_nums, K);
        Verify(_run());
    }

    [Benchmark]
    public int[] MaxSlidingWindow() => _run();

    // A wrong fast solution must not win: compare every output with a monotonic deque written here,
    // independently of the library's solutions (O(n): indices of decreasing values, the front the maximum).
    private void Verify(int[] actual)
    {
        if (actual.Length != N - K + 1)
        {
            throw new InvalidOperationException($"{Implementation} returned {actual.Length} values for n = {N}, k = {K}; expected {N - K + 1}.");
        }

        var deque = new int[K];
        int head = 0, count = 0;
        for (var i = 0; i < _nums.Length; i++)
        {
            if (count > 0 && deque[head] <= i - K)
            {
                head = (head + 1) % K;
                count--;
            }

            while (count > 0 && _nums[deque[(head + count - 1) % K]] <= _nums[i])
            {
                count--;
            }

            deque[(head + count) % K] = i;
            count++;
            var start = i - K + 1;
            if (start >= 0 && actual[start] != _nums[deque[head]])
            {
                throw new InvalidOperationException(
                    $"{Implementation} is wrong for n = {N}, k = {K}, {Shape}: window {start} gave {actual[start]}, expected {_nums[deque[head]]}.");
            }
        }
    }
}
