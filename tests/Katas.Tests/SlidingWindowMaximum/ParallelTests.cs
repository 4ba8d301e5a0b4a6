using Katas.SlidingWindowMaximum.Solutions;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>
/// <see cref="ParallelCacheBlockedSimd"/> with the result shared between 2, 3 and 4 workers, whatever the
/// machine's cores (the generated inputs, and the other tests' inputs, are too small to share): every output
/// against a sparse table, the outputs at the parts' seams above all, and the cuts themselves.
/// </summary>
public sealed class ParallelTests
{
    // Four workers' worth of outputs at the smallest window, and a little more.
    private const int N = (4 * ParallelCacheBlockedSimd.MinimumPerWorker) + 1_000;

    private static readonly int[] Nums = UniformInput.Of(N);

    private static readonly int[] Falling = [.. Enumerable.Range(0, N).Select(i => N - i)];

    // The workers asked for, and how many share the result: at most one per 2²⁰ outputs (N − k + 1 of
    // them) and one per k outputs.
    public static TheoryData<string, int, int, int> Cases { get; } = new()
    {
        { "k = 3: doubling, one pass of four loads or in registers, four workers", 3, 4, 4 },
        { "k = 100: doubling in registers to m_64 (van Herk without AVX-512), three workers", 100, 3, 3 },
        { "k = 200: rows raced against van Herk (van Herk without AVX-512), two workers", 200, 2, 2 },
        { "k = 2 000: rows, or van Herk by sub-blocks, three workers", 2_000, 3, 3 },
        { "k = 40 000: van Herk inside the vectors by sub-blocks, three of the four asked for", 40_000, 4, 3 },
        { "k = 1 000 000: three parts of the minimum length, of the four workers asked for", 1_000_000, 4, 3 },
        { "k = 1 049 000: three parts of the minimum would fit, but not three of at least k: two workers", 1_049_000, 4, 2 },
    };

    [Theory, MemberData(nameof(Cases))]
    public void AgreesWithASparseTableOnEveryPart(string path, int k, int workers, int sharing)
    {
        var trace = new CacheBlockedSimd.Trace();

        var actual = ParallelCacheBlockedSimd.Solve(Nums, k, workers, trace);

        trace.Workers.Should().Be(CacheBlockedSimd.IsSupported ? sharing : 1, path);
        actual.Should().Equal(Oracle.SparseTable(Nums, k), path);
    }

    // A falling input puts each window's maximum at its first value: a part that started its input a
    // value late, or its output a value early, is wrong at every output.
    [Theory, MemberData(nameof(Cases))]
    public void EveryWindowOfAFallingInputIsItsFirstValue(string path, int k, int workers, int sharing)
    {
        _ = sharing; // the same cases; the trace is checked above
        var actual = ParallelCacheBlockedSimd.Solve(Falling, k, workers, trace: null);

        actual.Should().Equal(Falling.Take(N - k + 1), path);
    }

    [Theory]
    [InlineData(1, N, "one worker asked for")]
    [InlineData(4, (2 * ParallelCacheBlockedSimd.MinimumPerWorker) - 1 + 15, "one output short of two parts")]
    public void TooFewOutputsOrWorkersLeaveItToCacheBlockedSimd(int workers, int n, string because)
    {
        var nums = n == N ? Nums : UniformInput.Of(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = ParallelCacheBlockedSimd.Solve(nums, 16, workers, trace);

        trace.Workers.Should().Be(1, because);
        actual.Should().Equal(Oracle.SparseTable(nums, 16), because);
    }

    [Fact]
    public void TwoPartsFromTwiceTheMinimumOn()
    {
        var nums = UniformInput.Of((2 * ParallelCacheBlockedSimd.MinimumPerWorker) + 15);
        var trace = new CacheBlockedSimd.Trace();

        var actual = ParallelCacheBlockedSimd.Solve(nums, 16, 4, trace);

        trace.Workers.Should().Be(CacheBlockedSimd.IsSupported ? 2 : 1);
        actual.Should().Equal(Oracle.SparseTable(nums, 16));
    }

    // The cuts are arithmetic on the result's address: any address and length, up to the largest array.
    [Theory]
    [InlineData(2, 2 * ParallelCacheBlockedSimd.MinimumPerWorker)]
    [InlineData(3, 10_000_000)]
    [InlineData(64, 0x7FFFFFC7)] // Array.MaxLength: count · w overflows int from the second cut on
    public void CutsFallOnCacheLinesAndShareTheOutputsEvenly(int workers, int count)
    {
        for (var offset = 0; offset < 64; offset += sizeof(int))
        {
            var output = (nint)(0x1000 + offset);

            var ends = Cut(output, count, workers);

            ends.Should().HaveCount(workers + 1);
            ends[0].Should().Be(0);
            ends[workers].Should().Be(count);
            for (var w = 1; w < workers; w++)
            {
                var even = (long)count * w / workers;
                ends[w].Should().BeInRange((int)(even - 15), (int)even, "cut {0} of {1} at address offset {2}", w, workers, offset);
                ((output + (ends[w] * sizeof(int))) % 64).Should().Be(0, "cut {0} of {1} at address offset {2}", w, workers, offset);
            }
        }
    }

    private static unsafe int[] Cut(nint output, int count, int workers) => ParallelCacheBlockedSimd.Cuts((int*)output, count, workers);
}
