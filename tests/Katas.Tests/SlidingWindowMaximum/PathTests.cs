using System.Numerics;
using System.Runtime.Intrinsics;
using Katas.SlidingWindowMaximum.Solutions;
using Katas.Tests.Infrastructure;
using Path = Katas.SlidingWindowMaximum.Solutions.CacheBlockedSimd.Path;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>
/// Each path of <see cref="CacheBlockedSimd"/> on an input meant for it: the input's shape (n and k)
/// decides the path, and the test checks that the solution took it as well as its answer. Without
/// hardware vectors of 4 or 8 ints every input takes the fallback, and with AVX-512 every window of
/// 208 or more that is not all overlap takes van Herk over rows (<see cref="Expected"/>). (The path is
/// passed by name: the enumeration is internal to the library.)
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
        { "k = 256, the largest doubling window (rows with AVX-512)", 1_000, 256, nameof(Path.Doubling), false },
        { "k = 257, the smallest van Herk window", 1_000, 257, nameof(Path.VanHerk), false },
        { "k = 3, a million outputs: streaming", 1_100_000, 3, nameof(Path.Doubling), true },
        { "k = 11, a million outputs: streaming", 1_100_000, 11, nameof(Path.Doubling), true },
        { "k = 32, a million outputs: streaming, the largest doubling window everywhere", 1_100_000, 32, nameof(Path.Doubling), true },
        { "k = 256, a million outputs: streaming, van Herk everywhere", 1_100_000, 256, nameof(Path.VanHerk), true },
        { "k = 400, a million outputs: streaming", 1_100_000, 400, nameof(Path.VanHerk), true },
        { "k = 257, a million outputs: streaming", 1_100_000, 257, nameof(Path.VanHerk), true },
        { "k = 50 000, a million outputs: streaming", 1_100_000, 50_000, nameof(Path.VanHerk), true },
        { "n − k + 1 = 2²⁰ − 1 outputs: one short of streaming", (1 << 20) + 999, 1_001, nameof(Path.VanHerk), false },
        { "n − k + 1 = 2²⁰ outputs: streaming", (1 << 20) + 1_000, 1_001, nameof(Path.VanHerk), true },
        { "n − k + 1 = 2²⁰ − 1 outputs, doubling: one short of streaming", (1 << 20) + 254, 256, nameof(Path.Doubling), false },
        { "n − k + 1 = 2²⁰ outputs, k = 256: streaming, by van Herk", (1 << 20) + 255, 256, nameof(Path.VanHerk), true },
    };

    // Streaming van Herk always runs its backward passes inside its forward passes' loops: up to
    // InterleavedMaxWindow block by block (two suffix buffers of k), beyond by sub-blocks of at most
    // SubBlockLength (two L1 buffers, the maxima of the later sub-blocks as the carry).
    public static TheoryData<string, int, int, bool> StreamingVanHerk { get; } = new()
    {
        { "k = 256, the smallest streaming van Herk window with AVX-512", 1_100_000, 256, false },
        { "k = 257, blocks not a multiple of the vector", 1_100_000, 257, false },
        { "k = 1 001, 2²⁰ outputs, the streaming threshold", (1 << 20) + 1_000, 1_001, false },
        { "k = 1 536, the largest window block by block", 1_100_000, 1_536, false },
        { "k = 1 537: two sub-blocks of 769 and 768", 1_100_000, 1_537, true },
        { "k = 3 073: three sub-blocks of 769 and one of 766", 1_100_000, 3_073, true },
        { "k = 50 000: 48 sub-blocks of 1 021 and one of 992", 1_100_000, 50_000, true },
        { "k = 100 000, the last block 5 108 outputs: five whole sub-blocks of 1 021 and one of 3", 1_205_108, 100_000, true },
        { "k = 2²⁰ + 1: 1 024 sub-blocks of 1 024 and one of a single value, the last block 5 outputs", (3 * ((1 << 20) + 1)) + 5, (1 << 20) + 1, true },
    };

    [Theory, MemberData(nameof(StreamingVanHerk))]
    public void StreamingVanHerkInterleavesItsPassesBlockByBlockThenBySubBlocks(string shape, int n, int k, bool subBlocked)
    {
        var nums = UniformInput.Of(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(Expected(Path.VanHerk, n, k), shape);
        trace.Streaming.Should().Be(CacheBlockedSimd.IsSupported, shape);
        trace.Interleaved.Should().Be(trace.Path is Path.VanHerk, shape);
        trace.SubBlocked.Should().Be(trace.Path is Path.VanHerk && subBlocked, shape);
    }

    // Streaming windows of 33 to 207 double in registers where the hardware has AVX-512 (the levels fit
    // in two neighbouring 16-lane vectors; from 64 on one level more, m_64, and a delay line of a + 1 rows
    // for k − 64 = 16a + b; from 128 on a row of outputs also takes m_64(v + 4) from it, past 192 m_64(v + 8))
    // and take van Herk elsewhere (doubling through an L1 chunk is slower there).
    [Theory]
    [InlineData(33)]
    [InlineData(48)]
    [InlineData(49)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(79)]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(111)]
    [InlineData(112)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(143)]
    [InlineData(144)]
    [InlineData(160)]
    [InlineData(177)]
    [InlineData(192)]
    [InlineData(193)]
    [InlineData(200)]
    [InlineData(207)]
    public void StreamingWindowsUpTo207DoubleInRegistersWhereTheHardwareCan(int k)
    {
        var nums = UniformInput.Of(1_100_000);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k));
        var expected = !CacheBlockedSimd.IsSupported ? Path.Fallback : CacheBlockedSimd.RegistersDouble ? Path.Doubling : Path.VanHerk;
        trace.Path.Should().Be(expected);
        trace.InRegisters.Should().Be(CacheBlockedSimd.IsSupported && CacheBlockedSimd.RegistersDouble);
    }

    // Van Herk over rows of m_16 (AVX-512, 208 ≤ k ≤ 2¹⁵; beyond, van Herk inside the vectors):
    // with k − 16 = 16a + b, blocks of w = a + 1 rows, cut into at least two sub-blocks of at most 64 rows,
    // the last one shorter where w is not a multiple. Streaming, the block of rows sits in the result's
    // last ints, whose outputs come last, by sub-blocked van Herk inside the vectors: the sparse table
    // checks those too.
    // Each shape names what it reaches; every one is checked against the sparse table, and takes van Herk
    // inside the vectors, or doubling, without AVX-512.
    public static TheoryData<string, int, int, bool> RowShapes { get; } = new()
    {
        { "k = 208, the smallest window by rows: w = 13, sub-blocks of 7 and 6 (the scan of the first finished after the second), no shift", 2_000, 208, false },
        { "k = 209: w = 13, a shift of 1", 2_000, 209, false },
        { "k = 223: w = 13, a shift of 15", 2_000, 223, false },
        { "k = 255: w = 15, sub-blocks of 8 and 7", 2_000, 255, false },
        { "k = 300, 700 values: about 21 rows, ending in block 2's first sub-block", 700, 300, false },
        { "k = 1 000, 2 000 values: about 59 rows, ending inside block 1 (w = 62)", 2_000, 1_000, false },
        { "k = 1 039: w = 64, two sub-blocks of 32", 20_000, 1_039, false },
        { "k = 2 063: w = 128, two sub-blocks of 64", 20_000, 2_063, false },
        { "k = 2 064: w = 129, three sub-blocks of 43", 20_000, 2_064, false },
        { "k = 3 100: w = 193, four sub-blocks of 49, the last 46", 30_000, 3_100, false },
        { "k = 208, a million outputs: streaming, the outputs under the scratch by sub-blocks of 208", 1_100_000, 208, true },
        { "k = 300, a million outputs: streaming", 1_100_000, 300, true },
        { "k = 20 000, a million outputs: streaming, w = 1 250, 19 sub-blocks of 63 and one of 53", 1_100_000, 20_000, true },
        { "k = 2¹⁵, the largest window by rows without streaming: w = 2 048, 32 sub-blocks of 64", 100_000, 1 << 15, false },
        { "k = 2¹⁵ + 1 without streaming: van Herk inside the vectors (no pooled block of rows past 2¹⁵)", 100_000, (1 << 15) + 1, false },
        { "k = 2¹⁵, a million outputs: the largest window by rows, streaming, w = 2 048, 32 sub-blocks of 64", 1_100_000, 1 << 15, true },
        { "k = 2¹⁵ + 1, a million outputs: van Herk inside the vectors, by sub-blocks, streaming", 1_100_000, (1 << 15) + 1, true },
        { "k = 2¹⁸, streaming: van Herk inside the vectors, 256 sub-blocks of 1 024 (a page each)", 1_400_000, 1 << 18, true },
        { "k = 2¹⁸ + 1: van Herk inside the vectors, by sub-blocks", 1_400_000, (1 << 18) + 1, true },
    };

    [Theory, MemberData(nameof(RowShapes))]
    public void LargeWindowsTakeVanHerkOverRowsWhereTheHardwareCan(string shape, int n, int k, bool streaming)
    {
        var nums = UniformInput.Of(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        var elsewhere = k <= 256 && !streaming ? Path.Doubling : Path.VanHerk;
        trace.Path.Should().Be(Expected(elsewhere, n, k), shape);
        trace.Streaming.Should().Be(CacheBlockedSimd.IsSupported && streaming, shape);
        trace.InRegisters.Should().BeFalse(shape);
        if (trace.Path is Path.Rows)
        {
            trace.Lanes.Should().Be(16, shape);
        }
    }

    // Van Herk's suffix buffers: each inside its region (a page longer than the buffer: anything past it
    // would overwrite the stack), its reads half a page from the streaming stores of the pass that reads
    // it (outputs from output + (head − input) + 1 beside buffer + 1), and out of the half KB below the
    // values it is made from. Addresses only: nothing is read or written.
    [Fact]
    public unsafe void SuffixBuffersLieInsideTheirRegionAwayFromTheStores()
    {
        var random = new Random(20_261_202);
        for (var trial = 0; trial < 100_000; trial++)
        {
            var region = (nuint)random.NextInt64(1, 1L << 40) * sizeof(int);
            var head = (nuint)random.NextInt64(1, 1L << 40) * sizeof(int);
            var outputOffset = (nint)random.NextInt64(-(1L << 38), 1L << 38) * sizeof(int);

            var buffer = (nuint)CacheBlockedSimd.Place((int*)region, (int*)head, outputOffset);

            var because = $"region {region:x}, head {head:x}, output offset {outputOffset}";
            ((ulong)(buffer - region)).Should().BeLessThan(4096, because);
            (buffer % sizeof(int)).Should().Be(0u, because);
            var firstOutput = (nuint)((nint)head + outputOffset + sizeof(int));
            ((ulong)((firstOutput - (buffer + sizeof(int))) & 4095)).Should().BeInRange(1536, 2560, because);
            ((ulong)((firstOutput - (buffer + sizeof(int))) % 64)).Should().Be(0, because);
            ((ulong)((buffer - head + 640) & 4095)).Should().BeGreaterThanOrEqualTo(704, because);
        }
    }

    // Where the result streams and holds eight stretches of RaceStretch (2¹⁸) outputs and k ≤ 2¹⁵, rows race
    // van Herk inside the vectors over the first two stretches and the faster solves the rest, which starts
    // two stretches in. The winner is forced both ways, so that each path's rest is checked on every machine
    // whatever the clock says, and then left to the clock.
    public static TheoryData<string, int, int> RaceShapes { get; } = new()
    {
        { "k = 208, the smallest window by rows: eight stretches and no more", (8 << 18) + 207, 208 },
        { "k = 1 000: van Herk block by block", (8 << 18) + 50_999, 1_000 },
        { "k = 1 537: van Herk by sub-blocks of 769 and 768", (8 << 18) + 13_881, 1_537 },
        { "k = 2¹⁵, the largest raced window: w = 2 048, 32 sub-blocks of 64 rows; 32 sub-blocks of 1 024 values", (8 << 18) + 70_007, 1 << 15 },
    };

    [Theory, MemberData(nameof(RaceShapes))]
    public void RowsRaceVanHerkWhereTheResultHoldsEightStretches(string shape, int n, int k)
    {
        var nums = UniformInput.Of(n);
        var expected = Oracle.SparseTable(nums, k);

        foreach (var forced in new Path?[] { Path.Rows, Path.VanHerk, null })
        {
            var trace = new CacheBlockedSimd.Trace { Winner = forced };

            var actual = CacheBlockedSimd.Solve(nums, k, trace);

            var because = $"{shape}, the rest by {forced?.ToString() ?? "the faster"}";
            actual.Should().Equal(expected, because);
            trace.Path.Should().Be(Expected(Path.VanHerk, n, k), because);
            trace.Raced.Should().Be(trace.Path is Path.Rows, because);
            if (trace.Raced)
            {
                trace.Winner.Should().BeOneOf([Path.Rows, Path.VanHerk], because);
                if (forced is not null)
                {
                    trace.Winner.Should().Be(forced, because);
                }
            }
        }
    }

    // One output short of eight stretches, rows run alone; with it, they race, up to k = 2¹⁵ (beyond, rows
    // alone on any number of outputs).
    [Theory]
    [InlineData(208, true)]
    [InlineData(1_000, true)]
    [InlineData(1 << 15, true)]
    [InlineData((1 << 15) + 1, false)]
    public void RowsRaceFromEightStretchesOfOutputsOn(int k, bool races)
    {
        const int outputs = CacheBlockedSimd.RaceStretches * CacheBlockedSimd.RaceStretch;
        foreach (var count in new[] { outputs - 1, outputs })
        {
            var n = count + k - 1;
            var nums = UniformInput.Of(n);
            var trace = new CacheBlockedSimd.Trace();

            var actual = CacheBlockedSimd.Solve(nums, k, trace);

            actual.Should().Equal(Oracle.SparseTable(nums, k), $"{count} outputs");
            trace.Path.Should().Be(Expected(Path.VanHerk, n, k));
            trace.Raced.Should().Be(trace.Path is Path.Rows && races && count == outputs, $"{count} outputs");
        }
    }

    // Doubling runs in 16 lanes where the hardware has them (AVX-512) and there are 16 windows or more,
    // and then, for k ≤ 207, in registers; in the lanes of Vector<T> otherwise (CI runs the tests again
    // with AVX-512, and with AVX2, turned off).
    public static TheoryData<string, int, int, bool> DoublingWidths { get; } = new()
    {
        { "k = 2, 100 values: one level", 100, 2, true },
        { "k = 3, 100 values", 100, 3, true },
        { "k = 16, 100 values", 100, 16, true },
        { "k = 17, 200 values: four levels and a shift of 1", 200, 17, true },
        { "k = 32, 300 values: five levels", 300, 32, true },
        { "k = 48, 300 values: the second window of 32 at 16, the same row", 300, 48, true },
        { "k = 49, 300 values: the second window of 32 at 17, in the next row", 300, 49, true },
        { "k = 63, 2 000 values: the largest window of five levels", 2_000, 63, true },
        { "k = 64, 2 000 values: six levels, a delay line of one row, no shift", 2_000, 64, true },
        { "k = 95, 2 000 values: a delay line of two rows, a shift of 15", 2_000, 95, true },
        { "k = 100, 2 000 values: three rows, a shift of 4", 2_000, 100, true },
        { "k = 127, 2 000 values: the largest window with a delay line, four rows", 2_000, 127, true },
        { "k = 127, 260 values: a few rows from the pipeline, the rest computed directly", 260, 127, true },
        { "k = 64, 130 values: no row from the pipeline", 130, 64, true },
        { "k = 128, 2 000 values: seven levels, m_64(v + 4) too, a delay line of five rows, no shift", 2_000, 128, true },
        { "k = 143, 2 000 values: the window's last 64 ends in the row after m_64(v + 4)", 2_000, 143, true },
        { "k = 160, 1 500 values: a delay line of seven rows", 1_500, 160, true },
        { "k = 192, 2 000 values: a delay line of nine rows, no shift, no m_64(v + 8)", 2_000, 192, true },
        { "k = 193, 2 000 values: m_64(v + 8) too, a shift of 1", 2_000, 193, true },
        { "k = 207, 2 000 values: the largest window in registers, a shift of 15", 2_000, 207, true },
        { "k = 192, 400 values: fewer rows than the pipeline reads ahead, all computed directly", 400, 192, true },
        { "k = 207, 480 values: the pipeline reads 16 rows ahead, so its last three rows are computed directly", 480, 207, true },
        { "k = 256, 2 000 values: m_64 built in place (rows with AVX-512)", 2_000, 256, true },
        { "k = 6, 21 values: 16 windows, each a vector computed directly", 21, 6, true },
        { "k = 6, 20 values: 15 windows, fewer than 16 lanes", 20, 6, false },
        { "k = 11, a million outputs: streaming", 1_100_000, 11, true },
    };

    [Theory, MemberData(nameof(DoublingWidths))]
    public void DoublingRunsInTheWidestVectorsTheHardwareHas(string shape, int n, int k, bool sixteenLanes)
    {
        var nums = UniformInput.Of(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(Expected(Path.Doubling, n, k), shape);
        if (CacheBlockedSimd.IsSupported)
        {
            var wide = sixteenLanes && Vector512.IsHardwareAccelerated;
            trace.Lanes.Should().Be(wide ? 16 : Vector<int>.Count, shape);
            trace.InRegisters.Should().Be(wide && CacheBlockedSimd.RegistersDouble && k <= CacheBlockedSimd.RegisterDoublingMaxWindow, shape);
        }
    }

    public static TheoryData<string, int, int, bool, bool> VanHerkWidths => new()
    {
        { "k = 300, 2 000 values: block by block", 2_000, 300, false, false },
        { "k = 1 000, a million outputs: streaming, each backward pass inside a forward pass", 1_100_000, 1_000, true, false },
        { "k = 5 000, a million outputs: by sub-blocks", 1_060_000, 5_000, true, true },
        { "k = 300 000, a million outputs: by sub-blocks (past the largest window by rows)", 1_400_000, 300_000, true, true },
    };

    // Van Herk inside the vectors runs in 16 lanes where the hardware has them (with AVX-512 only windows
    // past 2¹⁵ take it: the others take rows), in the lanes of Vector<T> otherwise.
    [Theory, MemberData(nameof(VanHerkWidths))]
    public void VanHerkRunsInTheWidestVectorsTheHardwareHas(string shape, int n, int k, bool interleaved, bool subBlocked)
    {
        var nums = UniformInput.Of(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(Expected(Path.VanHerk, n, k), shape);
        if (trace.Path is Path.VanHerk)
        {
            trace.Lanes.Should().Be(Vector512.IsHardwareAccelerated ? 16 : Vector<int>.Count, shape);
            trace.Interleaved.Should().Be(interleaved, shape);
            trace.SubBlocked.Should().Be(subBlocked, shape);
        }
    }

    // The register pipeline loads whole rows ahead of the row it writes (12 for k = 127, 17 for k = 192 to 207,
    // w + 5 for rows): it must stop where the input ends and leave the last rows to vectors computed directly
    // (to windows that all overlap, for rows). The span sits in an array whose other values would win every
    // window it read.
    [Theory]
    [InlineData(190, 64)]
    [InlineData(260, 127)]
    [InlineData(1_000, 100)]
    [InlineData(1_001, 113)]
    [InlineData(1_100_000, 127)]
    [InlineData(520, 128)]
    [InlineData(700, 192)]
    [InlineData(800, 207)]
    [InlineData(1_100_000, 160)]
    [InlineData(1_100_000, 207)]
    [InlineData(2_000, 200)]
    [InlineData(1_100_000, 255)]
    [InlineData(1_000, 300)]
    [InlineData(2_087, 1_000)]
    [InlineData(1_100_000, 5_000)]
    public void PipelinesInRegistersReadOnlyTheirSpan(int n, int k)
    {
        var nums = UniformInput.Of(n);
        var padded = Enumerable.Repeat(int.MaxValue, n + 512).ToArray();
        nums.CopyTo(padded, 256);

        var actual = CacheBlockedSimd.Solve(padded.AsSpan(256, n), k, trace: null);

        actual.Should().Equal(Oracle.SparseTable(nums, k));
    }

    // Every path, its input right against a page that cannot be read, after its last value and then before
    // its first: a read outside the input stops the test process (a segmentation fault) even where the value
    // read would not change an answer, as the pipelines' reads ahead of their last rows would not.
    [Theory]
    [InlineData(10, 10)]
    [InlineData(9, 5)]
    [InlineData(4, 2)]
    [InlineData(21, 6)]
    [InlineData(100, 2)]
    [InlineData(100, 17)]
    [InlineData(190, 64)]
    [InlineData(260, 127)]
    [InlineData(1_001, 113)]
    [InlineData(520, 128)]
    [InlineData(700, 192)]
    [InlineData(1_000, 256)]
    [InlineData(1_000, 257)]
    [InlineData(2_087, 1_000)]
    [InlineData(20_000, 2_064)]
    [InlineData(100_000, (1 << 15) + 1)]
    [InlineData(1_100_000, 3)]
    [InlineData(1_100_000, 40)]
    [InlineData(1_100_000, 127)]
    [InlineData(1_100_000, 160)]
    [InlineData(1_100_000, 193)]
    [InlineData(1_100_000, 207)]
    [InlineData(1_100_000, 208)]
    [InlineData(1_100_000, 5_000)]
    [InlineData(1_400_000, 300_000)]
    [InlineData((8 << 18) + 207, 208)]
    public void NoPathReadsOutsideItsInput(int n, int k)
    {
        var nums = UniformInput.Of(n);
        var expected = Oracle.SparseTable(nums, k);

        foreach (var guardBefore in new[] { false, true })
        {
            using var guarded = new Guarded<int>(nums, guardBefore);

            var actual = CacheBlockedSimd.Solve(guarded.Span, k, trace: null);

            actual.Should().Equal(expected, guardBefore ? "the guard before the input" : "the guard after it");
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public void EachInputTakesThePathItIsMeantFor(string shape, int n, int k, string path, bool streaming)
    {
        var nums = UniformInput.Of(n);
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(n * (long)k <= 20_000_000 ? Oracle.MaxSlidingWindow(nums, k) : Oracle.SparseTable(nums, k), shape);
        trace.Path.Should().Be(Expected(Enum.Parse<Path>(path), n, k), shape);
        trace.Streaming.Should().Be(CacheBlockedSimd.IsSupported && streaming, shape);
    }

    // Sub-blocked van Herk skips the scans of vectors its carry covers while nearly all are covered (random
    // values, a constant run) and scans every vector where many are not (rising values, a random walk),
    // going back to skipping after a while: over an input that changes its character every stretch, both
    // kinds of pass run, and every answer is the sparse table's (ties included: a run of four values).
    [Theory]
    [InlineData(40_000)]
    [InlineData((1 << 18) + 1)]
    public void SubBlockedVanHerkSkipsCoveredVectorsOnlyWhileThatPays(int k)
    {
        var stretch = Math.Max(4 * k, 200_000);
        var random = new Random(k);
        var nums = new int[6 * stretch];
        var walk = 0;
        for (var i = 0; i < stretch; i++)
        {
            walk += random.Next(-100, 101);
            nums[i] = random.Next(int.MinValue, int.MaxValue);
            nums[stretch + i] = i;
            nums[(2 * stretch) + i] = walk;
            nums[(3 * stretch) + i] = 7;
            nums[(4 * stretch) + i] = random.Next(4);
            nums[(5 * stretch) + i] = -i;
        }

        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k));
        trace.Path.Should().Be(CacheBlockedSimd.IsSupported ? Path.VanHerk : Path.Fallback);
        if (trace.Path is Path.VanHerk)
        {
            trace.SubBlocked.Should().BeTrue();
            trace.SkippingPasses.Should().BePositive();
            trace.ScanningPasses.Should().BePositive();
        }
    }

    // Sub-blocked van Herk reads a sub-block a second time (its backward scan) only where some value in it
    // is above the maximum of the sub-blocks after it in its block; the others' suffix maxima are that
    // carry. Random values: nearly all covered. Rising values: every sub-block but each block's last is
    // covered (those after it are higher). Falling values: none is (each holds a value above all after
    // it), so every one is read. A constant input: all covered, ties included. Every answer the sparse table's.
    [Theory]
    [InlineData("random", 40_000)]
    [InlineData("rising", 40_000)]
    [InlineData("falling", 40_000)]
    [InlineData("constant", 40_000)]
    [InlineData("random", (1 << 18) + 1)]
    [InlineData("falling", (1 << 18) + 1)]
    public void SubBlockedVanHerkReadsAgainOnlySubBlocksItsCarryDoesNotCover(string shape, int k)
    {
        var n = (1 << 20) + (4 * k);
        var nums = shape switch
        {
            "random" => UniformInput.Of(n),
            "rising" => Enumerable.Range(0, n).ToArray(),
            "falling" => Enumerable.Range(0, n).Select(i => -i).ToArray(),
            _ => Enumerable.Repeat(7, n).ToArray(),
        };
        var trace = new CacheBlockedSimd.Trace();

        var actual = CacheBlockedSimd.Solve(nums, k, trace);

        actual.Should().Equal(Oracle.SparseTable(nums, k), shape);
        if (trace.Path is Path.VanHerk)
        {
            trace.SubBlocked.Should().BeTrue(shape);
            if (shape == "falling")
            {
                trace.CoveredSubBlocks.Should().Be(0, "each sub-block of a falling input holds a value above all after it");
            }
            else
            {
                // Each block of k is cut into ⌈k / SubBlockLength⌉ sub-blocks, each scanned backwards once.
                var subBlocksPerBlock = (k + CacheBlockedSimd.SubBlockLength - 1) / CacheBlockedSimd.SubBlockLength;
                var blocks = (n - 1) / k;
                trace.CoveredSubBlocks.Should().BeGreaterThan((long)blocks * subBlocksPerBlock / 2, shape);
            }
        }
    }

    // The path an input takes on this machine, given the one it takes without AVX-512: the fallback
    // without vectors; van Herk over rows, with AVX-512, for windows that do not all overlap, of 208 to 2¹⁵.
    private static Path Expected(Path withoutAvx512, int n, int k) =>
        !CacheBlockedSimd.IsSupported ? Path.Fallback
        : CacheBlockedSimd.RegistersDouble && k >= CacheBlockedSimd.RowsMinWindow && n - k + 1 > k
            && k <= (n - k + 1 >= CacheBlockedSimd.NonTemporalThreshold ? CacheBlockedSimd.RowsMaxWindow : CacheBlockedSimd.PooledRowsMaxWindow) ? Path.Rows
        : withoutAvx512;
}
