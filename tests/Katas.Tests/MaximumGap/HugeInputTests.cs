using System.Runtime.CompilerServices;
using Katas.MaximumGap.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// One input of more than 2³⁰ values (4 GB), where positions and counts in <see cref="int"/> come
/// within a factor of two of overflowing: the unsafe, vectorised solution's two-level partition on it.
/// </summary>
/// <remarks>
/// Only <see cref="CacheBlockedPigeonhole"/> and <see cref="ParallelPigeonhole"/> (with two workers,
/// whatever the core count) run here, one after the other on the same input: the others would need 9 to
/// 12 GB beside the input, or minutes to sort it. The answer is known by construction, so no oracle sorts 4 GB either.
/// </remarks>
[Collection(HugeInputs.Name)]
public sealed class HugeInputTests
{
    private const int N = (1 << 30) + 100;

    // Values int.MinValue + 3i for i = 0 … N except i = N / 2, in the order of a multiplicative
    // permutation: every gap is 3 but the one the missing value leaves, 6; the range is 3N, nearly 2³²,
    // so buckets are 4 wide and the partition has about 24 600 blocks (2¹⁵ buckets each).
    private const long Stride = 1_000_000_007;

    [Fact]
    public void BothPigeonholeSolutionsAreRightOnMoreThan2To30Values()
    {
        Assert.SkipWhen(HugeInputs.UnderMutationTesting, "A 4 GB input per mutant is too much for a mutation run.");
        var (gap, trace, parallelGap, parallelTrace) = Solve();
        HugeInputs.Release();

        gap.Should().Be(6);
        trace.Path.Should().Be(CacheBlockedPigeonhole.Path.TwoLevel);
        trace.Blocks.Should().BeGreaterThan(20_000);
        parallelGap.Should().Be(6, "ParallelPigeonhole agrees");
        parallelTrace.Workers.Should().Be(2);
        parallelTrace.Blocks.Should().Be(trace.Blocks);
    }

    // The input lives only in this frame, so that it is garbage once the solution returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Gap, CacheBlockedPigeonhole.Trace Trace, long ParallelGap, CacheBlockedPigeonhole.Trace ParallelTrace) Solve()
    {
        var nums = new int[N];
        for (var j = 0; j < nums.Length; j++)
        {
            var i = (int)(j * Stride % N);
            nums[j] = (int)(int.MinValue + (3L * (i < N / 2 ? i : i + 1)));
        }

        var trace = new CacheBlockedPigeonhole.Trace();
        var gap = CacheBlockedPigeonhole.Solve(nums, trace);
        var parallelTrace = new CacheBlockedPigeonhole.Trace();
        return (gap, trace, ParallelPigeonhole.Solve(nums, 2, parallelTrace), parallelTrace);
    }
}
