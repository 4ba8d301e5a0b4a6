using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Katas.Benchmarks.MaximumGap;

/// <summary>
/// Median time ÷ the median of the reference method (see <see cref="CopyReferenceAttribute"/>) on the same
/// input: the case whose method is the reference and whose other parameters, <c>Implementation</c> aside, are equal.
/// </summary>
public sealed class CopyRatioColumn : IColumn
{
    private readonly string _method;

    public CopyRatioColumn(string method) => _method = method;

    public string Id => nameof(CopyRatioColumn) + "." + _method;

    public string ColumnName => "×Copy";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Median time ÷ the median of {_method} (copying the input into a new array) on the same input";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var reference = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.WorkloadMethod.Name == _method
            && benchmarkCase.Parameters.Items.All(p => p.Name == "Implementation" || Value(other, p.Name) == p.Value?.ToString()));
        var mine = summary[benchmarkCase]?.ResultStatistics?.Median;
        var theirs = reference is null ? null : summary[reference]?.ResultStatistics?.Median;
        return mine is > 0 && theirs is > 0
            ? (mine.Value / theirs.Value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
            : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static string? Value(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value?.ToString();
}
