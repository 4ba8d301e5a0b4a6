namespace Katas.RunningStatistics;

/// <summary>Your solution. Replace the exceptions with your code; until you start, its tests are skipped.</summary>
public sealed class Practice : IRunningStatistics
{
    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        throw new NotImplementedException("Write your solution in src/Katas/RunningStatistics/Practice.cs.");
    }

    /// <inheritdoc/>
    public Moments Add(Moments state, double value)
    {
        throw new NotImplementedException("Write your solution in src/Katas/RunningStatistics/Practice.cs.");
    }

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right)
    {
        throw new NotImplementedException("Write your solution in src/Katas/RunningStatistics/Practice.cs.");
    }
}
