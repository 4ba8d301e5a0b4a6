using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>The metrics of a <see cref="CallProfile"/>, as <see cref="CallProfileDiagnoser"/> reports them to BenchmarkDotNet (columns and the JSON export).</summary>
public sealed class CallProfileMetric : IMetricDescriptor
{
    /// <summary>The best cold call's time per operation, in nanoseconds: the <c>Cold</c> column.</summary>
    public static readonly CallProfileMetric ColdTime = new(
        "ColdTime", "Cold", "Best time of a cold call: after emptying the array pools it rents from and a full, blocking, compacting collection",
        UnitType.Time, "ns", shown: true);

    /// <summary>The bytes a cold call obtains from the garbage collector (the scratch column subtracts the Limit's).</summary>
    public static readonly CallProfileMetric ColdAllocated = new(
        "ColdAllocated", "Cold allocated", "Bytes a cold call obtains from the GC, its result and the buffers of the emptied pools included",
        UnitType.Size, "B", shown: false);

    /// <summary>The most bytes held rented from array pools at once during a call: the <c>Pooled</c> column, shown when some case rents.</summary>
    public static readonly CallProfileMetric PooledPeak = new(
        "PooledPeak", "Pooled", "The most bytes a call holds rented from array pools at once (counted in Scratch)",
        UnitType.Size, "B", shown: true);

    /// <summary>The widest hardware-accelerated vector in the benchmark process, in bits (not a column: the report's machine line names it).</summary>
    public static readonly CallProfileMetric VectorBits = new(
        "VectorBits", "Vector bits", "The widest hardware-accelerated vector in the benchmark process (512, 256, 128 or 0)",
        UnitType.Dimensionless, "", shown: false);

    private readonly bool _shown;

    private CallProfileMetric(string id, string displayName, string legend, UnitType unitType, string unit, bool shown)
    {
        Id = id;
        DisplayName = displayName;
        Legend = legend;
        UnitType = unitType;
        Unit = unit;
        _shown = shown;
    }

    /// <summary>Gets every metric of a profile.</summary>
    public static IReadOnlyList<CallProfileMetric> All { get; } = [ColdTime, ColdAllocated, PooledPeak, VectorBits];

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <inheritdoc/>
    public string Legend { get; }

    /// <inheritdoc/>
    public string NumberFormat => "0.##";

    /// <inheritdoc/>
    public UnitType UnitType { get; }

    /// <inheritdoc/>
    public string Unit { get; }

    /// <inheritdoc/>
    public bool TheGreaterTheBetter => false;

    /// <inheritdoc/>
    public int PriorityInCategory => 10;

    /// <inheritdoc/>
    public bool GetIsAvailable(Metric metric) => _shown && (this != PooledPeak || metric?.Value > 0);

    /// <summary>The metrics of <paramref name="profile"/>.</summary>
    public static IEnumerable<Metric> Of(CallProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);

        yield return new Metric(ColdTime, profile.ColdNanoseconds);
        yield return new Metric(ColdAllocated, profile.ColdAllocatedBytes);
        yield return new Metric(PooledPeak, profile.PooledPeakBytes);
        yield return new Metric(VectorBits, profile.VectorBits);
    }
}
