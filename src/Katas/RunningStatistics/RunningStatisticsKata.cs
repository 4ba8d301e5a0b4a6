using Katas.Discovery;
using Katas.RunningStatistics.Solutions;

namespace Katas.RunningStatistics;

/// <summary>The Running Mean and Variance kata: Welford's update, Chan's merge, and the accuracy of each.</summary>
public sealed class RunningStatisticsKata : KataDefinition
{
    /// <inheritdoc/>
    public override string Title => "Running Mean and Variance";

    /// <inheritdoc/>
    public override int Order => 6;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<IRunningStatistics>(
            // A learner may start with any of the three operations: Add is the statement's running mean.
            probe: Probes.AnyOf<IRunningStatistics>(
                s => s.Summarize([1, 2]),
                s => s.Add(Moments.Empty, 1),
                s => s.Combine(new Moments(1, 1, 0), new Moments(1, 2, 0))),
            oracle: typeof(TwoPass),
            baseline: typeof(Welford)),
    ];
}
