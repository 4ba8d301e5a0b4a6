using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>
/// What the Combination Sum I and II benchmarks share: the case behind the <c>Input</c> parameter, the
/// oracle's answer checked against the case before anything is timed, the <c>Limit</c> reference, and
/// the number of combinations as the input size.
/// </summary>
/// <remarks>
/// The <c>Limit</c> does what every solution must: it reads the candidates once and returns a fresh array
/// per combination, of the combination's length, in an array of exactly as many (as the fastest solution
/// returns them). It writes each from a buffer that stays in L1, as a solution writes from its search path:
/// copying from a precomputed answer would read megabytes that no solution reads.
/// </remarks>
/// <typeparam name="T">The contract, <c>ICombinationSum</c> or <c>ICombinationSum2</c>.</typeparam>
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
        var oracle = Contract.Find(Contract.Oracle).Name;
        input.Verify(Solve(Contract.Create(oracle), input), oracle);
        if (IsLimit)
        {
            var counts = input.CountsByLength.ToArray();
            var path = LimitTraffic.Output<int>(input.Candidates, counts.Length);
            var total = (int)input.Count;
            _run = () => Build(input.Candidates, path, counts, total);
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

    // The Limit: read the candidates; then, for each length, as many fresh arrays of that length as
    // there are combinations of it, each copied from the start of the (L1-resident) path buffer.
    private static int[][] Build(int[] candidates, int[] path, long[] counts, int total)
    {
        var read = LimitTraffic.Read<int>(candidates);
        var result = new int[total][];
        var filled = 0;
        for (var length = 0; length < counts.Length; length++)
        {
            for (var i = 0L; i < counts[length]; i++)
            {
                result[filled++] = path.AsSpan(0, length).ToArray();
            }
        }

        if (filled > 0 && result[0].Length > 0)
        {
            result[0][0] ^= read;
        }

        return result;
    }
}
