namespace Katas.BoundingBoxes;

/// <summary>The overlap measures between two boxes (torchvision's definitions; see <see cref="IBoxOverlap"/>).</summary>
public enum OverlapKind
{
    /// <summary>Intersection over union: intersection ÷ union, in [0, 1]; 0 when the union is 0.</summary>
    Iou,

    /// <summary>Generalised IoU: IoU − (C − U) ÷ C, with C the smallest enclosing box's area; in [−1, 1]; IoU when C = 0.</summary>
    GeneralizedIou,

    /// <summary>Distance IoU: IoU − ρ² ÷ (c² + 1e-7), ρ the distance between the centres, c the enclosing box's diagonal.</summary>
    DistanceIou,

    /// <summary>Complete IoU: DIoU − α·v, v = (4/π²)(atan2(w_b, h_b) − atan2(w_a, h_a))², α = v ÷ (1 − IoU + v + 1e-7).</summary>
    CompleteIou,
}
