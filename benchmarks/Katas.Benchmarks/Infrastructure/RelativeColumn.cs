using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Katas.Discovery;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// A column that divides a measurement of two cases that differ only in their <c>Implementation</c>
/// parameter: the case itself and a reference (the <c>Limit</c>, or the contract's baseline).
/// </summary>
public sealed class RelativeColumn : IColumn
{
    /// <summary>Time divided by the <c>Limit</c>'s time: 1.0 is the hardware floor, lower is impossible in theory.</summary>
    public static readonly IColumn ToLimit = new RelativeColumn(
        "×Limit", "Median time ÷ the Limit reference's median on the same input", _ => Contract.LimitName, Median, invert: false);

    /// <summary>The baseline's time divided by this time: how many times faster than typical published code.</summary>
    public static readonly IColumn SpeedupOverBaseline = new RelativeColumn(
        "Speed-up", "The baseline's median ÷ this median on the same input", BaselineName, Median, invert: true);

    /// <summary>The cold call's time divided by the <c>Limit</c>'s cold call on the same input.</summary>
    public static readonly IColumn ColdToLimit = new RelativeColumn(
        "Cold×Limit", "Cold time ÷ the Limit reference's cold time on the same input", _ => Contract.LimitName, Cold, invert: false);

    private readonly Func<BenchmarkCase, string?> _referenceName;
    private readonly Func<BenchmarkReport, double?> _value;
    private readonly bool _invert;

    private RelativeColumn(string columnName, string legend, Func<BenchmarkCase, string?> referenceName, Func<BenchmarkReport, double?> value, bool invert)
    {
        ColumnName = columnName;
        Id = nameof(RelativeColumn) + "." + columnName;
        Legend = legend;
        _referenceName = referenceName;
        _value = value;
        _invert = invert;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    /// <summary>Finds the case that differs from <paramref name="benchmarkCase"/> only in measuring <paramref name="implementation"/>.</summary>
    public static BenchmarkCase? Counterpart(Summary summary, BenchmarkCase benchmarkCase, string implementation)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        return summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Equals(benchmarkCase.Descriptor)
            && Value(other, "Implementation") == implementation
            && benchmarkCase.Parameters.Items.All(p => p.Name == "Implementation" || Value(other, p.Name) == p.Value?.ToString()));
    }

    /// <summary>Finds the reference case for <paramref name="benchmarkCase"/> and returns this median ÷ the reference's.</summary>
    public static double? Ratio(Summary summary, BenchmarkCase benchmarkCase, string referenceName) =>
        Ratio(summary, benchmarkCase, referenceName, Median);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = _referenceName(benchmarkCase);
        if (reference is null || Value(benchmarkCase, "Implementation") is null)
        {
            return "-";
        }

        var ratio = Ratio(summary, benchmarkCase, reference, _value);
        return ratio is { } r ? (_invert ? 1 / r : r).ToString("0.00", CultureInfo.InvariantCulture) : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    internal static double? Metric(BenchmarkReport? report, CallProfileMetric metric) =>
        report is not null && report.Metrics.TryGetValue(metric.Id, out var value) ? value.Value : null;

    private static double? Ratio(Summary summary, BenchmarkCase benchmarkCase, string referenceName, Func<BenchmarkReport, double?> value)
    {
        var reference = Counterpart(summary, benchmarkCase, referenceName);
        var mine = summary[benchmarkCase] is { } report ? value(report) : null;
        var theirs = reference is not null && summary[reference] is { } other ? value(other) : null;
        return mine is > 0 && theirs is > 0 ? mine / theirs : null;
    }

    private static double? Median(BenchmarkReport report) => report.ResultStatistics?.Median;

    private static double? Cold(BenchmarkReport report) => Metric(report, CallProfileMetric.ColdTime);

    private static string? Value(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value?.ToString();

    // The baseline is declared by the kata's contract: KataBenchmark<T>.Contract.Baseline.
    private static string? BaselineName(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.GetProperty("Contract", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null) is Contract contract
            ? contract.Find(contract.Baseline).Name
            : null;
}
