using System.Runtime.CompilerServices;

namespace Katas.BoundingBoxes.Solutions;

/// <summary>Soft-NMS's score decay, shared so that every solution decays alike.</summary>
internal static class SoftDecay
{
    /// <summary>The factor a box's score is multiplied by when a box it overlaps with IoU <paramref name="iou"/> is selected.</summary>
    /// <remarks>Exactly 1 when the IoU is 0, for both methods: boxes that do not overlap keep their score bit for bit.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Weight(SoftNmsMethod method, double iou, double threshold, double sigma) =>
        method == SoftNmsMethod.Linear
            ? (iou >= threshold ? 1 - iou : 1)
            : Math.Exp(-(iou * iou) / sigma);
}
