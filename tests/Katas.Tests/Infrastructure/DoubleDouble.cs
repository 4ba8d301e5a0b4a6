using System.Globalization;
using System.Numerics;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// A double-double: the unevaluated sum <see cref="High"/> + <see cref="Low"/> of two doubles, with
/// |Low| at most half an ulp of High, so about 106 significant bits. Enough to decide whether a double
/// result is within a few ulps of an exact value, at a few dozen flops per operation.
/// </summary>
/// <remarks>
/// The classic error-free transformations (Dekker 1971, Knuth's TwoSum) with the accurate addition of
/// the QD library (Hida, Li and Bailey). Products split their operands (Veltkamp), so nothing here
/// depends on fused multiply-add hardware: results are the same with every intrinsic disabled. Valid
/// for magnitudes up to about 2⁹⁹⁶ (the split overflows beyond).
/// </remarks>
/// <param name="High">The leading double: the value rounded to a double.</param>
/// <param name="Low">The trailing double: what rounding to <paramref name="High"/> left out.</param>
public readonly record struct DoubleDouble(double High, double Low) : IComparable<DoubleDouble>
{
    /// <summary>Zero.</summary>
    public static readonly DoubleDouble Zero = new(0, 0);

    /// <summary>One.</summary>
    public static readonly DoubleDouble One = new(1, 0);

    /// <summary>Gets whether the value is zero.</summary>
    public bool IsZero => High == 0;

    /// <summary>The exact value of <paramref name="value"/>.</summary>
    public static implicit operator DoubleDouble(double value) => new(value, 0);

    /// <summary>Adds two double-doubles, with a relative error of about 2⁻¹⁰⁶ (cancellation included).</summary>
    public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
    {
        var (sum, sumError) = TwoSum(a.High, b.High);
        var (tail, tailError) = TwoSum(a.Low, b.Low);
        sumError += tail;
        (sum, sumError) = FastTwoSum(sum, sumError);
        sumError += tailError;
        return Normalize(sum, sumError);
    }

    /// <summary>Negates.</summary>
    public static DoubleDouble operator -(DoubleDouble a) => new(-a.High, -a.Low);

    /// <summary>Subtracts.</summary>
    public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + (-b);

    /// <summary>Multiplies, with a relative error of about 2⁻¹⁰⁵.</summary>
    public static DoubleDouble operator *(DoubleDouble a, DoubleDouble b)
    {
        var (product, error) = TwoProduct(a.High, b.High);
        error += (a.High * b.Low) + (a.Low * b.High);
        return Normalize(product, error);
    }

    /// <summary>Divides (long division in three double steps), with a relative error of about 2⁻¹⁰⁴.</summary>
    public static DoubleDouble operator /(DoubleDouble a, DoubleDouble b)
    {
        var q1 = a.High / b.High;
        var remainder = a - (b * q1);
        var q2 = remainder.High / b.High;
        remainder -= b * q2;
        var q3 = remainder.High / b.High;
        return Normalize(q1, q2) + q3;
    }

    /// <summary>Compares by value.</summary>
    public static bool operator <(DoubleDouble a, DoubleDouble b) => a.CompareTo(b) < 0;

    /// <summary>Compares by value.</summary>
    public static bool operator >(DoubleDouble a, DoubleDouble b) => a.CompareTo(b) > 0;

    /// <summary>Compares by value.</summary>
    public static bool operator <=(DoubleDouble a, DoubleDouble b) => a.CompareTo(b) <= 0;

    /// <summary>Compares by value.</summary>
    public static bool operator >=(DoubleDouble a, DoubleDouble b) => a.CompareTo(b) >= 0;

    /// <summary>s + e = a + b exactly, with s = fl(a + b) (Knuth's TwoSum: no condition on a and b).</summary>
    public static (double Sum, double Error) TwoSum(double a, double b)
    {
        var sum = a + b;
        var bPart = sum - a;
        return (sum, (a - (sum - bPart)) + (b - bPart));
    }

    /// <summary>p + e = a · b exactly, with p = fl(a · b) (Dekker's product with Veltkamp's split: no FMA).</summary>
    public static (double Product, double Error) TwoProduct(double a, double b)
    {
        var product = a * b;
        var (aHigh, aLow) = Split(a);
        var (bHigh, bLow) = Split(b);
        return (product, (((aHigh * bHigh) - product) + (aHigh * bLow) + (aLow * bHigh)) + (aLow * bLow));
    }

    /// <summary>
    /// The exact value of <paramref name="numerator"/> / 2^<paramref name="fractionBits"/>, rounded to a
    /// double-double (each part rounded to nearest): for constants computed in <see cref="BigInteger"/>
    /// fixed point.
    /// </summary>
    public static DoubleDouble FromFixedPoint(BigInteger numerator, int fractionBits)
    {
        var high = RoundToDouble(numerator, fractionBits, out var rest);
        var low = RoundToDouble(rest, fractionBits, out _);
        return Normalize(high, low);
    }

    /// <summary>Parses a decimal number such as <c>4.248354255291588995329234782858658e-18</c> to the nearest double-double.</summary>
    public static DoubleDouble Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var exponentAt = text.IndexOfAny(['e', 'E']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }

        var digits = BigInteger.Parse(mantissa, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // digits · 10^exponent in fixed point with 128 bits beyond the value's last significant bit.
        var fractionBits = 128 + Math.Max(0, -exponent * 4);
        var scaled = exponent >= 0
            ? (digits * BigInteger.Pow(10, exponent)) << fractionBits
            : (digits << fractionBits) / BigInteger.Pow(10, -exponent);
        return FromFixedPoint(scaled, fractionBits);
    }

    /// <summary>Multiplies by 2^<paramref name="exponent"/>: exact unless the result underflows.</summary>
    public DoubleDouble ScaleB(int exponent) => new(Math.ScaleB(High, exponent), Math.ScaleB(Low, exponent));

    /// <summary>Gets the value rounded to a double (High, as the parts are normalised).</summary>
    public double ToDouble() => High;

    /// <inheritdoc/>
    public int CompareTo(DoubleDouble other) => High != other.High ? High.CompareTo(other.High) : Low.CompareTo(other.Low);

    /// <summary>Shows both parts, round-trippable.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{High:R} + {Low:R}");

    private static DoubleDouble Normalize(double high, double low)
    {
        var (sum, error) = FastTwoSum(high, low);
        return new(sum, error);
    }

    // s + e = a + b exactly when |a| ≥ |b| (or a is 0).
    private static (double Sum, double Error) FastTwoSum(double a, double b)
    {
        var sum = a + b;
        return (sum, b - (sum - a));
    }

    // a = high + low with each part 26 bits or fewer, so that their products are exact.
    private static (double High, double Low) Split(double a)
    {
        const double Splitter = 134217729.0; // 2²⁷ + 1
        var c = Splitter * a;
        var high = c - (c - a);
        return (high, a - high);
    }

    // numerator / 2^fractionBits rounded to the nearest double (ties to even), and the exact remainder
    // numerator − rounded·2^fractionBits, still over 2^fractionBits.
    private static double RoundToDouble(BigInteger numerator, int fractionBits, out BigInteger rest)
    {
        if (numerator.IsZero)
        {
            rest = BigInteger.Zero;
            return 0;
        }

        var magnitude = BigInteger.Abs(numerator);
        var shift = (int)magnitude.GetBitLength() - 53;
        BigInteger top;
        if (shift <= 0)
        {
            top = magnitude;
            shift = 0;
        }
        else
        {
            top = magnitude >> shift;
            var dropped = magnitude - (top << shift);
            var half = BigInteger.One << (shift - 1);
            if (dropped > half || (dropped == half && !top.IsEven))
            {
                top += 1;
            }
        }

        var signedTop = numerator.Sign < 0 ? -top : top;
        rest = numerator - (signedTop << shift);
        return Math.ScaleB((double)signedTop, shift - fractionBits);
    }
}
