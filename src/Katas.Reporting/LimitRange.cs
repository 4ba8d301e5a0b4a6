using System.Text.Json.Serialization;

namespace Katas.Reporting;

/// <summary>
/// How close the fastest reference solution comes to the <c>Limit</c> over every input a benchmark
/// method measured (every size and every other parameter, not the best input only): per input, the
/// fastest reference's median ÷ the <c>Limit</c>'s, and the least cold time ÷ the <c>Limit</c>'s cold time.
/// </summary>
/// <param name="Min">The smallest ratio over the inputs.</param>
/// <param name="Max">The largest ratio over the inputs.</param>
/// <param name="Inputs">How many inputs had both a reference and the <c>Limit</c> measured.</param>
/// <param name="Solutions">The references that were fastest on some input, most often first.</param>
/// <param name="ColdMin">The smallest cold ratio, or <see langword="null"/> when no cold call was measured.</param>
/// <param name="ColdMax">The largest cold ratio, or <see langword="null"/> when no cold call was measured.</param>
public sealed record LimitRange(double Min, double Max, int Inputs, IReadOnlyList<string> Solutions, double? ColdMin, double? ColdMax)
{
    /// <summary>Gets the range as the reports write it: <c>1.05–1.62× Limit</c>, or <c>1.05× Limit</c> when it is one value.</summary>
    [JsonIgnore]
    public string Text => Format(Min, Max);

    /// <summary>Gets the cold range as the reports write it, or <see langword="null"/> when no cold call was measured.</summary>
    [JsonIgnore]
    public string? ColdText => ColdMin is { } low && ColdMax is { } high ? Format(low, high) : null;

    /// <summary>
    /// The range over <paramref name="rows"/>: per input, the fastest of the rows whose implementation
    /// <paramref name="isReference"/> says is a reference solution (the <c>Limit</c> never is).
    /// </summary>
    /// <returns>The range, or <see langword="null"/> when no input had a reference and the <c>Limit</c> measured.</returns>
    public static LimitRange? Of(IEnumerable<ReportRow> rows, Func<string, bool> isReference)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(isReference);

        var perInput = rows
            .Where(r => !r.IsLimit && isReference(r.Result.Implementation))
            .GroupBy(r => r.Result.Input, StringComparer.Ordinal)
            .Select(input => (Fastest: input.Where(r => r.RatioToLimit is not null).MinBy(r => r.RatioToLimit), Cold: input.Min(r => r.ColdRatioToLimit)))
            .Where(input => input.Fastest is not null)
            .ToArray();
        if (perInput.Length == 0)
        {
            return null;
        }

        var ratios = perInput.Select(i => i.Fastest!.RatioToLimit!.Value).ToArray();
        var cold = perInput.Select(i => i.Cold).OfType<double>().ToArray();
        var solutions = perInput
            .GroupBy(i => i.Fastest!.Result.Implementation, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToArray();
        return new LimitRange(ratios.Min(), ratios.Max(), perInput.Length, solutions, cold.Length > 0 ? cold.Min() : null, cold.Length > 0 ? cold.Max() : null);
    }

    private static string Format(double low, double high) =>
        Units.Ratio(low) == Units.Ratio(high) ? $"{Units.Ratio(low)}× Limit" : $"{Units.Ratio(low)}–{Units.Ratio(high)}× Limit";
}
