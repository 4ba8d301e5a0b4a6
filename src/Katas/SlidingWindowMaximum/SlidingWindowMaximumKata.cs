using Katas.Discovery;
using Katas.SlidingWindowMaximum.Solutions;

namespace Katas.SlidingWindowMaximum;

/// <summary>The Sliding Window Maximum kata (LeetCode 239).</summary>
public sealed class SlidingWindowMaximumKata : KataDefinition
{
    // The probe's input: 10⁵ values, the same on every run.
    private static readonly Lazy<int[]> ProbeValues = new(() => ProbeData.Ints(100_000, seed: 239));

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

    /// <inheritdoc/>
    /// <remarks>The statement asks for O(n) whatever k is; at n = 10⁵ an O(n·k) scan grows tenfold with each step of k.</remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<ISlidingWindowMaximum, int, int[]>
        {
            Axis = "k",
            At = "n = 10⁵",
            Aim = "independent of k",
            AimExponent = 0,
            Sizes = [10, 100, 1_000, 10_000],
            Input = k => k,
            Run = (s, k) => s.MaxSlidingWindow(ProbeValues.Value, k),
            Rival = typeof(CacheBlockedSimd),

            // BruteForce, the oracle, is itself O(n·k): 10⁹ steps at k = 10⁴. Every test holds the deque to it.
            Answers = typeof(MonotonicDeque),
        },
    ];
}
