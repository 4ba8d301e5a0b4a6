namespace Katas.BoundingBoxes;

/// <summary>Your solution. Replace the exceptions with your code; until you start, its tests are skipped.</summary>
public sealed class Practice : IBoxOverlap, INonMaximumSuppression, ISoftNonMaximumSuppression
{
    /// <inheritdoc/>
    public float Overlap(OverlapKind kind, Box a, Box b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/BoundingBoxes/Practice.cs.");
    }

    /// <inheritdoc/>
    public void OverlapMatrix(OverlapKind kind, ReadOnlySpan<Box> a, ReadOnlySpan<Box> b, Span<float> result)
    {
        throw new NotImplementedException("Write your solution in src/Katas/BoundingBoxes/Practice.cs.");
    }

    /// <inheritdoc/>
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        throw new NotImplementedException("Write your solution in src/Katas/BoundingBoxes/Practice.cs.");
    }

    /// <inheritdoc/>
    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        throw new NotImplementedException("Write your solution in src/Katas/BoundingBoxes/Practice.cs.");
    }

    /// <inheritdoc/>
    public ScoredIndex[] SoftSuppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, SoftNmsMethod method, float iouThreshold, float sigma, float minScore)
    {
        throw new NotImplementedException("Write your solution in src/Katas/BoundingBoxes/Practice.cs.");
    }
}
