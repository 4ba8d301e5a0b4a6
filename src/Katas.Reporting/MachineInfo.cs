namespace Katas.Reporting;

/// <summary>The machine a benchmark ran on, as BenchmarkDotNet describes it.</summary>
public sealed record MachineInfo(string Processor, string OperatingSystem, string Runtime, int LogicalCores)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Processor}, {LogicalCores} logical cores, {OperatingSystem}, {Runtime}";
}
