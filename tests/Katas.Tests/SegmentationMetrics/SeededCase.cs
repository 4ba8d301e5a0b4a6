namespace Katas.Tests.SegmentationMetrics;

/// <summary>A valid input and a seed for what a law does to it (the order of a shuffle, where to cut, which label to break).</summary>
public sealed record SeededCase(LabelCase Case, int Seed)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Case}, seed = {Seed}";
}
