namespace Katas.BoundingBoxes;

/// <summary>How Soft-NMS decays the score of a box that overlaps a selected one.</summary>
public enum SoftNmsMethod
{
    /// <summary>Multiply by 1 − IoU when IoU ≥ the threshold; leave the score alone below it.</summary>
    Linear,

    /// <summary>Multiply by exp(−IoU² ÷ sigma), whatever the IoU.</summary>
    Gaussian,
}
