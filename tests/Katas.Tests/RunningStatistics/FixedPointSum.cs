using System.Numerics;

namespace Katas.Tests.RunningStatistics;

/// <summary>
/// An exact sum of terms ±m · 2^e (m below 2¹²⁸, e at least a fixed lowest exponent) in a long
/// fixed-point accumulator: 32-bit digits held in 64-bit words, added to without carrying, so each term
/// costs a few integer additions rather than a <see cref="BigInteger"/> operation. The digits are carried
/// and turned into one <see cref="BigInteger"/> at the end.
/// </summary>
/// <remarks>
/// A term of up to 128 bits touches at most five consecutive digits, at most two of its pieces landing on
/// the same digit (each below 2³²), so a word moves by less than 2³³ per term: carrying every 2²⁹ terms
/// keeps every word inside a long.
/// </remarks>
internal sealed class FixedPointSum
{
    private readonly long[] _digits;
    private readonly int _lowestExponent;
    private readonly int _carryEvery;
    private int _sinceCarry;

    /// <param name="lowestExponent">The smallest e any term will have.</param>
    /// <param name="highestBit">A bound on the position (as a power of two) of the highest bit of any partial sum.</param>
    /// <param name="carryEvery">How many terms between carries: 2²⁹ at most (the tests of this class carry more often).</param>
    public FixedPointSum(int lowestExponent, int highestBit, int carryEvery = 1 << 29)
    {
        _lowestExponent = lowestExponent;
        _carryEvery = carryEvery;
        _digits = new long[((highestBit - lowestExponent) / 32) + 8];
    }

    /// <summary>Adds (or subtracts, when <paramref name="negative"/>) <paramref name="magnitude"/> · 2^<paramref name="exponent"/>.</summary>
    public void Add(UInt128 magnitude, int exponent, bool negative)
    {
        var offset = exponent - _lowestExponent;
        var index = offset >> 5;
        var shift = offset & 31;
        for (; magnitude != 0; magnitude >>= 32, index++)
        {
            var piece = (ulong)(magnitude & uint.MaxValue) << shift;
            var low = (long)(piece & uint.MaxValue);
            var high = (long)(piece >> 32);
            if (negative)
            {
                _digits[index] -= low;
                _digits[index + 1] -= high;
            }
            else
            {
                _digits[index] += low;
                _digits[index + 1] += high;
            }
        }

        if (++_sinceCarry == _carryEvery)
        {
            Carry();
        }
    }

    /// <summary>The sum, in units of 2^lowestExponent.</summary>
    public BigInteger ToBigInteger()
    {
        var total = BigInteger.Zero;
        for (var i = _digits.Length - 1; i >= 0; i--)
        {
            total = (total << 32) + _digits[i];
        }

        return total;
    }

    private void Carry()
    {
        for (var i = 0; i < _digits.Length - 1; i++)
        {
            var carry = _digits[i] >> 32;
            _digits[i] -= carry << 32;
            _digits[i + 1] += carry;
        }

        _sinceCarry = 0;
    }
}
