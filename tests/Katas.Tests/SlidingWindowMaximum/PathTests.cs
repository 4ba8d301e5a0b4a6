using System.Numerics;
using System.Runtime.Intrinsics;
using Katas.SlidingWindowMaximum.Solutions;
using Path = Katas.SlidingWindowMaximum.Solutions.CacheBlockedSimd.Path;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>
/// Each path of <see cref="CacheBlockedSimd"/> on an input meant for it: the input's shape (n and k)
/// decides the path, and the test checks that the solution took it as well as its answer. Without
/// hardware vectors of 4 or 8 ints every input takes the fallback. (The path is passed by name: the
/// enumeration is internal to the library.)
/// </summary>
public sealed class PathTests
{
    public static TheoryData<string, int, int, string, bool> Cases { get; } = new()
    {
        { "k = 1: the input itself", 10, 1, nameof(Path.Copy), false },
        { "k = n: one window", 10, 10, nameof(Path.Overlapping), false },
        { "n = 2k − 1: k windows, all overlapping", 9, 5, nameof(Path.Overlapping), false },
        { "n = 2k: k + 1 windows, not all overlapping", 18, 9, nameof(Path.Doubling), false },
        { "three windows of 2: fewer windows than lanes", 4, 2, nameof(Path.EachWindow), false },
        { "k = 2, 100 values", 100, 2, nameof(Path.Doubling), false },
        { "k = 16, windows of 4 read off the input", 100, 16, nameof(Path.Doubling), false },
        { "k = 17, windows of 8 built in place", 100, 17, nameof(Path.Doubling), false },
        { "k = 256, the largest doubling window", 1_000, 256, nameof(Path.Doubling), false },
        { "k = 257, the smallest van Herk window", 1_000, 257, nameof(Path.VanHerk), false },
        { "k = 3, a million outputs: streaming", 1_100_000, 3, nameof(Path.Doubling), true },
        { "k = 11, a million outputs: streaming", 1_100_000, 11, nameof(Path.Doubling), true },
        { "k = 100, a million outputs: streaming", 1_100_000, 100, nameof(Path.Doubling), true },
        { "k = 257, a million outputs: streaming", 1_100_000, 257, nameof(Path.VanHerk), true },
        { "k = 50 000, a million outputs: streaming", 1_100_000, 50_000, nameof(Path.VanHerk), true },
        { "n − k + 1 = 2²⁰ − 1 outputs: one short of streaming", (1 << 20) + 999, 1_001, nameof(Path.VanHerk), false },
        { "n − k + 1 = 2²⁰ outputs: streaming", (1 << 20) + 1_000, 1_001, nameof(Path.VanHerk), true },
        { "n − k + 1 = 2²⁰ − 1 outputs, doubling: one short of streaming", (1 << 20) + 99, 101, nameof(Path.Doubling), false },
        { "n − k + 1 = 2²⁰ outputs, doubling: streaming", (1 << 20) + 100, 101, nameof(Path.Doubling), true },
    };

    // Streaming van Herk: up to InterleavedMaxWindow the backward pass over each block runs inside the
    // forward pass's loop (two suffix buffers); beyond, the passes run one after the other.
    public static TheoryData<string, int, int, bool> StreamingVanHerk { get; } = new()
    {
        { "k = 257, the smallest van Herk window: interleaved", 1_100_000, 257, true },
        { "k = 1 001, 2²⁰ outputs, the streaming threshold: interleaved", (1 << 20) + 1_000, 1_001, true },
        { "k = 4 096, the largest interleaved window", 1_100_000, 4_096, true },
        { "k = 4 097: one pass after the other", 1_100_000, 4_097, false },
        { "k = 50 000: one pass after the other", 1_100_000, 50_000, false },
    };

    [Theory, MemberData(nameof(StreamingVanHerk))]
    public void StreamingVanHerkInterleavesItsPassesUpToTheThreshold(string shape, int n, int k, bool interleaved)
    {
        var nums = Values(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(CacheBlockedSimd.IsSupported ? Path.VanHerk : Path.Fallback, shape);
        trace.Streaming.Should().Be(CacheBlockedSimd.IsSupported, shape);
        trace.Interleaved.Should().Be(CacheBlockedSimd.IsSupported && interleaved, shape);
    }

    // Doubling runs in 16 lanes where the hardware has them (AVX-512) and there are 16 windows or more;
    // in the lanes of Vector<T> otherwise (CI runs the tests again with AVX-512, and with AVX2, turned off).
    public static TheoryData<string, int, int, bool> DoublingWidths { get; } = new()
    {
        { "k = 3, 100 values", 100, 3, true },
        { "k = 16, 100 values", 100, 16, true },
        { "k = 100, 2 000 values: m_32 built in place", 2_000, 100, true },
        { "k = 6, 21 values: 16 windows", 21, 6, true },
        { "k = 6, 20 values: 15 windows, fewer than 16 lanes", 20, 6, false },
        { "k = 11, a million outputs: streaming", 1_100_000, 11, true },
    };

    [Theory, MemberData(nameof(DoublingWidths))]
    public void DoublingRunsInTheWidestVectorsTheHardwareHas(string shape, int n, int k, bool sixteenLanes)
    {
        var nums = Values(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(CacheBlockedSimd.IsSupported ? Path.Doubling : Path.Fallback, shape);
        if (CacheBlockedSimd.IsSupported)
        {
            trace.Lanes.Should().Be(sixteenLanes && Vector512.IsHardwareAccelerated ? 16 : Vector<int>.Count, shape);
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public void EachInputTakesThePathItIsMeantFor(string shape, int n, int k, string path, bool streaming)
    {
        var nums = Values(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(n * (long)k <= 20_000_000 ? Oracle.MaxSlidingWindow(nums, k) : Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(CacheBlockedSimd.IsSupported ? Enum.Parse<Path>(path) : Path.Fallback, shape);
        trace.Streaming.Should().Be(CacheBlockedSimd.IsSupported && streaming, shape);
    }

    private static int[] Values(int n)
    {
        var random = new Random(n);
        var values = new int[n];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(int.MinValue, int.MaxValue);
        }

        return values;
    }
}
