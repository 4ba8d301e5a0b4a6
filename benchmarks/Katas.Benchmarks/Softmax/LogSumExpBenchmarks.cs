using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.Softmax;

namespace Katas.Benchmarks.Softmax;

/// <summary>
/// Every started <see cref="ISoftmax"/>'s log-sum-exp against the <c>Limit</c> reference: one vectorised
/// pass that reads x (<see cref="LimitTraffic.Read{T}"/>), the least any solution must
/// do. The BCL has no log-sum-exp, so the softmax peer is left out here.
/// </summary>
[MemoryDiagnoser]
public class LogSumExpBenchmarks : KataBenchmark<ISoftmax>
{
    private double[] _x = [];
    private Func<double> _run = () => 0;

    [Params(
        1_000,       // 8 KB: one block, all in L1; call overhead and vector tails show
        32_000,      // a language model's vocabulary: 256 KB, in L2
        1_000_000)]  // 8 MB: beyond L2, read once from the last-level cache
    public int N { get; set; }

    [Params(
        SoftmaxInput.Random,     // the maximum settles in the first block
        SoftmaxInput.Outliers)]  // the maximum grows eight times: eight rescalings of the running sum
    public SoftmaxInput Input { get; set; }

    /// <inheritdoc/>
    public override bool IsFeasible => !IsPeer;

    [GlobalSetup]
    public void Setup()
    {
        _x = SoftmaxInputs.Create(N, Input);
        if (IsLimit)
        {
            _run = () => LimitTraffic.Read<double>(_x);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.LogSumExp(_x);
        SoftmaxInputs.CheckLogSumExp(Implementation, _run(), SoftmaxInputs.LogSumExp(_x));
    }

    [Benchmark]
    public double LogSumExp() => _run();
}
