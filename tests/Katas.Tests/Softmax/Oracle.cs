using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// The exact answers, to about 1e-30 relative, in double-double arithmetic with exp and log from series
/// (<see cref="DoubleDoubleMath"/>): independent of <see cref="Math.Exp"/>, <see cref="Math.Log(double)"/> and
/// the library. For inputs whose values are finite or −∞, at least one finite.
/// </summary>
internal static class Oracle
{
    /// <summary>The exact log-sum-exp m + L, and L = log Σ exp(xᵢ − m) itself, with m the maximum.</summary>
    public static (DoubleDouble Value, DoubleDouble L, double Max) LogSumExp(ReadOnlySpan<double> x)
    {
        var (max, terms) = Terms(x);
        return LogSumExp(max, Sum(terms));
    }

    /// <summary>The exact log-sum-exp from the maximum and the exact Σ exp(xᵢ − m).</summary>
    public static (DoubleDouble Value, DoubleDouble L, double Max) LogSumExp(double max, DoubleDouble sum)
    {
        var l = DoubleDoubleMath.Log(sum);
        return (max + l, l, max);
    }

    /// <summary>The exact softmax: exp(xᵢ − m) / Σ exp(xⱼ − m).</summary>
    public static DoubleDouble[] Softmax(ReadOnlySpan<double> x) => Normalise(Terms(x).Terms);

    /// <summary>Divides every term by their sum, in place, and returns the terms.</summary>
    public static DoubleDouble[] Normalise(DoubleDouble[] terms)
    {
        var inverse = DoubleDouble.One / Sum(terms);
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] *= inverse;
        }

        return terms;
    }

    /// <summary>The exact sum of double-doubles (to about 1e-30 relative for positive terms).</summary>
    public static DoubleDouble Sum(ReadOnlySpan<DoubleDouble> terms)
    {
        var sum = DoubleDouble.Zero;
        foreach (var term in terms)
        {
            sum += term;
        }

        return sum;
    }

    /// <summary>The logistic function 1 / (1 + e⁻ᵗ) of the exact difference <paramref name="a"/> − <paramref name="b"/>.</summary>
    public static DoubleDouble Logistic(double a, double b)
    {
        var (difference, error) = DoubleDouble.TwoSum(a, -b);
        var t = new DoubleDouble(difference, 0) + error;

        // Written so that the exponential never overflows: eᵗ/(1 + eᵗ) for t < 0.
        if (t.High < 0)
        {
            var e = DoubleDoubleMath.Exp(t);
            return e / (DoubleDouble.One + e);
        }

        return DoubleDouble.One / (DoubleDouble.One + DoubleDoubleMath.Exp(-t));
    }

    /// <summary>
    /// The log-sum-exp bound of the contract: 2 ulps of the exact value plus 2 ulps of max(|m|, L).
    /// </summary>
    public static double LogSumExpBound(DoubleDouble exact, DoubleDouble l, double max) =>
        (2 * Ulp(exact)) + (2 * Ulp(Math.Abs(max) >= l.High ? Math.Abs(max) : l));

    /// <summary>
    /// The spacing of the doubles at the exact value |v|: of the binade it lies in, so a value just
    /// below a power of two gets the finer spacing below it.
    /// </summary>
    public static double Ulp(DoubleDouble v)
    {
        var magnitude = Math.Abs(v.High);
        if (magnitude == 0)
        {
            return double.Epsilon;
        }

        var up = Math.BitIncrement(magnitude) - magnitude;
        var down = magnitude - Math.BitDecrement(magnitude);
        var belowPowerOfTwo = down < up && Math.Sign(v.Low) == -Math.Sign(v.High);
        return belowPowerOfTwo || double.IsInfinity(up) ? down : up;
    }

    /// <summary>|actual − exact| as a double (exact enough: the difference of close values is exact).</summary>
    public static double Error(double actual, DoubleDouble exact) => Math.Abs((actual - exact.High) - exact.Low);

    /// <summary>The maximum and every exp(xᵢ − max), each difference taken exactly (TwoSum) before the exponential.</summary>
    /// <remarks>Each distinct value's exponential is computed once, so inputs of a million values drawn from a few thousand cost a few thousand.</remarks>
    public static (double Max, DoubleDouble[] Terms) Terms(ReadOnlySpan<double> x)
    {
        var max = double.NegativeInfinity;
        foreach (var value in x)
        {
            max = Math.Max(max, value);
        }

        if (!double.IsFinite(max))
        {
            throw new ArgumentException("The oracle takes finite values and −∞, at least one finite.", nameof(x));
        }

        var terms = new DoubleDouble[x.Length];
        var known = new Dictionary<double, DoubleDouble>();
        for (var i = 0; i < x.Length; i++)
        {
            if (!known.TryGetValue(x[i], out terms[i]))
            {
                // Below −746 the term is under half the smallest subnormal (and x − max may even overflow).
                var (difference, error) = DoubleDouble.TwoSum(x[i], -max);
                terms[i] = difference < -746 ? DoubleDouble.Zero : DoubleDoubleMath.Exp(new DoubleDouble(difference, 0) + error);
                known[x[i]] = terms[i];
            }
        }

        return (max, terms);
    }
}
