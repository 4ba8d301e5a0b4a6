using System.Numerics;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// The exact value of a double (every finite double is sign · mantissa · 2^exponent) and the double
/// nearest a rational number, rounded once, ties to even: what exact oracles need to state a result as
/// IEEE arithmetic would round it.
/// </summary>
public static class ExactDouble
{
    /// <summary>Splits a finite double into its sign, a mantissa below 2⁵³ and a power of two: value = ±mantissa · 2^exponent.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static (bool Negative, ulong Mantissa, int Exponent) Decompose(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles have an exact value.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        return biased == 0
            ? (bits < 0, fraction, -1074)
            : (bits < 0, fraction | (1UL << 52), biased - 1075);
    }

    /// <summary>
    /// The double nearest <paramref name="numerator"/> / <paramref name="denominator"/>, ties to even, as
    /// IEEE division would round it: subnormal when the value is that small, infinite when it is beyond
    /// <see cref="double.MaxValue"/> by half a unit in the last place or more.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive.</exception>
    public static double Round(BigInteger numerator, BigInteger denominator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(denominator.Sign, 0, nameof(denominator));

        if (numerator.IsZero)
        {
            return 0;
        }

        // Scale so that the integer quotient q has 55 or 56 bits, keep the remainder as a sticky bit.
        var magnitude = BigInteger.Abs(numerator);
        var scale = 55 - (int)(magnitude.GetBitLength() - denominator.GetBitLength());
        var quotient = BigInteger.DivRem(
            scale >= 0 ? magnitude << scale : magnitude,
            scale >= 0 ? denominator : denominator << -scale,
            out var remainder);

        // value = (q + remainder / d) · 2^-scale; keep 53 bits, or fewer where the result is subnormal.
        var bits = (int)quotient.GetBitLength();
        var drop = bits - 53;
        var lowestExponent = drop - scale;
        if (lowestExponent < -1074)
        {
            drop += -1074 - lowestExponent;
        }

        var mantissa = quotient >> drop;
        var rest = quotient - (mantissa << drop);
        var half = BigInteger.One << (drop - 1);
        if (rest > half || (rest == half && (!remainder.IsZero || !mantissa.IsEven)))
        {
            mantissa += 1;
        }

        var result = Math.ScaleB((double)mantissa, drop - scale);
        return numerator.Sign < 0 ? -result : result;
    }
}
