using System.Numerics;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Exact rational numbers on <see cref="BigInteger"/>: every finite double is one (a dyadic rational,
/// m · 2^e), and sums, products and quotients of them stay exact. Slow, simple, and written without
/// reference to the library, so it can judge it.
/// </summary>
internal readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            (numerator, denominator) = (numerator / divisor, denominator / divisor);
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public static Rational Zero { get; } = new(BigInteger.Zero, BigInteger.One);

    public static Rational One { get; } = new(BigInteger.One, BigInteger.One);

    public BigInteger Numerator { get; }

    // Always positive (default(Rational) is not used: its denominator would be 0).
    public BigInteger Denominator { get; }

    public int Sign => Numerator.Sign;

    /// <summary>The fraction <paramref name="numerator"/> / <paramref name="denominator"/>, in lowest terms.</summary>
    public static Rational Of(BigInteger numerator, BigInteger denominator) =>
        denominator.IsZero ? throw new DivideByZeroException() : new(numerator, denominator);

    /// <summary>The exact value of a finite double.</summary>
    public static Rational From(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles are rational.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        var (mantissa, exponent) = biased == 0 ? (fraction, -1074) : (fraction | (1L << 52), biased - 1075);
        var numerator = new BigInteger(bits < 0 ? -mantissa : mantissa);
        return exponent >= 0
            ? new(numerator << exponent, BigInteger.One)
            : new(numerator, BigInteger.One << -exponent);
    }

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        b.Sign == 0 ? throw new DivideByZeroException() : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    public Rational Abs() => Sign < 0 ? -this : this;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    // Both are in lowest terms with a positive denominator, so equal values have equal parts.
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>The nearest double, to within an ulp or so (enough for the tolerances the tests use).</summary>
    public double ToDouble()
    {
        if (Sign == 0)
        {
            return 0;
        }

        // Keep 64 significant bits in an integer quotient, convert, then put the scale back.
        var magnitude = BigInteger.Abs(Numerator);
        var shift = (int)(magnitude.GetBitLength() - Denominator.GetBitLength()) - 64;
        var quotient = shift >= 0 ? magnitude / (Denominator << shift) : (magnitude << -shift) / Denominator;
        var value = Math.ScaleB((double)quotient, shift);
        return Sign < 0 ? -value : value;
    }

    public override string ToString() => $"{Numerator}/{Denominator}";
}
