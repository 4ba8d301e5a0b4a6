using Katas.Softmax;

namespace Katas.Tests.Softmax;

/// <summary>
/// The formula as it reads: exp, sum, divide (and log of the sum). Not a solution: it lives here, out of
/// discovery's reach, to show in <see cref="TextbookFailureTests"/> how it fails.
/// </summary>
internal sealed class ExpThenDivide : ISoftmax
{
    public double LogSumExp(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        foreach (var value in x)
        {
            sum += Math.Exp(value);
        }

        return Math.Log(sum);
    }

    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        var sum = 0.0;
        foreach (var value in x)
        {
            sum += Math.Exp(value);
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Math.Exp(x[i]) / sum;
        }
    }
}

/// <summary>
/// The stable formula done almost right: the maximum subtracted and log1p for log-sum-exp, but a plain
/// running sum. It never overflows, yet misses the accuracy bounds on long inputs.
/// </summary>
internal sealed class PlainRunningSum : ISoftmax
{
    public double LogSumExp(ReadOnlySpan<double> x)
    {
        var max = double.NegativeInfinity;
        var top = -1;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                (max, top) = (x[i], i);
            }
        }

        var others = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            if (i != top)
            {
                others += Math.Exp(x[i] - max);
            }
        }

        // An accurate log1p, so that only the sum is to blame.
        var u = 1 + others;
        return max + (Math.Log(u) + ((others - (u - 1)) / u));
    }

    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        var max = double.NegativeInfinity;
        foreach (var value in x)
        {
            max = Math.Max(max, value);
        }

        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Math.Exp(x[i] - max);
            sum += destination[i];
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] /= sum;
        }
    }
}
