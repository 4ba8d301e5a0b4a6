using Katas.SlidingWindowMaximum;
using Katas.SlidingWindowMaximum.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>
/// Inputs of 1.1 million values: more outputs than <c>CacheBlockedSimd</c> needs before it writes the
/// result with streaming stores (doubling for k ≤ 32, or 207 in registers with AVX-512, and van Herk over
/// rows beyond; without it van Herk, block by block and then by sub-blocks), which the generated inputs
/// (up to 10 000 values) never reach.
/// </summary>
public sealed class LargeInputTests
{
    private const int N = 1_100_000;

    private static readonly int[] Nums = UniformInput.Of(N);

    // Windows a learner's solution is checked at too: even the scan of every window takes a fraction of a
    // second on a million values.
    public static TheoryData<string, int> SmallWindows { get; } = new()
    {
        { "k = 3: one pass of four loads, or in registers, streaming", 3 },
        { "k = 11: doubling in chunks, or in registers, streaming", 11 },
    };

    // The references only: van Herk's path of CacheBlockedSimd, which a learner's solution does not have;
    // the scan of every window, a correct learner's solution, would take two seconds of every check here.
    public static TheoryData<string, int> LargeWindows { get; } = new()
    {
        { "k = 40: doubling in registers with AVX-512, van Herk without, streaming", 40 },
        { "k = 100: doubling in registers to m_64 with AVX-512, van Herk block by block without, streaming", 100 },
        { "k = 160: doubling in registers, m_64 through a ring in L1, with AVX-512, van Herk block by block without, streaming", 160 },
        { "k = 200: van Herk over rows with AVX-512, block by block without, streaming", 200 },
        { "k = 256: van Herk over rows or block by block, streaming", 256 },
        { "k = 257: van Herk over rows or block by block, streaming, blocks not a multiple of the vector", 257 },
        { "k = 512: van Herk over rows or block by block, streaming, blocks a multiple of the vector", 512 },
        { "k = 2 000: van Herk over rows, or by sub-blocks, streaming", 2_000 },
    };

    public static TheoryData<string, int> Windows { get; } = [.. SmallWindows, .. LargeWindows];

    [Theory, Implementations<ISlidingWindowMaximum>(Cases = nameof(SmallWindows))]
    public void AgreesWithASparseTableOnAMillionValues(string implementation, string path, int k)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        sut.MaxSlidingWindow(Nums, k).Should().Equal(Oracle.SparseTable(Nums, k), path);
    }

    // The same law over the windows only the references are held to here.
    [Theory, Implementations<ISlidingWindowMaximum>(Cases = nameof(LargeWindows), ReferencesOnly = true)]
    public void AgreesWithASparseTableOnAMillionValuesWithLargeWindows(string implementation, string path, int k) =>
        AgreesWithASparseTableOnAMillionValues(implementation, path, k);

    [Theory, MemberData(nameof(Windows))]
    public void InputsReachTheStreamingStores(string path, int k)
    {
        // The input itself, traced: the path CacheBlockedSimd takes on it and whether it streams, not
        // the constants that should make it so.
        var trace = new CacheBlockedSimd.Trace();

        CacheBlockedSimd.Solve(Nums, k, trace).Should().HaveCount(N - k + 1, path);

        var expected = !CacheBlockedSimd.IsSupported ? CacheBlockedSimd.Path.Fallback
            : k <= CacheBlockedSimd.StreamingDoublingMaxWindow ? CacheBlockedSimd.Path.Doubling
            : k <= CacheBlockedSimd.RegisterDoublingMaxWindow && CacheBlockedSimd.RegistersDouble ? CacheBlockedSimd.Path.Doubling
            : CacheBlockedSimd.RegistersDouble && k <= CacheBlockedSimd.RowsMaxWindow ? CacheBlockedSimd.Path.Rows
            : CacheBlockedSimd.Path.VanHerk;
        trace.Path.Should().Be(expected, path);
        trace.Streaming.Should().Be(CacheBlockedSimd.IsSupported, path);
    }
}
