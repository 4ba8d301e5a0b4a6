using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// What every kata benchmark shares: infeasible parameter combinations are left out; columns compare each
/// case with the <see cref="KataBenchmark{T}.Limit"/> reference and with the contract's baseline measured
/// on the same input in the same run; the memory diagnoser counts allocations, and the
/// <see cref="CallProfileDiagnoser"/> adds the cold time, the pooled memory and (with
/// <see cref="ScratchColumn"/>) the scratch memory of each case. The full JSON export feeds the report,
/// with the size of named inputs (<see cref="InputSizeDiagnoser"/>) when a benchmark declares one.
/// </summary>
/// <remarks>
/// Every job runs without BenchmarkDotNet's forced full collection before each iteration, and with
/// blocking (not background) collections; the in-process toolchain takes the latter from the project's
/// <c>ConcurrentGarbageCollection</c>. The warm loop measures the steady state. After a forced collection
/// the collector hands its free regions back to the system, so the next call that allocates tens of
/// megabytes (a sliding-window result, a partition) takes fresh pages, a stall of about 100 ms on a VM
/// where page faults are dear, charged to whichever iteration comes next; and a background collection
/// races the measured call for the second of two cores. Together they moved single iterations of the
/// Sliding Window Maximum <c>Limit</c> (n = 10⁷) between 2.2 and 10 ms in one report run; without them its
/// iterations stayed within 2.2–2.4 ms. A call made the way a program makes it once, fresh pages included,
/// is the cold column's, measured by the <see cref="CallProfileDiagnoser"/>.
/// </remarks>
public sealed class KataBenchmarkConfig : ManualConfig
{
    public KataBenchmarkConfig()
    {
        AddJob(Job.Default.WithGcForce(false).WithGcConcurrent(false).AsMutator());
        AddFilter(new SimpleFilter(IsFeasible));
        AddColumn(StatisticColumn.Median, RelativeColumn.ToLimit, RelativeColumn.SpeedupOverBaseline, RelativeColumn.ColdToLimit, ScratchColumn.Default);
        AddExporter(JsonExporter.Full);
        AddDiagnoser(MemoryDiagnoser.Default, InputSizeDiagnoser.Default, CallProfileDiagnoser.Default);
        HideColumns(Column.Error, Column.StdDev);
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(30);
    }

    /// <summary>Creates the benchmark object with the case's parameters set and asks it whether the case is feasible.</summary>
    public static bool IsFeasible(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var property = benchmarkCase.Descriptor.Type.GetProperty("IsFeasible");
        return property?.GetValue(CreateInstance(benchmarkCase)) is not false;
    }

    /// <summary>Creates the benchmark object of <paramref name="benchmarkCase"/> with the case's parameters set, without running its setup.</summary>
    public static object CreateInstance(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        var instance = Activator.CreateInstance(benchmarkCase.Descriptor.Type)!;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            ParameterSetter.Set(instance, parameter.Name, parameter.Value);
        }

        return instance;
    }
}
