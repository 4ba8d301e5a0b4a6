namespace Katas.Reporting;

/// <summary>
/// The cases of one benchmark method that share every input but the size and the implementation,
/// for example all of <c>K=16, Shape=Random</c>: one table in the report, one panel of the plot.
/// </summary>
/// <param name="Label">The shared inputs, for example <c>K=16, Shape=Random</c>, or an empty string when there are none.</param>
/// <param name="Rows">The cases, by size, then by implementation.</param>
/// <param name="Sizes">The distinct sizes measured, ascending; empty when the cases have no size.</param>
/// <param name="Slopes">The empirical slope of each implementation measured at two or more sizes.</param>
public sealed record ReportGroup(
    string Label,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<double> Sizes,
    IReadOnlyDictionary<string, double> Slopes)
{
    /// <summary>Gets whether two or more sizes were measured, so that there is a line to plot and a slope to fit.</summary>
    public bool Scales => Sizes.Count >= 2;

    internal static ReportGroup Build(string label, IReadOnlyList<BenchmarkResult> results, Func<BenchmarkResult, double?>? size, IReadOnlyList<string> order, string? baseline)
    {
        double? Size(BenchmarkResult r) => size?.Invoke(r);

        var rows = results
            .OrderBy(r => Size(r) ?? 0)
            .ThenBy(r => Rank(order, r.Implementation))
            .Select(r =>
            {
                var limit = r.Counterpart(results, KataReport.Limit);
                var reference = baseline is null ? null : r.Counterpart(results, baseline);
                return new ReportRow(r, Size(r), r.RatioTo(limit), r.RatioTo(reference), IsFastest: false)
                {
                    BestRatioToLimit = r.BestRatioTo(limit),
                    ColdRatioToLimit = r.ColdRatioTo(limit),
                    ScratchBytes = r.ScratchBeyond(limit),
                };
            })
            .ToArray();

        // The fastest solution (the Limit is not one) for each input, when there was a race.
        foreach (var input in rows.GroupBy(r => r.Result.Input, StringComparer.Ordinal))
        {
            var racers = input.Where(r => r.Result.Implementation != KataReport.Limit && r.Result.MedianNanoseconds is > 0).ToArray();
            if (racers.Length >= 2)
            {
                var best = racers.Min(r => r.Result.MedianNanoseconds);
                foreach (var fastest in racers.Where(r => r.Result.MedianNanoseconds == best))
                {
                    rows[Array.IndexOf(rows, fastest)] = fastest with { IsFastest = true };
                }
            }
        }

        var sizes = rows.Where(r => r.Size is not null).Select(r => r.Size!.Value).Distinct().Order().ToArray();
        var slopes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var series in rows.Where(r => r.Size is > 0 && r.Result.MedianNanoseconds is > 0).GroupBy(r => r.Result.Implementation, StringComparer.Ordinal))
        {
            if (Scaling.Slope(series.Select(r => (r.Size!.Value, r.Result.MedianNanoseconds!.Value))) is { } slope)
            {
                slopes[series.Key] = slope;
            }
        }

        return new ReportGroup(label, rows, sizes, slopes);
    }

    private static int Rank(IReadOnlyList<string> order, string implementation)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == implementation)
            {
                return i;
            }
        }

        return order.Count;
    }
}
