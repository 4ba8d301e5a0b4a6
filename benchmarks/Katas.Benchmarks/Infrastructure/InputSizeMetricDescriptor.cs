using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>The <see cref="InputSizeDiagnoser"/>'s metric: a count, displayed under what it counts.</summary>
/// <param name="displayName">What the size counts, for example <c>Combinations</c>: the column's header and the report's axis label.</param>
public sealed class InputSizeMetricDescriptor(string displayName) : IMetricDescriptor
{
    /// <inheritdoc/>
    public string Id => InputSizeDiagnoser.Id;

    /// <inheritdoc/>
    public string DisplayName { get; } = displayName;

    /// <inheritdoc/>
    public string Legend => $"The size of the case's input, in {DisplayName.ToLowerInvariant()}: the x axis of the benchmark report's plot";

    /// <inheritdoc/>
    public string NumberFormat => "N0";

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Unit => "";

    /// <inheritdoc/>
    public bool TheGreaterTheBetter => false;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool GetIsAvailable(Metric metric) => true;
}
