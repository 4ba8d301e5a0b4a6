using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>The sparse-table oracle of the long inputs against the definition, every window scanned.</summary>
public sealed class OracleTests
{
    [Fact]
    public void SparseTableAgreesWithTheDefinitionOnLongInputs() =>
        PropertyCheck.ForAll(WindowCase.Long, c => Oracle.SparseTable(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K)));

    [Fact]
    public void SparseTableAgreesWithTheDefinitionOnTies() =>
        PropertyCheck.ForAll(WindowCase.Ties, c => Oracle.SparseTable(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K)));

    [Fact]
    public void SparseTableAgreesWithTheDefinitionOnFullRange() =>
        PropertyCheck.ForAll(WindowCase.FullRange, c => Oracle.SparseTable(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K)));
}
