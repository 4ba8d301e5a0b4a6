using Katas.Softmax;

namespace Katas.Tests.Softmax.Straightforward;

/// <summary>
/// The other sum the README allows: pairwise (recursive halves, as NumPy sums), with the maximum
/// subtracted and log1p written from its correction term. Special values handled first, the BCL's guards.
/// </summary>
public sealed class MaxShiftedPairwise : ISoftmax
{
    public double LogSumExp(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty)
        {
            return double.NegativeInfinity;
        }

        foreach (var value in x)
        {
            if (double.IsNaN(value))
            {
                return double.NaN;
            }
        }

        var max = double.NegativeInfinity;
        var top = -1;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                (max, top) = (x[i], i);
            }
        }

        if (double.IsInfinity(max))
        {
            return max;
        }

        // Every term but the largest (which is exactly 1), then log(1 + s).
        var terms = new double[x.Length - 1];
        for (int i = 0, j = 0; i < x.Length; i++)
        {
            if (i != top)
            {
                terms[j++] = Math.Exp(x[i] - max);
            }
        }

        var s = PairwiseSum(terms);
        var u = 1 + s;
        return max + (Math.Log(u) + ((s - (u - 1)) / u));
    }

    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (x.Length == 0)
        {
            throw new ArgumentException("Softmax needs at least one value.", nameof(x));
        }

        if (destination.Length != x.Length)
        {
            throw new ArgumentException("The destination has the wrong length.", nameof(destination));
        }

        if (x.Overlaps(destination, out var offset) && offset != 0)
        {
            throw new ArgumentException("The destination overlaps x.", nameof(destination));
        }

        var max = double.NegativeInfinity;
        var infinities = 0;
        foreach (var value in x)
        {
            if (double.IsNaN(value))
            {
                destination.Fill(double.NaN);
                return;
            }

            infinities += double.IsPositiveInfinity(value) ? 1 : 0;
            max = Math.Max(max, value);
        }

        if (infinities > 0)
        {
            for (var i = 0; i < x.Length; i++)
            {
                destination[i] = double.IsPositiveInfinity(x[i]) ? 1.0 / infinities : 0.0;
            }

            return;
        }

        if (max == double.NegativeInfinity)
        {
            throw new ArgumentException("All values are -infinity.", nameof(x));
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Math.Exp(x[i] - max);
        }

        var sum = PairwiseSum(destination);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] /= sum;
        }
    }

    private static double PairwiseSum(ReadOnlySpan<double> values)
    {
        if (values.Length <= 8)
        {
            var sum = 0.0;
            foreach (var value in values)
            {
                sum += value;
            }

            return sum;
        }

        var half = values.Length / 2;
        return PairwiseSum(values[..half]) + PairwiseSum(values[half..]);
    }
}
