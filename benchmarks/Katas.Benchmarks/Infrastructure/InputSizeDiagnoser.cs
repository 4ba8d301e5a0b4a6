using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Reports each case's <see cref="KataBenchmark{T}.InputSize"/> as the metric <see cref="Id"/>, so that
/// it reaches the summary (a column) and the JSON export, where the benchmark report uses it as the size
/// of inputs that are named rather than sized.
/// </summary>
/// <remarks>
/// It measures nothing: the size is a property of the case's parameters, computed in the host process
/// by a fresh benchmark object (as <see cref="KataBenchmarkConfig.IsFeasible"/> does), so it adds no run.
/// </remarks>
public sealed class InputSizeDiagnoser : IDiagnoser
{
    /// <summary>The metric's identifier in the JSON export; the report reads the size from it.</summary>
    public const string Id = "InputSize";

    /// <summary>The one instance: it keeps no state.</summary>
    public static readonly InputSizeDiagnoser Default = new();

    private InputSizeDiagnoser()
    {
    }

    /// <inheritdoc/>
    public IEnumerable<string> Ids => [Id];

    /// <inheritdoc/>
    public IEnumerable<IExporter> Exporters => [];

    /// <inheritdoc/>
    public IEnumerable<IAnalyser> Analysers => [];

    /// <inheritdoc/>
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    /// <inheritdoc/>
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        if (Size(results.BenchmarkCase) is ({ } size, var name))
        {
            yield return new Metric(new InputSizeMetricDescriptor(name), size);
        }
    }

    /// <inheritdoc/>
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    /// <summary>The case's input size and what it counts, or a <see langword="null"/> size when the benchmark declares none.</summary>
    public static (double? Size, string Name) Size(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var instance = KataBenchmarkConfig.CreateInstance(benchmarkCase);
        var type = benchmarkCase.Descriptor.Type;
        var size = type.GetProperty(nameof(KataBenchmark<object>.InputSize))?.GetValue(instance) as double?;
        var name = type.GetProperty(nameof(KataBenchmark<object>.InputSizeName))?.GetValue(instance) as string;
        return (size, name ?? Id);
    }
}
