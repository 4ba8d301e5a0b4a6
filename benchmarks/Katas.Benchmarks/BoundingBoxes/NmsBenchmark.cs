using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary>
/// What the NMS benchmarks share: detector output of N candidates (<see cref="DetectorOutput"/>), the
/// thresholds, the check against the definition, and the <c>Limit</c>: one vectorised pass over the boxes,
/// the scores (and the classes), and the kept indices written once into a new array, as the solutions return them.
/// </summary>
public abstract class NmsBenchmark : KataBenchmark<INonMaximumSuppression>
{
    private DetectorOutput _input = DetectorOutput.Generate(0);
    private int _keptCount;
    private Func<int[]> _run = () => [];

    [Params(
        1_000,   // 20 objects: one 640×640 image; per-call overheads show
        10_000,  // 200 objects: the quadratic solutions start to bend
        100_000)] // 2 000 objects: the goal's size; only grid-like solutions stay fast
    public int N { get; set; }

    [Params(
        0.5f,  // the usual threshold: most candidates of an object are suppressed
        0.7f)] // looser: more boxes kept, more comparisons each
    public float Threshold { get; set; }

    /// <summary>Gets whether this benchmark is per class (80 classes).</summary>
    protected abstract bool PerClass { get; }

    /// <inheritdoc/>
    // Textbook rescans every box per kept box: at N = 100 000 one call takes minutes.
    public override bool IsFeasible => !(IsOracle && N > 10_000);

    [GlobalSetup]
    public void Setup()
    {
        _input = DetectorOutput.Generate(N);
        if (IsLimit)
        {
            // The Limit writes as many indices as the oracle keeps; the check below needs no run of it.
            var oracle = new Katas.BoundingBoxes.Solutions.SpatialGrid();
            _keptCount = (PerClass ? oracle.SuppressPerClass(_input.Boxes, _input.Scores, _input.ClassIds, Threshold) : oracle.Suppress(_input.Boxes, _input.Scores, Threshold)).Length;
            _run = ReadInputWriteResult;
            return;
        }

        var subject = CreateSubject();
        _run = PerClass
            ? () => subject.SuppressPerClass(_input.Boxes, _input.Scores, _input.ClassIds, Threshold)
            : () => subject.Suppress(_input.Boxes, _input.Scores, Threshold);
        Definition.CheckNms($"{Implementation} (N = {N}, threshold {Threshold})", _input.Boxes, _input.Scores, PerClass ? _input.ClassIds : null, Threshold, _run());
    }

    /// <summary>Runs the case.</summary>
    protected int[] Run() => _run();

    private int[] ReadInputWriteResult()
    {
        var sum = TensorPrimitives.Sum(MemoryMarshal.Cast<Box, float>(_input.Boxes)) + TensorPrimitives.Sum(_input.Scores);
        if (PerClass)
        {
            sum += TensorPrimitives.Max<int>(_input.ClassIds);
        }

        var kept = new int[_keptCount];
        kept.AsSpan().Fill((int)sum);
        return kept;
    }
}
