using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>
/// What the Combination Sum I and II benchmarks share: the case behind the <c>Input</c> parameter, the
/// oracle's answer checked against the case before anything is timed, the <c>Limit</c> reference
/// (building the same number of arrays of the same lengths from that answer: the allocation and copying
/// no solution returning fresh arrays can avoid), and the number of combinations as the input size.
/// </summary>
/// <typeparam name="T">The contract, <c>ICombinationSum</c> or <c>ICombinationSum2</c>.</typeparam>
[MemoryDiagnoser]
[PerCombinationColumns]
public abstract class CombinationBenchmark<T> : KataBenchmark<T>
    where T : class
{
    private Func<IReadOnlyList<int[]>> _run = () => [];

    /// <inheritdoc/>
    public override double? InputSize => Case.Count;

    /// <inheritdoc/>
    public override string InputSizeName => "Combinations";

    /// <summary>Gets the case of the derived class's <c>Input</c> parameter.</summary>
    protected abstract CombinationCase Case { get; }

    [GlobalSetup]
    public void Setup()
    {
        var input = Case;
        var reference = Solve(Contract.Create(Contract.Oracle.Name), input);
        input.Verify(reference, Contract.Oracle.Name);
        if (IsLimit)
        {
            var answer = reference.ToArray();
            _run = () => Copy(answer);
            return;
        }

        var subject = CreateSubject();
        _run = () => Solve(subject, input);
        input.Verify(_run(), Implementation);
    }

    /// <summary>Calls the contract's method on the case's candidates and target.</summary>
    protected abstract IReadOnlyList<int[]> Solve(T subject, CombinationCase input);

    /// <summary>Runs the case set up by <see cref="Setup"/>: the body of the derived class's benchmark method.</summary>
    protected IReadOnlyList<int[]> Run() => _run();

    // The Limit: a fresh array per combination, of the same length, filled from the precomputed answer.
    private static int[][] Copy(int[][] answer)
    {
        var result = new int[answer.Length][];
        for (var i = 0; i < answer.Length; i++)
        {
            result[i] = answer[i].AsSpan().ToArray();
        }

        return result;
    }
}
