using Katas.RunningStatistics;

namespace Katas.Tests.RunningStatistics.Straightforward;

/// <summary>
/// The README's other route, as a learner writes it: the BCL's guards, a mean corrected by Σ(x − mean)/n,
/// then Σ(x − mean)² in a third pass; Welford and Chan for <c>Add</c> and <c>Combine</c>.
/// </summary>
public sealed class TwoPassWithCorrection : IRunningStatistics
{
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return Moments.Empty;
        }

        var sum = 0.0;
        foreach (var x in values)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException("Every value must be finite.", nameof(values));
            }

            sum += x;
        }

        var mean = sum / values.Length;
        var correction = 0.0;
        foreach (var x in values)
        {
            correction += x - mean;
        }

        mean += correction / values.Length;
        var m2 = 0.0;
        foreach (var x in values)
        {
            m2 += (x - mean) * (x - mean);
        }

        return new Moments(values.Length, mean, m2);
    }

    public Moments Add(Moments state, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(state.Count, nameof(state));
        ArgumentOutOfRangeException.ThrowIfNegative(state.M2, nameof(state));
        if (state.Count == 0 && (state.Mean != 0 || state.M2 != 0))
        {
            throw new ArgumentException("An empty summary has mean and M2 0.", nameof(state));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentException("The value must be finite.", nameof(value));
        }

        var count = state.Count + 1;
        var delta = value - state.Mean;
        var mean = state.Mean + (delta / count);
        return new Moments(count, mean, state.M2 + (delta * (value - mean)));
    }

    public Moments Combine(Moments left, Moments right)
    {
        foreach (var (moments, name) in new[] { (left, nameof(left)), (right, nameof(right)) })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(moments.Count, name);
            ArgumentOutOfRangeException.ThrowIfNegative(moments.M2, name);
            if (moments.Count == 0 && (moments.Mean != 0 || moments.M2 != 0))
            {
                throw new ArgumentException("An empty summary has mean and M2 0.", name);
            }
        }

        if (left.Count == 0 || right.Count == 0)
        {
            return left.Count == 0 ? right : left;
        }

        var count = left.Count + right.Count;
        var delta = right.Mean - left.Mean;
        var weight = (double)right.Count / count;
        return new Moments(count, left.Mean + (delta * weight), left.M2 + right.M2 + (delta * delta * left.Count * weight));
    }
}
