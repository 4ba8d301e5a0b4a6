using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.CombinationSum;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>
/// Every started <see cref="ICombinationSum2"/> against the <c>Limit</c> reference: building the same
/// number of arrays of the same lengths from a precomputed answer.
/// </summary>
[MemoryDiagnoser]
[PerCombinationColumns]
public class CombinationSum2Benchmarks : KataBenchmark<ICombinationSum2>
{
    private Func<IReadOnlyList<int[]>> _run = () => [];

    [Params(
        CombinationSum2Input.From1To50,      // 296 combinations; values above the target must cost nothing
        CombinationSum2Input.From1To30Twice, // 1 225 combinations; every value repeats once, so the skip-equal rule works
        CombinationSum2Input.OnesAndTwos,    // 16 combinations; runs of 50 equal values, long combinations
        CombinationSum2Input.EvenPairsAnd41)] // 22 combinations among many dead branches of even parts
    public CombinationSum2Input Input { get; set; }

    /// <inheritdoc/>
    public override double? InputSize => CombinationCase.For(Input).Count;

    /// <inheritdoc/>
    public override string InputSizeName => "Combinations";

    [GlobalSetup]
    public void Setup()
    {
        var input = CombinationCase.For(Input);
        var reference = Contract.Create(Contract.Oracle.Name).CombinationSum2(input.Candidates, input.Target);
        input.Verify(reference, Contract.Oracle.Name);
        if (IsLimit)
        {
            var answer = reference.ToArray();
            _run = () => CombinationSumBenchmarks.Copy(answer);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.CombinationSum2(input.Candidates, input.Target);
        input.Verify(_run(), Implementation);
    }

    [Benchmark]
    public IReadOnlyList<int[]> CombinationSum2() => _run();
}
