using Katas.Benchmarks.Infrastructure;
using Katas.RunningStatistics;
using MathNet.Numerics.Statistics;

namespace Katas.Benchmarks.RunningStatistics;

/// <summary>
/// Math.NET Numerics' <c>Statistics.MeanVariance</c> on an array, as its users call it: for a
/// <c>double[]</c> it runs <c>ArrayStatistics.Mean</c> (a running mean) and <c>ArrayStatistics.Variance</c>
/// (a one-pass update), two reads of the input.
/// </summary>
/// <remarks>
/// The library takes an <see cref="IEnumerable{T}"/> (an array for its fast path), not a span, so the
/// benchmark calls <see cref="Summarize(double[])"/> with its array; the contract's span overload has to
/// copy. Only <c>Summarize</c> is a peer: <see cref="Add"/> and <see cref="Combine"/> throw
/// <see cref="NotSupportedException"/>.
/// </remarks>
[Peer("MathNet.Numerics 5.0.0, Statistics.MeanVariance")]
public sealed class MathNetMeanVariance : IRunningStatistics
{
    /// <summary>The moments of an array, from the library's mean and sample variance.</summary>
    public static Moments Summarize(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            return Moments.Empty;
        }

        var (mean, variance) = values.MeanVariance();
        return new Moments(values.Length, mean, values.Length > 1 ? variance * (values.Length - 1) : 0);
    }

    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values) => Summarize(values.ToArray());

    /// <inheritdoc/>
    public Moments Add(Moments state, double value) =>
        throw new NotSupportedException("Math.NET's MeanVariance summarises whole arrays only.");

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) =>
        throw new NotSupportedException("Math.NET's MeanVariance summarises whole arrays only.");
}
