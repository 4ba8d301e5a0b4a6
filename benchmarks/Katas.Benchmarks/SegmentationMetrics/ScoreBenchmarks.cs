using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.SegmentationMetrics;

namespace Katas.Benchmarks.SegmentationMetrics;

/// <summary>
/// <see cref="ISegmentationMetrics.Score"/> of a K×K matrix, against the <c>Limit</c> reference: one
/// read of the K² counts and the result allocated (its two per-class arrays and the record), which every
/// solution must do.
/// </summary>
[MemoryDiagnoser]
public class ScoreBenchmarks : KataBenchmark<ISegmentationMetrics>
{
    private long[] _confusion = [];
    private Func<SegmentationScores> _run = () => null!;

    [Params(
        19,   // Cityscapes: 361 counts, everything in L1
        150)] // ADE20K: 22 500 counts (176 KB), column sums across rows
    public int K { get; set; }

    /// <inheritdoc/>
    public override double? InputSize => K * K;

    /// <inheritdoc/>
    public override string InputSizeName => "Counts";

    [GlobalSetup]
    public void Setup()
    {
        _confusion = Matrix(K);
        if (IsLimit)
        {
            _run = ReadCounts;
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.Score(_confusion, K);
        Verify(_run());
    }

    [Benchmark]
    public SegmentationScores Score() => _run();

    // A matrix like a model's over a data set: large diagonal counts, a fifth of the confusions
    // nonzero, and one class absent from truth and prediction (a NaN to skip in the means).
    private static long[] Matrix(int classCount)
    {
        var random = new Random(InputData.Seed);
        var confusion = new long[classCount * classCount];
        for (var t = 0; t < classCount; t++)
        {
            for (var p = 0; p < classCount; p++)
            {
                confusion[(t * classCount) + p] = t == classCount / 2 || p == classCount / 2 ? 0
                    : t == p ? random.NextInt64(1_000_000, 100_000_000_000)
                    : random.Next(5) == 0 ? random.NextInt64(1, 1_000_000_000) : 0;
            }
        }

        return confusion;
    }

    // The floor: the K² counts read once (one vectorised pass) and the result allocated as every solution
    // allocates it; the fold of what was read goes into the result, so that no read can be optimised away.
    private SegmentationScores ReadCounts() =>
        new(LimitTraffic.Read<long>(_confusion), 0, 0, 0, new double[K], new double[K]);

    // A wrong fast solution must not win: every score against the definitions, computed here in doubles
    // (the counts are far below where doubles lose integers).
    private void Verify(SegmentationScores actual)
    {
        var rows = new double[K];
        var columns = new double[K];
        for (var t = 0; t < K; t++)
        {
            for (var p = 0; p < K; p++)
            {
                rows[t] += _confusion[(t * K) + p];
                columns[p] += _confusion[(t * K) + p];
            }
        }

        var total = rows.Sum();
        var accuracy = Enumerable.Range(0, K).Select(i => _confusion[(i * K) + i] / rows[i]).ToArray();
        var iou = Enumerable.Range(0, K).Select(i => _confusion[(i * K) + i] / (rows[i] + columns[i] - _confusion[(i * K) + i])).ToArray();
        Check("PixelAccuracy", actual.PixelAccuracy, Enumerable.Range(0, K).Sum(i => (double)_confusion[(i * K) + i]) / total);
        Check("MeanPixelAccuracy", actual.MeanPixelAccuracy, accuracy.Where(a => !double.IsNaN(a)).Average());
        Check("MeanIou", actual.MeanIou, iou.Where(a => !double.IsNaN(a)).Average());
        Check("FrequencyWeightedIou", actual.FrequencyWeightedIou, Enumerable.Range(0, K).Where(i => rows[i] > 0).Sum(i => rows[i] / total * iou[i]));
        for (var i = 0; i < K; i++)
        {
            Check($"ClassAccuracy[{i}]", actual.ClassAccuracy[i], accuracy[i]);
            Check($"ClassIou[{i}]", actual.ClassIou[i], iou[i]);
        }
    }

    private void Check(string name, double actual, double expected)
    {
        var right = double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected);
        if (!right)
        {
            throw new InvalidOperationException($"{Implementation} is wrong for K = {K}: {name} is {actual}, expected {expected}.");
        }
    }
}
