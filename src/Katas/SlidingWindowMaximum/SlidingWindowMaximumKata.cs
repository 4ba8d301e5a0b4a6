using Katas.Discovery;
using Katas.SlidingWindowMaximum.Solutions;

namespace Katas.SlidingWindowMaximum;

/// <summary>The Sliding Window Maximum kata (LeetCode 239).</summary>
public sealed class SlidingWindowMaximumKata : KataDefinition
{
    /// <inheritdoc/>
    public override string Title => "Sliding Window Maximum";

    /// <inheritdoc/>
    public override int Order => 1;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<ISlidingWindowMaximum>(
            probe: s => s.MaxSlidingWindow([1, 2], 1),
            oracle: typeof(BruteForce),
            baseline: typeof(LinkedListDeque)),
    ];
}
