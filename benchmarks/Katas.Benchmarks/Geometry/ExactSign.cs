using System.Numerics;
using Katas.Geometry;

namespace Katas.Benchmarks.Geometry;

/// <summary>
/// The definition the benchmarks check results against: the sign of (b − a) × (c − a) in
/// <see cref="BigInteger"/> arithmetic on the doubles' exact values, independent of the library.
/// </summary>
internal static class ExactSign
{
    public static int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        // Every finite double is an integer multiple of 2^-1074.
        BigInteger Scaled(double value)
        {
            var bits = BitConverter.DoubleToInt64Bits(value);
            var biased = (int)((bits >> 52) & 0x7FF);
            var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
            var (mantissa, exponent) = biased == 0 ? (fraction, -1074) : (fraction | (1L << 52), biased - 1075);
            return new BigInteger(bits < 0 ? -mantissa : mantissa) << (exponent + 1074);
        }

        var (ax, ay) = (Scaled(a.X), Scaled(a.Y));
        return ((Scaled(b.X) - ax) * (Scaled(c.Y) - ay) - (Scaled(b.Y) - ay) * (Scaled(c.X) - ax)).Sign;
    }
}
