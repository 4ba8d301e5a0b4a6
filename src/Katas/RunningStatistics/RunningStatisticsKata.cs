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
            probe: s => s.Summarize([1, 2]),
            oracle: typeof(TwoPass),
            baseline: typeof(Welford)),
    ];
}
