using BenchmarkDotNet.Attributes;
using Katas.CombinationSum;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>Every started <see cref="ICombinationSum"/> against the <c>Limit</c> reference (see <see cref="CombinationBenchmark{T}"/>).</summary>
public class CombinationSumBenchmarks : CombinationBenchmark<ICombinationSum>
{
    [Params(
        CombinationSumInput.From2To40,  // 6 153 combinations, no 1s: short combinations, shallow search
        CombinationSumInput.From1To40,  // 37 338 combinations (the target case): copying the output dominates
        CombinationSumInput.EvensAnd41)] // 627 combinations among ~10⁵ dead branches: pruning by reachability pays
    public CombinationSumInput Input { get; set; }

    /// <inheritdoc/>
    protected override CombinationCase Case => CombinationCase.For(Input);

    [Benchmark]
    public IReadOnlyList<int[]> CombinationSum() => Run();

    /// <inheritdoc/>
    protected override IReadOnlyList<int[]> Solve(ICombinationSum subject, CombinationCase input) =>
        subject.CombinationSum(input.Candidates, input.Target);
}
