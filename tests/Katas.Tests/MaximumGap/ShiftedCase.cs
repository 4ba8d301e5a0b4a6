namespace Katas.Tests.MaximumGap;

/// <summary>An input and a constant that can be added to every value without overflow.</summary>
public sealed record ShiftedCase(GapCase Case, int Shift)
{
    /// <summary>Every value shifted.</summary>
    public int[] Shifted => Case.Nums.Select(v => v + Shift).ToArray();

    /// <summary>The shifts that keep every value of <paramref name="nums"/> inside the int range (0 is always one).</summary>
    public static (int Lowest, int Highest) ShiftWindow(int[] nums) =>
        nums.Length == 0
            ? (int.MinValue, int.MaxValue)
            : ((int)Math.Max(int.MinValue, (long)int.MinValue - nums.Min()), (int)Math.Min(int.MaxValue, (long)int.MaxValue - nums.Max()));

    /// <inheritdoc/>
    public override string ToString() => $"{Case}, shift = {Shift}";

    internal static IEnumerable<ShiftedCase> Shrink(ShiftedCase c)
    {
        if (c.Shift != 0)
        {
            yield return c with { Shift = c.Shift / 2 };
        }

        foreach (var smaller in GapCase.Shrink(c.Case))
        {
            var (lowest, highest) = ShiftWindow(smaller.Nums);
            if (c.Shift >= lowest && c.Shift <= highest)
            {
                yield return c with { Case = smaller };
            }
        }
    }
}
