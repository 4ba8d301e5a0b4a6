using Katas.Benchmarks.Infrastructure;
using Katas.RunningStatistics;
using MathNetStatistics = MathNet.Numerics.Statistics;

namespace Katas.Benchmarks.RunningStatistics;

/// <summary>
/// Math.NET Numerics' <c>RunningStatistics</c>, fed one value at a time with <c>Push</c>, as its users
/// stream values into it. It keeps the third and fourth moments, the minimum and the maximum too.
/// </summary>
/// <remarks>
/// Only <see cref="Summarize"/> is a peer: a <c>RunningStatistics</c> cannot be made from a
/// <see cref="Moments"/>, so <see cref="Add"/> and <see cref="Combine"/> throw <see cref="NotSupportedException"/>.
/// </remarks>
[Peer("MathNet.Numerics 5.0.0, RunningStatistics.Push")]
public sealed class MathNetRunningStatistics : IRunningStatistics
{
    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        var statistics = new MathNetStatistics.RunningStatistics();
        foreach (var x in values)
        {
            statistics.Push(x);
        }

        return new Moments(statistics.Count, statistics.Count > 0 ? statistics.Mean : 0, statistics.Count > 0 ? statistics.PopulationVariance * statistics.Count : 0);
    }

    /// <inheritdoc/>
    public Moments Add(Moments state, double value) =>
        throw new NotSupportedException("Math.NET's RunningStatistics cannot start from a Moments.");

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) =>
        throw new NotSupportedException("Math.NET's RunningStatistics cannot start from a Moments.");
}
