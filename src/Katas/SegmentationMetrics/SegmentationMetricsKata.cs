using System.Runtime.ExceptionServices;
using Katas.Discovery;
using Katas.SegmentationMetrics.Solutions;

namespace Katas.SegmentationMetrics;

/// <summary>The Segmentation Metrics kata: the confusion matrix of two label maps and the FCN scores read off it.</summary>
public sealed class SegmentationMetricsKata : KataDefinition
{
    // One call of each operation on a tiny valid input.
    private static readonly Action<ISegmentationMetrics>[] Operations =
    [
        s => s.ConfusionMatrix([0, 1], [0, 0], 2, 255),
        s => s.Score([1, 0, 1, 0], 2),
    ];

    /// <inheritdoc/>
    public override string Title => "Segmentation Metrics";

    /// <inheritdoc/>
    public override int Order => 7;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<ISegmentationMetrics>(
            probe: AnyOperation,
            oracle: typeof(SingleHistogram),
            baseline: typeof(PerClassCounts)),
    ];

    // A learner may write either operation first: the class counts as started as soon as one of them
    // stops throwing NotImplementedException (the other's tests then fail, which is the to-do list).
    // Only when both are stubs is the first stub's exception rethrown, stack intact, so that the skip
    // message names the file to edit.
    private static void AnyOperation(ISegmentationMetrics metrics)
    {
        NotImplementedException? stub = null;
        foreach (var operation in Operations)
        {
            try
            {
                operation(metrics);
                return;
            }
            catch (NotImplementedException e)
            {
                stub ??= e;
            }
            catch (Exception e) when (e is not NotImplementedException)
            {
                return;
            }
        }

        ExceptionDispatchInfo.Throw(stub!);
    }
}
