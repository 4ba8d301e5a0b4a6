namespace Katas.Softmax;

/// <summary>Your solution. Replace the exceptions with your code; until you start, its tests are skipped.</summary>
public sealed class Practice : ISoftmax
{
    /// <inheritdoc/>
    public double LogSumExp(ReadOnlySpan<double> x)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Softmax/Practice.cs.");
    }

    /// <inheritdoc/>
    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Softmax/Practice.cs.");
    }
}
