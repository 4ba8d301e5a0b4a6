using System.Numerics;

namespace Katas.Geometry.Solutions;

/// <summary>
/// An exact dyadic rational m · 2^e with a <see cref="BigInteger"/> m: every finite double is one, and
/// sums, differences and products of them stay exact. The last resort of <see cref="ExactGeometry"/>,
/// for inputs outside the range its floating-point expansions cover.
/// </summary>
/// <remarks>Each operation is O(b) or O(b²) in the bit length b, which stays below a few thousand for products of doubles.</remarks>
internal readonly struct Dyadic
{
    private readonly BigInteger _mantissa;
    private readonly int _exponent;

    private Dyadic(BigInteger mantissa, int exponent)
    {
        _mantissa = mantissa;
        _exponent = mantissa.IsZero ? 0 : exponent;
    }

    /// <summary>Gets the sign of the value: −1, 0 or +1.</summary>
    public int Sign => _mantissa.Sign;

    /// <summary>The exact value of a finite double.</summary>
    public static Dyadic From(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        var (mantissa, exponent) = biased == 0 ? (fraction, -1074) : (fraction | (1L << 52), biased - 1075);
        return new(bits < 0 ? -mantissa : mantissa, exponent);
    }

    public static Dyadic operator +(Dyadic a, Dyadic b)
    {
        // Stryker disable once Block : equivalent, a zero has exponent 0, so the general sum below gives b exactly
        if (a._mantissa.IsZero)
        {
            return b;
        }

        // Stryker disable once Block : equivalent, a zero has exponent 0, so the general sum below gives a exactly
        if (b._mantissa.IsZero)
        {
            return a;
        }

        return a._exponent <= b._exponent
            ? new(a._mantissa + (b._mantissa << (b._exponent - a._exponent)), a._exponent)
            : new((a._mantissa << (a._exponent - b._exponent)) + b._mantissa, b._exponent);
    }

    public static Dyadic operator -(Dyadic a) => new(-a._mantissa, a._exponent);

    public static Dyadic operator -(Dyadic a, Dyadic b) => a + -b;

    public static Dyadic operator *(Dyadic a, Dyadic b) => new(a._mantissa * b._mantissa, a._exponent + b._exponent);

    /// <summary>n / d rounded to a double (to within an ulp; infinities and zero where the quotient leaves the double range).</summary>
    public static double Divide(Dyadic n, Dyadic d)
    {
        if (d._mantissa.IsZero)
        {
            throw new DivideByZeroException();
        }

        // Stryker disable once Block : equivalent, a zero numerator gives an integer quotient 0 below and +0 after the sign
        if (n._mantissa.IsZero)
        {
            return 0;
        }

        // Keep 64 significant bits in an integer quotient, convert, then restore the power of two.
        var (numerator, denominator) = (BigInteger.Abs(n._mantissa), BigInteger.Abs(d._mantissa));
        var shift = (int)(numerator.GetBitLength() - denominator.GetBitLength()) - 64;
        var quotient = shift >= 0 ? numerator / (denominator << shift) : (numerator << -shift) / denominator;
        var magnitude = ScaleB((double)quotient, (long)shift + n._exponent - d._exponent);
        // Stryker disable once Arithmetic : equivalent, both signs are -1 or +1 here (zeros were handled above), and for those s / t = s * t
        return n._mantissa.Sign * d._mantissa.Sign < 0 ? -magnitude : magnitude;
    }

    // Math.ScaleB takes an int; the exponent of a quotient of huge dyadics can exceed it only when the
    // result is certainly zero or infinite.
    private static double ScaleB(double value, long exponent) =>
        Math.ScaleB(value, (int)Math.Clamp(exponent, -4000, 4000));
}
