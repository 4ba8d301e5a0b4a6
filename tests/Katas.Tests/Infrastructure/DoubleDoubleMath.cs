using System.Numerics;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// exp and log in double-double arithmetic, written from series alone: no <see cref="Math.Exp"/> or
/// <see cref="Math.Log(double)"/> anywhere, so that an oracle built on them is independent of the library the
/// code under test calls. Relative error about 1e-30, far below the ulps the tests care about.
/// </summary>
/// <remarks>
/// ln 2 comes from its series Σ 1/(k·2ᵏ) in 300-bit <see cref="BigInteger"/> fixed point. exp
/// reduces its argument to d = k·ln 2 + j·ln 2/256 + r with |r| ≤ ln 2/512, takes 2^(j/256) from a
/// table (each entry computed once from the Taylor series), and sums the Taylor series of eʳ to 11
/// terms. log solves eʸ = s by Newton's method from a first guess taken from s's exponent bits.
/// </remarks>
public static class DoubleDoubleMath
{
    private const int TableBits = 8;
    private const int TableSize = 1 << TableBits;
    private const int TaylorTerms = 11;
    private const int TableTerms = 36;

    // Static initialisers run in textual order: ln 2 first, the tables use it.
    /// <summary>Gets ln 2 to double-double precision, from its series.</summary>
    public static DoubleDouble Ln2 { get; } = ComputeLn2();

    private static readonly DoubleDouble[] InverseFactorials = ComputeInverseFactorials();
    private static readonly DoubleDouble[] PowersOfTwo = ComputePowersOfTwo();

    /// <summary>Returns eᵈ. Below e⁻⁷⁴⁶ (under half the smallest subnormal) it returns 0; the low part loses precision for results below about 1e-292.</summary>
    public static DoubleDouble Exp(DoubleDouble d) => Exp(d, 0);

    /// <summary>
    /// Returns eᵈ·2^<paramref name="scale"/>, scaled before it is rounded: full precision for results
    /// that are tiny unscaled (set scale to 600 to see the ulps of e⁻⁷⁰⁰).
    /// </summary>
    public static DoubleDouble Exp(DoubleDouble d, int scale)
    {
        if (double.IsNaN(d.High))
        {
            return new(double.NaN, 0);
        }

        if (d.High < -746 - (scale * Ln2.High))
        {
            return DoubleDouble.Zero;
        }

        if (d.High > 709.8)
        {
            return new(double.PositiveInfinity, 0);
        }

        // d = (256·k + j)·ln 2/256 + r.
        var steps = Math.Round(d.High * TableSize / Ln2.High);
        var r = d - (Ln2 * (steps / TableSize));
        var k = (int)Math.Floor(steps / TableSize);
        var j = (int)(steps - (k * TableSize));
        var series = Taylor(r);
        return (series * PowersOfTwo[j]).ScaleB(k + scale);
    }

    /// <summary>Returns the natural logarithm of <paramref name="s"/> &gt; 0 (NaN for s ≤ 0).</summary>
    public static DoubleDouble Log(DoubleDouble s)
    {
        if (!(s.High > 0))
        {
            return new(double.NaN, 0);
        }

        // s = 2ᵉ·f with f in [1, 2): log s = e·ln 2 + log f. First guess log f ≈ (f − 1) − (f − 1)²/2,
        // within 0.1; then Newton on eʸ − f: y ← y + f·e⁻ʸ − 1, quadratic, so six steps take 0.1 far below 1e-32.
        var e = Math.ILogB(s.High);
        var f = s.ScaleB(-e);
        var g = f.High - 1;
        DoubleDouble y = g - (g * g / 2);
        for (var step = 0; step < 6; step++)
        {
            y = y + (f * Exp(-y)) - DoubleDouble.One;
        }

        return y + (Ln2 * e);
    }

    // eʳ for |r| ≤ ln 2/512, by Horner on 1/j!: the first omitted term is below 1e-40.
    private static DoubleDouble Taylor(DoubleDouble r) => Taylor(r, TaylorTerms);

    private static DoubleDouble Taylor(DoubleDouble r, int terms)
    {
        var sum = InverseFactorials[terms];
        for (var j = terms - 1; j >= 0; j--)
        {
            sum = (sum * r) + InverseFactorials[j];
        }

        return sum;
    }

    private static DoubleDouble[] ComputeInverseFactorials()
    {
        var result = new DoubleDouble[TableTerms + 1];
        result[0] = DoubleDouble.One;
        for (var j = 1; j <= TableTerms; j++)
        {
            result[j] = result[j - 1] / j;
        }

        return result;
    }

    // 2^(j/256) = e^(j·ln 2/256), from the series itself: the argument is below 0.7, where 36 terms
    // leave out less than 1e-40.
    private static DoubleDouble[] ComputePowersOfTwo()
    {
        var table = new DoubleDouble[TableSize];
        for (var j = 0; j < TableSize; j++)
        {
            table[j] = Taylor(Ln2 * j / TableSize, TableTerms);
        }

        return table;
    }

    // ln 2 = Σ_{k ≥ 1} 1/(k·2ᵏ), in fixed point with 300 fraction bits: the terms beyond k = 300 and the
    // truncation of each term stay below 2⁻²⁹⁰.
    private static DoubleDouble ComputeLn2()
    {
        const int Bits = 300;
        var sum = BigInteger.Zero;
        for (var k = 1; k <= Bits; k++)
        {
            sum += (BigInteger.One << (Bits - k)) / k;
        }

        return DoubleDouble.FromFixedPoint(sum, Bits);
    }
}
