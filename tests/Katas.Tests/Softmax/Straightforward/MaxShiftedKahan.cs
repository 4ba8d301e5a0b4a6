using Katas.Softmax;

namespace Katas.Tests.Softmax.Straightforward;

/// <summary>
/// What a learner who read only the README writes: special values first, the BCL's guards, the maximum
/// subtracted, a Kahan–Neumaier compensated sum, and log1p by the trick the README's hint gives.
/// </summary>
public sealed class MaxShiftedKahan : ISoftmax
{
    public double LogSumExp(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty)
        {
            return double.NegativeInfinity;
        }

        if (HasNaN(x))
        {
            return double.NaN;
        }

        var max = Max(x, out var top);
        if (double.IsInfinity(max))
        {
            return max;
        }

        double sum = 0, compensation = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (i == top)
            {
                continue;
            }

            var term = Math.Exp(x[i] - max);
            var t = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }

        return max + Log1p(sum + compensation);
    }

    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (x.IsEmpty)
        {
            throw new ArgumentException("x is empty.", nameof(x));
        }

        if (destination.Length != x.Length)
        {
            throw new ArgumentException("destination must be as long as x.", nameof(destination));
        }

        if (x.Overlaps(destination, out var offset) && offset != 0)
        {
            throw new ArgumentException("destination overlaps x.", nameof(destination));
        }

        if (HasNaN(x))
        {
            destination.Fill(double.NaN);
            return;
        }

        var max = Max(x, out _);
        if (double.IsNegativeInfinity(max))
        {
            throw new ArgumentException("Every value is -infinity.", nameof(x));
        }

        if (double.IsPositiveInfinity(max))
        {
            var infinities = x.Count(double.PositiveInfinity);
            for (var i = 0; i < x.Length; i++)
            {
                destination[i] = double.IsPositiveInfinity(x[i]) ? 1.0 / infinities : 0;
            }

            return;
        }

        double sum = 0, compensation = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var term = Math.Exp(x[i] - max);
            destination[i] = term;
            var t = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }

        var total = sum + compensation;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] /= total;
        }
    }

    // The README's hint: log(1 + s) = log(u) · s / (u − 1) with u = 1 + s rounded (Goldberg's trick).
    private static double Log1p(double s)
    {
        var u = 1 + s;
        return u == 1 ? s : Math.Log(u) * s / (u - 1);
    }

    private static double Max(ReadOnlySpan<double> x, out int top)
    {
        top = 0;
        for (var i = 1; i < x.Length; i++)
        {
            if (x[i] > x[top])
            {
                top = i;
            }
        }

        return x[top];
    }

    private static bool HasNaN(ReadOnlySpan<double> x)
    {
        foreach (var value in x)
        {
            if (double.IsNaN(value))
            {
                return true;
            }
        }

        return false;
    }
}
