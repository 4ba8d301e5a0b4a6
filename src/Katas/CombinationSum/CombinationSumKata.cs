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
}
