namespace Katas.SegmentationMetrics;

/// <summary>Your solution. Replace the exceptions with your code; until you start, its tests are skipped.</summary>
public sealed class Practice : ISegmentationMetrics
{
    /// <inheritdoc/>
    public long[] ConfusionMatrix(ReadOnlySpan<byte> truth, ReadOnlySpan<byte> predicted, int classCount, byte ignoreLabel)
    {
        throw new NotImplementedException("Write your solution in src/Katas/SegmentationMetrics/Practice.cs.");
    }

    /// <inheritdoc/>
    public SegmentationScores Score(ReadOnlySpan<long> confusion, int classCount)
    {
        throw new NotImplementedException("Write your solution in src/Katas/SegmentationMetrics/Practice.cs.");
    }
}
