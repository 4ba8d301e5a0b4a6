using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.RunningStatistics;

/// <summary>
/// Values k·2⁻ᵉ (k from −1 000 to 1 000) and a shift K·2⁻ᵉ, so that every shifted value is exact and the
/// law is about the algorithm, not about rounding the data; |K| is at most 9·10⁵ times the values' spread,
/// inside the contract.
/// </summary>
public sealed record ShiftCase(int[] Units, int Exponent, long ShiftUnits)
{
    public static Arbitrary<ShiftCase> Any { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(2, 3 + (3 * size))).SelectMany(n =>
            Gen.Choose(-1000, 1000).ArrayOf(n).SelectMany(units =>
                Gen.Choose(0, 40).SelectMany(exponent =>
                    Gen.Choose(-900_000, 900_000).Select(ratio => new ShiftCase(units, exponent, (long)(ratio * Spread(units))))))),
        Shrink);

    public double Shift => Math.ScaleB(ShiftUnits, -Exponent);

    public double[] Values => Units.Select(k => Math.ScaleB(k, -Exponent)).ToArray();

    public double[] Shifted => Units.Select(k => Math.ScaleB(k + ShiftUnits, -Exponent)).ToArray();

    /// <inheritdoc/>
    public override string ToString() => $"values = {Sample.Show(Values)}, shift = {Shift:R}";

    private static double Spread(int[] units)
    {
        var mean = units.Average();
        return Math.Sqrt(units.Sum(k => (k - mean) * (k - mean)) / units.Length);
    }

    private static IEnumerable<ShiftCase> Shrink(ShiftCase c)
    {
        if (c.Units.Length > 2)
        {
            yield return c with { Units = c.Units[1..], ShiftUnits = 0 };
        }

        if (c.ShiftUnits != 0)
        {
            yield return c with { ShiftUnits = c.ShiftUnits / 2 };
        }
    }
}
