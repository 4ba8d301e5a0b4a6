namespace Katas.RunningStatistics.Solutions;

/// <summary>
/// An unevaluated sum <see cref="Hi"/> + <see cref="Lo"/> of two doubles, |Lo| ≤ ulp(Hi) / 2: about 106
/// significant bits from double arithmetic alone (Dekker; Knuth's TwoSum; the FMA for exact products).
/// </summary>
/// <remarks>
/// Every operation is built from error-free transformations (the rounding error of a + b, or of a · b,
/// is itself a double, computed exactly), so each result is within a few units of 2⁻¹⁰⁶ relative of the
/// exact one, and multiplying every input by a power of two multiplies the result by it exactly.
/// </remarks>
internal readonly struct DoubleDouble
{
    public DoubleDouble(double hi, double lo = 0)
    {
        Hi = hi;
        Lo = lo;
    }

    /// <summary>Gets the leading part, the sum rounded to a double.</summary>
    public double Hi { get; }

    /// <summary>Gets the trailing part: what the leading part misses.</summary>
    public double Lo { get; }

    /// <summary>Gets the value rounded to a double.</summary>
    public double Value => Hi + Lo;

    /// <summary>a + b exactly, as the rounded sum and its rounding error (Knuth's TwoSum: no condition on a and b).</summary>
    public static DoubleDouble TwoSum(double a, double b)
    {
        var sum = a + b;
        var bPart = sum - a;
        var error = (a - (sum - bPart)) + (b - bPart);
        return new(sum, error);
    }

    /// <summary>a · b exactly, as the rounded product and its rounding error (one fused multiply-add).</summary>
    public static DoubleDouble TwoProduct(double a, double b)
    {
        var product = a * b;
        return new(product, Math.FusedMultiplyAdd(a, b, -product));
    }

    public static DoubleDouble operator -(DoubleDouble a) => new(-a.Hi, -a.Lo);

    public static DoubleDouble operator +(DoubleDouble a, double b)
    {
        var sum = TwoSum(a.Hi, b);
        return TwoSum(sum.Hi, sum.Lo + a.Lo);
    }

    public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
    {
        // The accurate sum (both parts added with TwoSum), not the sloppy one that loses everything
        // when a.Hi and b.Hi cancel; TwoSum again to renormalise, since after a cancellation the
        // trailing parts may outweigh what is left of the leading ones.
        var high = TwoSum(a.Hi, b.Hi);
        var low = TwoSum(a.Lo, b.Lo);
        var first = TwoSum(high.Hi, high.Lo + low.Hi);
        return TwoSum(first.Hi, first.Lo + low.Lo);
    }

    public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + -b;

    public static DoubleDouble operator *(DoubleDouble a, double b)
    {
        var product = TwoProduct(a.Hi, b);
        return Renormalize(product.Hi, Math.FusedMultiplyAdd(a.Lo, b, product.Lo));
    }

    public static DoubleDouble operator *(DoubleDouble a, DoubleDouble b)
    {
        var product = TwoProduct(a.Hi, b.Hi);
        return Renormalize(product.Hi, product.Lo + ((a.Hi * b.Lo) + (a.Lo * b.Hi)));
    }

    public static DoubleDouble operator /(DoubleDouble a, double b)
    {
        // Long division: three quotient digits, each remainder computed exactly.
        var q1 = a.Hi / b;
        var remainder = a - TwoProduct(q1, b);
        var q2 = remainder.Hi / b;
        remainder -= TwoProduct(q2, b);
        var q3 = remainder.Hi / b;
        return Renormalize(q1, q2) + q3;
    }

    /// <summary>Folds b into a when |a| ≥ |b| (or a is 0): Dekker's FastTwoSum.</summary>
    private static DoubleDouble Renormalize(double a, double b)
    {
        var sum = a + b;
        return new(sum, b - (sum - a));
    }
}
