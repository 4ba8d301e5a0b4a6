using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>
/// A column that relates a case's measurement to the size of its answer, known from the case's
/// <c>Input</c> parameter (see <see cref="CombinationCase"/>).
/// </summary>
public sealed class PerCombinationColumn : IColumn
{
    /// <summary>Median nanoseconds per combination returned.</summary>
    public static readonly IColumn TimePerCombination = new PerCombinationColumn(
        "ns/comb",
        "Median time in nanoseconds ÷ the number of combinations returned",
        (report, answer) => report.ResultStatistics?.Median / answer.Count,
        "0.0");

    /// <summary>Allocated bytes per call ÷ the bytes of the returned combinations' arrays.</summary>
    public static readonly IColumn AllocatedPerAnswerByte = new PerCombinationColumn(
        "Alloc÷Answer",
        "Bytes allocated per call ÷ the bytes of the combinations' arrays themselves (1.0 = nothing but the combinations)",
        (report, answer) => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? (double)bytes / answer.AnswerBytes : null,
        "0.00");

    private readonly Func<BenchmarkReport, CombinationCase, double?> _value;
    private readonly string _format;

    private PerCombinationColumn(string columnName, string legend, Func<BenchmarkReport, CombinationCase, double?> value, string format)
    {
        ColumnName = columnName;
        Id = nameof(PerCombinationColumn) + "." + columnName;
        Legend = legend;
        _value = value;
        _format = format;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value;
        if (CombinationCase.For(input) is not { Count: > 0 } answer || summary[benchmarkCase] is not { } report)
        {
            return "-";
        }

        return _value(report, answer) is { } value ? value.ToString(_format, CultureInfo.InvariantCulture) : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
