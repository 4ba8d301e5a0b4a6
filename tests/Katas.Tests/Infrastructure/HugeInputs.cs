namespace Katas.Tests.Infrastructure;

/// <summary>
/// The collection of tests on inputs of more than 2³⁰ values (gigabytes each): they run one at a time,
/// never beside each other, so that the test host's peak memory is one such input, not one per kata.
/// </summary>
/// <remarks>
/// Put a test class in it with <c>[Collection(HugeInputs.Name)]</c>, keep one such input per kata, and
/// drop the reference to it (and call <see cref="Release"/>) before the test returns.
/// </remarks>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HugeInputs
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Huge inputs";

    /// <summary>
    /// Gets whether the library under test is mutated by Stryker: a huge input takes seconds per run and
    /// gigabytes, too much to repeat for every mutant, so the huge tests skip themselves then.
    /// </summary>
    public static bool UnderMutationTesting { get; } =
        typeof(Katas.Discovery.KataDefinition).Assembly.GetTypes().Any(t => t.FullName?.Contains("Stryker", StringComparison.Ordinal) == true);

    /// <summary>Returns the memory of the huge arrays a test has dropped to the operating system.</summary>
    public static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
