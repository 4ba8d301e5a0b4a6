using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Katas.Discovery;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// The scratch memory of a case: the bytes a cold call obtains from the garbage collector (pooled buffers
/// included, since the pools are emptied first) less what the <c>Limit</c> obtains on the same input,
/// which is the output every solution must allocate. See <see cref="CallProfiler"/>.
/// </summary>
public sealed class ScratchColumn : IColumn
{
    /// <summary>The one instance.</summary>
    public static readonly IColumn Default = new ScratchColumn();

    private ScratchColumn()
    {
    }

    public string Id => nameof(ScratchColumn);

    public string ColumnName => "Scratch";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes a cold call obtains from the GC, pooled buffers included (the pools are emptied first), less the Limit's (the output)";

    /// <summary>The case's scratch bytes, or <see langword="null"/> when it or its <c>Limit</c> has no profile.</summary>
    public static long? Bytes(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var limit = RelativeColumn.Counterpart(summary, benchmarkCase, Contract.LimitName);
        var mine = RelativeColumn.Metric(summary[benchmarkCase], CallProfileMetric.ColdAllocated);
        var floor = limit is null ? null : RelativeColumn.Metric(summary[limit], CallProfileMetric.ColdAllocated);
        return mine is { } m && floor is { } f ? (long)Math.Max(0, m - f) : null;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Bytes(summary, benchmarkCase) is { } bytes ? Format(bytes) : "?";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static string Format(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : $"{value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {units[unit]}";
    }
}
