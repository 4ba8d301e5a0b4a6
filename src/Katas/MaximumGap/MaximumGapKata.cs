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

    /// <inheritdoc/>
    /// <remarks>The statement asks for linear time; sorting first measures a little above 1 and falls behind the rival.</remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<IMaximumGap, int[], long>
        {
            Axis = "n",
            Aim = "linear in n",
            AimExponent = 1,
            Sizes = [1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20],
            Input = n => ProbeData.Ints(n, seed: 164),
            Run = (s, nums) => s.MaximumGap(nums),
            Rival = typeof(CacheBlockedPigeonhole),
        },
    ];
}
