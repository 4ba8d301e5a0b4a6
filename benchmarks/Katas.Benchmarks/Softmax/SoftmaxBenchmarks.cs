using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.Softmax;

namespace Katas.Benchmarks.Softmax;

/// <summary>
/// Every started <see cref="ISoftmax"/>'s softmax, and the BCL's <see cref="TensorPrimitivesSoftMax"/>,
/// against the <c>Limit</c> reference: copying x into the destination, one read of x and one write of
/// the destination, the memory traffic no solution can avoid.
/// </summary>
[MemoryDiagnoser]
public class SoftmaxBenchmarks : KataBenchmark<ISoftmax>
{
    private double[] _x = [];
    private double[] _destination = [];
    private Action _run = () => { };

    [Params(
        1_000,       // 8 KB in, 8 KB out: one block, all in L1; call overhead and vector tails show
        32_000,      // a language model's vocabulary: 512 KB in and out, in L2
        1_000_000)]  // 16 MB in and out: beyond L2, the two passes stream through the last-level cache
    public int N { get; set; }

    [Params(
        SoftmaxInput.Random,     // the maximum settles in the first block: one scale factor
        SoftmaxInput.Outliers)]  // the maximum grows eight times: eight rescalings and eight factors
    public SoftmaxInput Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _x = SoftmaxInputs.Create(N, Input);

        // The caller's destination, allocated once: written by every call, so never zeroed in the timing.
        _destination = new double[N];
        if (IsLimit)
        {
            // One read of x, one write of the destination: the runtime's copy, as LimitTraffic.Output does.
            _run = () => _x.AsSpan().CopyTo(_destination);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.Softmax(_x, _destination);
        _run();
        SoftmaxInputs.CheckSoftmax(Implementation, _destination, SoftmaxInputs.Softmax(_x));
    }

    [Benchmark]
    public double[] Softmax()
    {
        _run();
        return _destination;
    }
}
