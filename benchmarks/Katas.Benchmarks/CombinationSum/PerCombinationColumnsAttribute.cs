using BenchmarkDotNet.Attributes;

namespace Katas.Benchmarks.CombinationSum;

/// <summary>Adds the time per combination and the allocation per byte of answer to a benchmark's summary.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PerCombinationColumnsAttribute : ColumnConfigBaseAttribute
{
    public PerCombinationColumnsAttribute()
        : base(PerCombinationColumn.TimePerCombination, PerCombinationColumn.AllocatedPerAnswerByte)
    {
    }
}
