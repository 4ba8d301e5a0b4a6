using Katas.CombinationSum.Solutions;
using Katas.Discovery;

namespace Katas.CombinationSum;

/// <summary>The Combination Sum kata (LeetCode 39 and 40): two contracts, one per problem.</summary>
public sealed class CombinationSumKata : KataDefinition
{
    /// <inheritdoc/>
    public override string Title => "Combination Sum";

    /// <inheritdoc/>
    public override int Order => 3;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<ICombinationSum>(
            probe: s => s.CombinationSum([2, 3], 5),
            oracle: typeof(SortedBacktracking),
            baseline: typeof(TextbookBacktracking)),
        Contract.For<ICombinationSum2>(
            probe: s => s.CombinationSum2([1, 2, 2], 3),
            oracle: typeof(SortedBacktracking),
            baseline: typeof(TextbookBacktracking)),
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// Candidates 2, 4, …, 2m and 2m + 1 with target 4m + 1: every combination holds the odd candidate
    /// once and a partition of 2m into even parts, while the even parts alone lead to about as many dead
    /// ends as there are partitions of 4m. The statement asks for time proportional to the answer, so
    /// the axis is the answer's length (its number of values); backtracking grows faster than that.
    /// </remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<ICombinationSum, int, IReadOnlyList<int[]>>
        {
            Axis = "the answer's length",
            Aim = "proportional to the answer",
            AimExponent = 1,
            Sizes = [10, 15, 20, 25, 30],
            Input = m => m,
            Run = (s, m) => s.CombinationSum(EvensAndOneOdd(m), (4 * m) + 1),
            Same = SameCombinations,
            Difference = CombinationDifference,
            Position = (_, _, answer) => answer.Sum(c => c.Length),
            Describe = DescribeEvensAndOneOdd,
            Rival = typeof(ReachabilityTable),
        },
        new ScalingProbe<ICombinationSum2, int, IReadOnlyList<int[]>>
        {
            Axis = "the answer's length",
            Aim = "proportional to the answer",
            AimExponent = 1,
            Sizes = [20, 30, 40, 50],
            Input = m => m,
            Run = (s, m) => s.CombinationSum2(EvensAndOneOdd(m), (4 * m) + 1),
            Same = SameCombinations,
            Difference = CombinationDifference,
            Position = (_, _, answer) => answer.Sum(c => c.Length),
            Describe = DescribeEvensAndOneOdd,
            Rival = typeof(ReachabilityTable),
        },
    ];

    private static int[] EvensAndOneOdd(int m) => [.. Enumerable.Range(1, m).Select(i => 2 * i), (2 * m) + 1];

    private static string DescribeEvensAndOneOdd(int m) => $"candidates 2, 4, …, {2 * m} and {(2 * m) + 1}, target {(4 * m) + 1}";

    // The order of the combinations is free; each is in non-decreasing order.
    private static bool SameCombinations(IReadOnlyList<int[]> expected, IReadOnlyList<int[]> actual) =>
        expected.Count == actual.Count && Canonical(expected).SequenceEqual(Canonical(actual));

    private static string CombinationDifference(IReadOnlyList<int[]> expected, IReadOnlyList<int[]> actual)
    {
        var missing = Canonical(expected).Except(Canonical(actual)).FirstOrDefault();
        var extra = Canonical(actual).Except(Canonical(expected)).FirstOrDefault();
        return $"{actual.Count} combinations where the oracle finds {expected.Count}"
            + (missing is null ? "" : $"; missing [{missing}]")
            + (extra is null ? "" : $"; not a combination of the answer: [{extra}]");
    }

    private static IEnumerable<string> Canonical(IReadOnlyList<int[]> combinations) =>
        combinations.Select(c => string.Join(", ", c)).Order(StringComparer.Ordinal);
}
