using Katas.Discovery;
using Katas.MaximumGap.Solutions;

namespace Katas.MaximumGap;

/// <summary>The Maximum Gap kata (LeetCode 164, over the whole <see cref="int"/> range).</summary>
public sealed class MaximumGapKata : KataDefinition
{
    /// <inheritdoc/>
    public override string Title => "Maximum Gap";

    /// <inheritdoc/>
    public override int Order => 2;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<IMaximumGap>(
            probe: s => s.MaximumGap([1, 2]),
            oracle: typeof(SortAndScan),
            baseline: typeof(SortAndScan)),
    ];
}
