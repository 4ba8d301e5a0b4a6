using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// A column that divides medians of two cases that differ only in their <c>Implementation</c>
/// parameter: the case itself and a reference (the <c>Limit</c>, or the contract's baseline).
/// </summary>
public sealed class RelativeColumn : IColumn
{
    /// <summary>Time divided by the <c>Limit</c>'s time: 1.0 is the hardware floor, lower is impossible in theory.</summary>
    public static readonly IColumn ToLimit = new RelativeColumn(
        "×Limit", "Median time ÷ the Limit reference's median on the same input", _ => "Limit", invert: false);

    /// <summary>The baseline's time divided by this time: how many times faster than typical published code.</summary>
    public static readonly IColumn SpeedupOverBaseline = new RelativeColumn(
        "Speed-up", "The baseline's median ÷ this median on the same input", BaselineName, invert: true);

    private readonly Func<BenchmarkCase, string?> _referenceName;
    private readonly bool _invert;

    private RelativeColumn(string columnName, string legend, Func<BenchmarkCase, string?> referenceName, bool invert)
    {
        ColumnName = columnName;
        Id = nameof(RelativeColumn) + "." + columnName;
        Legend = legend;
        _referenceName = referenceName;
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

    /// <summary>Finds the reference case for <paramref name="benchmarkCase"/> and returns this ÷ reference (or the inverse).</summary>
    public static double? Ratio(Summary summary, BenchmarkCase benchmarkCase, string referenceName)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var reference = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Equals(benchmarkCase.Descriptor)
            && Value(other, "Implementation") == referenceName
            && benchmarkCase.Parameters.Items.All(p => p.Name == "Implementation" || Value(other, p.Name) == p.Value?.ToString()));
        var mine = summary[benchmarkCase]?.ResultStatistics?.Median;
        var theirs = reference is null ? null : summary[reference]?.ResultStatistics?.Median;
        return mine is > 0 && theirs is > 0 ? mine / theirs : null;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = _referenceName(benchmarkCase);
        if (reference is null || Value(benchmarkCase, "Implementation") is null)
        {
            return "-";
        }

        var ratio = Ratio(summary, benchmarkCase, reference);
        return ratio is { } r ? (_invert ? 1 / r : r).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static string? Value(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value?.ToString();

    // The baseline is declared by the kata's contract: KataBenchmark<T>.Contract.Baseline.
    private static string? BaselineName(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.GetProperty("Contract", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null) is Katas.Discovery.Contract contract
            ? contract.Baseline.Name
            : null;
}
