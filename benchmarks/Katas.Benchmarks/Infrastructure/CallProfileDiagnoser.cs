using System.Collections.Concurrent;
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
/// Brings each case's <see cref="CallProfile"/> from its benchmark process to BenchmarkDotNet's summary
/// and JSON export, as the metrics of <see cref="CallProfileMetric"/>.
/// </summary>
/// <remarks>
/// BenchmarkDotNet 0.15.8 has no channel for an in-process measurement to reach the host (later versions
/// add <c>IInProcessDiagnoser</c>). The profile is measured by <see cref="KataBenchmark{T}"/>'s
/// <c>[GlobalCleanup]</c>, which runs in the benchmark process after the timed iterations, and published
/// as a small JSON file named by that process's id (<see cref="CallProfile.Publish"/>); this diagnoser
/// learns the id from the signals the running process sends and collects the file when the process
/// exits. It asks for no extra run. A case run in process (<c>--inProcess</c>) publishes under the
/// host's own id, collected when its results are processed.
/// </remarks>
public sealed class CallProfileDiagnoser : IDiagnoser
{
    /// <summary>The one instance.</summary>
    public static readonly CallProfileDiagnoser Default = new();

    private readonly ConcurrentDictionary<BenchmarkCase, CallProfile> _profiles = new();
    private readonly ConcurrentDictionary<BenchmarkCase, int> _processes = new();

    private CallProfileDiagnoser()
    {
    }

    /// <inheritdoc/>
    public IEnumerable<string> Ids => ["CallProfile"];

    /// <inheritdoc/>
    public IEnumerable<IExporter> Exporters => [];

    /// <inheritdoc/>
    public IEnumerable<IAnalyser> Analysers => [];

    /// <inheritdoc/>
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    /// <inheritdoc/>
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        // The signals the running process sends come with it; at exit BenchmarkDotNet passes none.
        if (signal != HostSignal.AfterProcessExit)
        {
            if (signal != HostSignal.BeforeProcessStart && parameters.Process is { } running && Id(running) is { } id)
            {
                _processes[parameters.BenchmarkCase] = id;
            }

            return;
        }

        if (_processes.TryRemove(parameters.BenchmarkCase, out var exited) && CallProfile.Collect(exited) is { } profile)
        {
            // With several launches, the best cold call and the least memory of any.
            _profiles.AddOrUpdate(parameters.BenchmarkCase, profile, (_, other) => other with
            {
                ColdNanoseconds = Math.Min(other.ColdNanoseconds, profile.ColdNanoseconds),
                ColdCalls = other.ColdCalls + profile.ColdCalls,
                ColdAllocatedBytes = Math.Min(other.ColdAllocatedBytes, profile.ColdAllocatedBytes),
                PooledPeakBytes = Math.Min(other.PooledPeakBytes, profile.PooledPeakBytes),
            });
        }
    }

    private static int? Id(System.Diagnostics.Process process)
    {
        try
        {
            return process.Id;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        if (_profiles.TryRemove(results.BenchmarkCase, out var profile))
        {
            return CallProfileMetric.Of(profile);
        }

        // In process (--inProcess, as `katas bench` runs), the case ran here and there is no process to
        // exit: its [GlobalCleanup] has published under this process's id before its results come here.
        return CallProfile.Collect(Environment.ProcessId) is { } here ? CallProfileMetric.Of(here) : [];
    }

    /// <inheritdoc/>
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
