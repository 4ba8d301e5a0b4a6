using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary>
/// <see cref="IBoxOverlap.OverlapMatrix"/> of N detector boxes against N others, into the same caller's
/// span every call (as the contract has callers provide it). The <c>Limit</c> reads both lists of boxes in
/// one vectorised pass each and writes the N·N floats of the result: the traffic every solution must do.
/// </summary>
[MemoryDiagnoser]
public class OverlapMatrixBenchmarks : KataBenchmark<IBoxOverlap>
{
    private Box[] _a = [];
    private Box[] _b = [];
    private float[] _result = [];
    private Action _run = () => { };

    [Params(
        100,   // 40 KB of results: in L1/L2, the arithmetic alone
        1_000, // 4 MB: in L2/L3
        4_000)] // 64 MB: written to L3 or memory, the goal's size
    public int N { get; set; }

    [Params(
        OverlapKind.Iou,            // the float kernel
        OverlapKind.GeneralizedIou, // the double kernel, one division more
        OverlapKind.DistanceIou,    // the double kernel, centre distances
        OverlapKind.CompleteIou)]   // the double kernel and per-box arctangents
    public OverlapKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _a = DetectorOutput.Generate(N, InputData.Seed).Boxes;
        _b = DetectorOutput.Generate(N, InputData.Seed + 1).Boxes;
        _result = GC.AllocateUninitializedArray<float>(N * N);
        if (IsLimit)
        {
            _run = ReadBoxesWriteResult;
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.OverlapMatrix(Kind, _a, _b, _result);
        _run();
        Verify();
    }

    [Benchmark]
    public float[] OverlapMatrix()
    {
        _run();
        return _result;
    }

    // One pass over each list of boxes, then every entry of the result written once.
    private void ReadBoxesWriteResult()
    {
        var value = TensorPrimitives.Max(MemoryMarshal.Cast<Box, float>(_a)) + TensorPrimitives.Max(MemoryMarshal.Cast<Box, float>(_b));
        _result.AsSpan().Fill(value);
    }

    private void Verify()
    {
        for (var i = 0; i < _a.Length; i++)
        {
            for (var j = 0; j < _b.Length; j++)
            {
                var expected = Definition.Overlap(Kind, _a[i], _b[j]);
                var actual = _result[(i * _b.Length) + j];
                if (!(Math.Abs(actual - expected) <= 1e-6))
                {
                    throw new InvalidOperationException($"{Implementation}: {Kind} entry [{i}, {j}] is {actual:R}; it is {expected:R}.");
                }
            }
        }
    }
}
