using System.Runtime.CompilerServices;
using Katas.SlidingWindowMaximum.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>
/// One input of more than 2³⁰ values (4 GB), where index arithmetic in <see cref="int"/> overflows: the
/// unsafe, vectorised solution on each of its paths, every output checked against a closed form.
/// </summary>
/// <remarks>
/// Issue 11: with n = 2³⁰ + 100 and k = 2³⁰ + 50 the block loop's <c>start + k</c> overflowed and wrote
/// about 10⁹ ints before the result. Only <see cref="CacheBlockedSimd"/> runs here: the others need
/// n·k steps, two n-sized tables or a heap node per value.
/// </remarks>
[Collection(HugeInputs.Name)]
public sealed class HugeInputTests
{
    private const int N = (1 << 30) + 100;
    private const int Period = 1_000;

    // A sawtooth (−500 … 499, period 1 000) with a few spikes: near the start, around 2²⁹ and 2³⁰
    // (past every int-sized half of the input), and the extremes at the very end.
    private static readonly (int Index, int Value)[] Spikes =
    [
        (3, 1_000_000),
        ((1 << 29) + 5, 2_000_000),
        ((1 << 30) - 1, 1_500_000),
        ((1 << 30) + 17, int.MaxValue - 1),
        (N - 60, 1_750_000),
        (N - 1, int.MaxValue),
    ];

    public static TheoryData<string, int> Windows { get; } = new()
    {
        { "k = 2³⁰ + 50: 51 overlapping windows (the overflowing block loop of issue 11)", (1 << 30) + 50 },
        { "k = 2²⁹ + 3: blocked van Herk, blocks up to 2³⁰ and past it", (1 << 29) + 3 },
        { "k = 16: doubling, more than 2³⁰ outputs", 16 },
        { "k = 1 000: van Herk over rows with AVX-512 (blocked van Herk without), more than 2³⁰ outputs", 1_000 },
    };

    [Theory, MemberData(nameof(Windows))]
    public void CacheBlockedSimdIsRightOnMoreThan2To30Values(string path, int k)
    {
        Assert.SkipWhen(HugeInputs.UnderMutationTesting, "A 4 GB input per mutant is too much for a mutation run.");
        var (length, index, expected, found) = Run(k);
        HugeInputs.Release();

        length.Should().Be(N - k + 1, path);
        found.Should().Be(expected, "{0}: window {1}", path, index);
    }

    // The result, checked; the caller releases it.
    private static (int Length, long Index, int Expected, int Found) Run(int k)
    {
        var actual = Solve(k);
        HugeInputs.Release();

        var (index, expected, found) = FirstMismatch(actual, k);
        return (actual.Length, index, expected, found);
    }

    // The input lives only in this frame, so that it is garbage once the solution returns: at most the
    // input and the result (8 GB) are alive at once.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int[] Solve(int k) => new CacheBlockedSimd().MaxSlidingWindow(Input(), k);

    private static int[] Input()
    {
        var nums = new int[N];
        for (var i = 0; i < nums.Length; i++)
        {
            nums[i] = (i % Period) - (Period / 2);
        }

        foreach (var (index, value) in Spikes)
        {
            nums[index] = value;
        }

        return nums;
    }

    // The first output that differs from the closed form, or (−1, 0, 0) when every output is right.
    private static (long Index, int Expected, int Found) FirstMismatch(int[] actual, int k)
    {
        var spike = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            // The spikes inside [i, i + k) are a run of the (sorted) list; the first of them is at spike.
            while (spike < Spikes.Length && Spikes[spike].Index < i)
            {
                spike++;
            }

            var expected = Sawtooth(i, k);
            for (var s = spike; s < Spikes.Length && Spikes[s].Index < (long)i + k; s++)
            {
                expected = Math.Max(expected, Spikes[s].Value);
            }

            if (actual[i] != expected)
            {
                return (i, expected, actual[i]);
            }
        }

        return (-1, 0, 0);
    }

    // The largest sawtooth value in [i, i + k). Every spike is above the whole sawtooth, so the value a
    // spike replaces never matters: the window's maximum is this or its largest spike.
    private static int Sawtooth(int i, int k)
    {
        var first = i % Period;
        return (k >= Period || first + k - 1 >= Period ? Period - 1 : first + k - 1) - (Period / 2);
    }
}
