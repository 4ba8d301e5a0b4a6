using BenchmarkDotNet.Attributes;
using Katas.CombinationSum;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>Every started <see cref="ICombinationSum2"/> against the <c>Limit</c> reference (see <see cref="CombinationBenchmark{T}"/>).</summary>
public class CombinationSum2Benchmarks : CombinationBenchmark<ICombinationSum2>
{
    [Params(
        CombinationSum2Input.From1To50,      // 296 combinations; values above the target must cost nothing
        CombinationSum2Input.From1To30Twice, // 1 225 combinations; every value repeats once, so the skip-equal rule works
        CombinationSum2Input.OnesAndTwos,    // 16 combinations; runs of 50 equal values, long combinations
        CombinationSum2Input.EvenPairsAnd41)] // 22 combinations among many dead branches of even parts
    public CombinationSum2Input Input { get; set; }

    /// <inheritdoc/>
    protected override CombinationCase Case => CombinationCase.For(Input);

    [Benchmark]
    public IReadOnlyList<int[]> CombinationSum2() => Run();

    /// <inheritdoc/>
    protected override IReadOnlyList<int[]> Solve(ICombinationSum2 subject, CombinationCase input) =>
        subject.CombinationSum2(input.Candidates, input.Target);
}
