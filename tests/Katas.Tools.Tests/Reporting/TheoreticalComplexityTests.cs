using Katas.Geometry.Solutions;
using Katas.Reporting;
using Katas.SlidingWindowMaximum.Solutions;

namespace Katas.Tools.Tests.Reporting;

public sealed class TheoreticalComplexityTests
{
    public static TheoryData<string, string?, string?> Prose => new()
    {
        { "Algorithm: a linear scan per window. Time O(n·k), extra space O(1).", "O(n·k)", "O(1)" },
        { "Each index enters and leaves once: time O(n), extra space O(k), but one heap node per element.", "O(n)", "O(k)" },
        { "Time O(n) with exactly three comparisons per element whatever the data; extra space O(n) for the two tables.", "O(n)", "O(n)" },
        { "Time O(n) (each index is pushed and popped once), extra space O(k).", "O(n)", "O(k)" },
        { "Sorts first: O(n log n) time and O(1) extra space.", "O(n log n)", "O(1)" },
        { "Extra space O(n); time O(n + k).", "O(n + k)", "O(n)" },
        { "Time: Θ(n²). Memory: O(n).", "Θ(n²)", "O(n)" },
        { "Radix sort. Time O(n·log(max)/log(n)), space O(n).", "O(n·log(max)/log(n))", "O(n)" },
        { "Space O(min(k, ChunkLength) + k); running time O(n) for every k.", "O(n)", "O(min(k, ChunkLength) + k)" },
        { "Expected time O(n), worst case O(n²).", "O(n)", null },
        { "Uses a heap of O(k) entries.", null, null },
        { "The readable oracle; no bounds given.", null, null },
        { "", null, null },
    };

    [Theory, MemberData(nameof(Prose))]
    public void FindsTheLabelledBounds(string remarks, string? time, string? space)
    {
        var complexity = TheoreticalComplexity.Parse(remarks);

        complexity.Time.Should().Be(time);
        complexity.Space.Should().Be(space);
    }

    [Fact]
    public void IgnoresAnUnclosedBound()
    {
        TheoreticalComplexity.Parse("Time O(n, extra space").Should().Be(TheoreticalComplexity.Unknown);
    }

    [Fact]
    public void ReadsTheRemarksOfTheKatasAssembly()
    {
        var documentation = XmlDocumentation.For(typeof(BruteForce).Assembly);

        documentation.Path.Should().NotBeNull("Katas.xml is generated beside Katas.dll");
        documentation.Remarks(typeof(BruteForce)).Should().StartWith("Algorithm: for each of the n − k + 1 windows");
        documentation.Complexity(typeof(BruteForce)).Should().Be(new TheoreticalComplexity("O(n·k)", "O(1)"));
        documentation.Complexity(typeof(MonotonicDeque)).Should().Be(new TheoreticalComplexity("O(n)", "O(k)"));
    }

    [Fact]
    public void ReadsCrossReferencesAsTheirShortNames()
    {
        var documentation = XmlDocumentation.For(typeof(CacheBlockedSimd).Assembly);

        var remarks = documentation.Remarks(typeof(CacheBlockedSimd));

        remarks.Should().Contain("(k ≤ DoublingMaxWindow; k ≤ StreamingDoublingMaxWindow where").And.Contain("falls back to MonotonicDeque.").And.NotContain("  ");
        documentation.Complexity(typeof(CacheBlockedSimd)).Should().Be(new TheoreticalComplexity("O(n)", "O(k)"));
        remarks.Should().Contain("a stack buffer of ChunkLength + DoublingMaxWindow + 8 ints");
    }

    [Fact]
    public void AMethodsOwnBoundsComeBeforeItsTypes()
    {
        var documentation = XmlDocumentation.For(typeof(ExactGeometry).Assembly);

        // ExactGeometry's class remarks name no labelled bound; each benchmarked operation documents its own.
        documentation.Complexity(typeof(ExactGeometry)).Should().Be(TheoreticalComplexity.Unknown);
        documentation.Complexity(typeof(ExactGeometry), nameof(ExactGeometry.ConvexHull)).Should().Be(new TheoreticalComplexity("O(n log n)", "O(n)"));
        documentation.Complexity(typeof(ExactGeometry), nameof(ExactGeometry.Orientation)).Should().Be(new TheoreticalComplexity("O(1)", "O(1)"));

        // A method without remarks of its own (an <inheritdoc/>) falls back to the type.
        documentation.Complexity(typeof(BruteForce), nameof(BruteForce.MaxSlidingWindow)).Should().Be(new TheoreticalComplexity("O(n·k)", "O(1)"));
    }

    [Fact]
    public void ATypeWithoutRemarksHasNoBounds()
    {
        XmlDocumentation.Empty.Complexity(typeof(BruteForce)).Should().Be(TheoreticalComplexity.Unknown);
        XmlDocumentation.For(typeof(BruteForce).Assembly).Remarks(typeof(TheoreticalComplexityTests)).Should().BeNull();
    }
}
