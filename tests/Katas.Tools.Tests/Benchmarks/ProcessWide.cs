namespace Katas.Tools.Tests.Benchmarks;

/// <summary>
/// Tests that watch the whole process (every array pool, every allocating thread) or force full
/// collections: they run alone, after the parallel tests, so that no other test's rents or allocations
/// reach their measurements.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWide
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide measurements";
}
