using BenchmarkDotNet.Attributes;
using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary><see cref="INonMaximumSuppression.Suppress"/> on detector output (see <see cref="NmsBenchmark"/>).</summary>
[MemoryDiagnoser]
public class SuppressBenchmarks : NmsBenchmark
{
    /// <inheritdoc/>
    protected override bool PerClass => false;

    [Benchmark]
    public int[] Suppress() => Run();
}
