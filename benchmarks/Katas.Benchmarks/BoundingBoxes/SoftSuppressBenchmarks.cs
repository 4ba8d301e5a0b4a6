using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary>
/// <see cref="ISoftNonMaximumSuppression.SoftSuppress"/> on detector output (mmcv's defaults: threshold 0.3,
/// sigma 0.5, minScore 0.001). The <c>Limit</c> reads the boxes and scores once and writes the selected
/// boxes once.
/// </summary>
[MemoryDiagnoser]
public class SoftSuppressBenchmarks : KataBenchmark<ISoftNonMaximumSuppression>
{
    private DetectorOutput _input = DetectorOutput.Generate(0);
    private int _selectedCount;
    private Func<ScoredIndex[]> _run = () => [];

    [Params(
        1_000,  // one image
        10_000)] // 200 objects: the direct loop's N² shows
    public int N { get; set; }

    [Params(
        SoftNmsMethod.Linear,    // decays only boxes with IoU ≥ 0.3
        SoftNmsMethod.Gaussian)] // decays every overlapping box
    public SoftNmsMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = DetectorOutput.Generate(N);
        var reference = Definition.SoftNms(_input.Boxes, _input.Scores, Method, 0.3f, 0.5f, 0.001f);
        if (IsLimit)
        {
            _selectedCount = reference.Length;
            _run = ReadInputWriteResult;
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.SoftSuppress(_input.Boxes, _input.Scores, Method, 0.3f, 0.5f, 0.001f);
        Verify(reference, _run());
    }

    [Benchmark]
    public ScoredIndex[] SoftSuppress() => _run();

    private ScoredIndex[] ReadInputWriteResult()
    {
        var sum = TensorPrimitives.Sum(MemoryMarshal.Cast<Box, float>(_input.Boxes)) + TensorPrimitives.Sum(_input.Scores);
        var selected = new ScoredIndex[_selectedCount];
        selected.AsSpan().Fill(new ScoredIndex((int)sum, sum));
        return selected;
    }

    // Every solution must select the boxes the definition selects, in its order, with scores within the
    // contract's 1e-5 (the benchmark's inputs have no near-ties).
    private void Verify(ScoredIndex[] expected, ScoredIndex[] actual)
    {
        if (actual.Length != expected.Length)
        {
            throw new InvalidOperationException($"{Implementation} selected {actual.Length} boxes; the definition selects {expected.Length}.");
        }

        for (var k = 0; k < actual.Length; k++)
        {
            if (actual[k].Index != expected[k].Index || Math.Abs(actual[k].Score - expected[k].Score) > 1e-5 * Math.Abs(expected[k].Score))
            {
                throw new InvalidOperationException($"{Implementation}'s selection {k} is {actual[k]}; the definition's is {expected[k]}.");
            }
        }
    }
}
