using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.CombinationSum;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>
/// Every started <see cref="ICombinationSum"/> against the <c>Limit</c> reference: building the same
/// number of arrays of the same lengths from a precomputed answer, the allocation and copying that no
/// solution returning fresh arrays can avoid.
/// </summary>
[MemoryDiagnoser]
[PerCombinationColumns]
public class CombinationSumBenchmarks : KataBenchmark<ICombinationSum>
{
    private Func<IReadOnlyList<int[]>> _run = () => [];

    [Params(
        CombinationSumInput.From2To40,  // 6 153 combinations, no 1s: short combinations, shallow search
        CombinationSumInput.From1To40,  // 37 338 combinations (the target case): copying the output dominates
        CombinationSumInput.EvensAnd41)] // 627 combinations among ~10⁵ dead branches: pruning by reachability pays
    public CombinationSumInput Input { get; set; }

    /// <inheritdoc/>
    public override double? InputSize => CombinationCase.For(Input).Count;

    /// <inheritdoc/>
    public override string InputSizeName => "Combinations";

    [GlobalSetup]
    public void Setup()
    {
        var input = CombinationCase.For(Input);
        var reference = Contract.Create(Contract.Oracle.Name).CombinationSum(input.Candidates, input.Target);
        input.Verify(reference, Contract.Oracle.Name);
        if (IsLimit)
        {
            var answer = reference.ToArray();
            _run = () => Copy(answer);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.CombinationSum(input.Candidates, input.Target);
        input.Verify(_run(), Implementation);
    }

    [Benchmark]
    public IReadOnlyList<int[]> CombinationSum() => _run();

    // The Limit: a fresh array per combination, of the same length, filled from the precomputed answer.
    internal static int[][] Copy(int[][] answer)
    {
        var result = new int[answer.Length][];
        for (var i = 0; i < answer.Length; i++)
        {
            result[i] = answer[i].AsSpan().ToArray();
        }

        return result;
    }
}
