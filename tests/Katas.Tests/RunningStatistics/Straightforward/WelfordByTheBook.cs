using Katas.RunningStatistics;

namespace Katas.Tests.RunningStatistics.Straightforward;

/// <summary>What a learner who read only the README writes: the BCL's guards, Welford's update, Chan's merge.</summary>
public sealed class WelfordByTheBook : IRunningStatistics
{
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        var moments = Moments.Empty;
        foreach (var x in values)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException("Every value must be finite.", nameof(values));
            }

            moments = Update(moments, x);
        }

        return moments;
    }

    public Moments Add(Moments state, double value)
    {
        Check(state, nameof(state));
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("The value must be finite.", nameof(value));
        }

        return Update(state, value);
    }

    public Moments Combine(Moments left, Moments right)
    {
        Check(left, nameof(left));
        Check(right, nameof(right));
        if (left.Count == 0)
        {
            return right;
        }

        if (right.Count == 0)
        {
            return left;
        }

        var count = left.Count + right.Count;
        var delta = right.Mean - left.Mean;
        return new Moments(
            count,
            left.Mean + (delta * right.Count / count),
            left.M2 + right.M2 + (delta * delta * left.Count * right.Count / count));
    }

    private static Moments Update(Moments state, double x)
    {
        var count = state.Count + 1;
        var delta = x - state.Mean;
        var mean = state.Mean + (delta / count);
        return new Moments(count, mean, state.M2 + (delta * (x - mean)));
    }

    private static void Check(Moments moments, string name)
    {
        if (moments.Count < 0 || moments.M2 < 0 || (moments.Count == 0 && (moments.Mean != 0 || moments.M2 != 0)))
        {
            throw new ArgumentException("Not the summary of any values.", name);
        }
    }
}
