using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.SegmentationMetrics;

namespace Katas.Benchmarks.SegmentationMetrics;

/// <summary>
/// <see cref="ISegmentationMetrics.ConfusionMatrix"/> of one 2048×1024 frame and of a batch of eight,
/// against the <c>Limit</c> reference: one vectorised read of both label maps, side by side, and the K² counts
/// allocated as the solutions allocate them, the memory traffic no solution can avoid.
/// </summary>
[MemoryDiagnoser]
public class ConfusionMatrixBenchmarks : KataBenchmark<ISegmentationMetrics>
{
    private byte[] _truth = [];
    private byte[] _predicted = [];
    private Func<long[]> _run = () => [];

    [Params(
        MapShape.Regions,       // long runs of one (truth, prediction) pair: what real masks are, and what the 2× goal is about
        MapShape.RandomPixels)] // a new pair at almost every pixel: per-pixel histograms, measured and reported
    public MapShape Shape { get; set; }

    [Params(
        LabelMaps.FramePixels,      // one 2048×1024 frame: 4 MB of labels, in L2/L3
        8 * LabelMaps.FramePixels)] // a batch of 8 frames passed as one span: 32 MB of labels
    public int N { get; set; }

    [Params(
        2,   // binary masks: the vector compare-and-count of the 4 pairs
        19,  // Cityscapes: run-length counting, a 2.8 KB matrix
        150)] // ADE20K: run-length counting, a 176 KB matrix (in L2)
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_truth, _predicted) = LabelMaps.Create(Shape, N, K);
        if (IsLimit)
        {
            _run = ReadBothMaps;
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.ConfusionMatrix(_truth, _predicted, K, LabelMaps.Ignore);
        Verify(_run());
    }

    [Benchmark]
    public long[] ConfusionMatrix() => _run();

    // The floor: every label of both maps read once, vectorised and side by side as every solution
    // reads them (LimitTraffic.ReadSideBySide says why not one after the other), and the K² counts
    // allocated as every solution allocates them (zeroed: counts start at 0). The fold of what was read
    // goes into the result, so that no read can be optimised away.
    private long[] ReadBothMaps()
    {
        var counts = new long[K * K];
        counts[0] = LimitTraffic.ReadSideBySide<byte>(_truth, _predicted);
        return counts;
    }

    // A wrong fast solution must not win: every count against a direct one written here.
    private void Verify(long[] actual)
    {
        var expected = new long[K * K];
        for (var i = 0; i < _truth.Length; i++)
        {
            if (_truth[i] != LabelMaps.Ignore)
            {
                expected[(_truth[i] * K) + _predicted[i]]++;
            }
        }

        if (actual.Length != expected.Length)
        {
            throw new InvalidOperationException($"{Implementation} returned {actual.Length} counts for K = {K}; expected {expected.Length}.");
        }

        for (var slot = 0; slot < expected.Length; slot++)
        {
            if (actual[slot] != expected[slot])
            {
                throw new InvalidOperationException(
                    $"{Implementation} is wrong on {Shape}, N = {N}, K = {K}: counts[{slot}] (true {slot / K}, predicted {slot % K}) is {actual[slot]}, expected {expected[slot]}.");
            }
        }
    }
}
