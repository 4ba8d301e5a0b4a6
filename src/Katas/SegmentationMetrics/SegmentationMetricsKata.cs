using Katas.Discovery;
using Katas.SegmentationMetrics.Solutions;

namespace Katas.SegmentationMetrics;

/// <summary>The Segmentation Metrics kata: the confusion matrix of two label maps and the FCN scores read off it.</summary>
public sealed class SegmentationMetricsKata : KataDefinition
{
    /// <inheritdoc/>
    public override string Title => "Segmentation Metrics";

    /// <inheritdoc/>
    public override int Order => 7;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        // A learner may write either operation first: the class counts as started as soon as one of
        // them stops throwing NotImplementedException (the other's tests then fail: the to-do list).
        Contract.For<ISegmentationMetrics>(
            probe: Probes.AnyOf<ISegmentationMetrics>(
                s => s.ConfusionMatrix([0, 1], [0, 0], 2, 255),
                s => s.Score([1, 0, 1, 0], 2)),
            oracle: typeof(SingleHistogram),
            baseline: typeof(PerClassCounts)),
    ];
}
