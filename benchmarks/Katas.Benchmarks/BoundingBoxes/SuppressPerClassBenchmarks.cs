using BenchmarkDotNet.Attributes;
using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary><see cref="INonMaximumSuppression.SuppressPerClass"/> on detector output with 80 classes (see <see cref="NmsBenchmark"/>).</summary>
[MemoryDiagnoser]
public class SuppressPerClassBenchmarks : NmsBenchmark
{
    /// <inheritdoc/>
    protected override bool PerClass => true;

    [Benchmark]
    public int[] SuppressPerClass() => Run();
}
