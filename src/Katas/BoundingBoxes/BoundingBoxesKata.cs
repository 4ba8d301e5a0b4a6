using Katas.BoundingBoxes.Solutions;
using Katas.Discovery;

namespace Katas.BoundingBoxes;

/// <summary>The bounding boxes kata: IoU and its variants, and hard, per-class and soft non-maximum suppression.</summary>
public sealed class BoundingBoxesKata : KataDefinition
{
    private static readonly Box[] TwoBoxes = [new(0, 0, 2, 2), new(1, 1, 3, 3)];
    private static readonly float[] TwoScores = [0.9f, 0.8f];

    /// <inheritdoc/>
    public override string Title => "Bounding Boxes: IoU and Non-Maximum Suppression";

    /// <inheritdoc/>
    public override int Order => 5;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<IBoxOverlap>(
            probe: Probes.AnyOf<IBoxOverlap>(
                o => o.Overlap(OverlapKind.Iou, TwoBoxes[0], TwoBoxes[1]),
                o => o.OverlapMatrix(OverlapKind.Iou, TwoBoxes, TwoBoxes, new float[4])),
            oracle: typeof(Scalar),
            baseline: typeof(Scalar)),
        Contract.For<INonMaximumSuppression>(
            probe: Probes.AnyOf<INonMaximumSuppression>(
                s => s.Suppress(TwoBoxes, TwoScores, 0.5f),
                s => s.SuppressPerClass(TwoBoxes, TwoScores, [0, 1], 0.5f)),
            oracle: typeof(Textbook),
            baseline: typeof(SortedGreedy)),
        Contract.For<ISoftNonMaximumSuppression>(
            probe: s => s.SoftSuppress(TwoBoxes, TwoScores, SoftNmsMethod.Linear, 0.3f, 0.5f, 0.001f),
            oracle: typeof(DirectSoftNms),
            baseline: typeof(DirectSoftNms)),
    ];
}
