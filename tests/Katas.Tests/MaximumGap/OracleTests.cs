using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>The radix-sorting oracle of the million-value inputs against the definition, which sorts with the BCL.</summary>
public sealed class OracleTests
{
    [Fact]
    public void RadixSortingAgreesWithTheDefinition() =>
        PropertyCheck.ForAll(GapCase.Any, c => Oracle.MaximumGapOfMany(c.Nums).Should().Be(Oracle.MaximumGap(c.Nums)));

    [Fact]
    public void RadixSortingAgreesWithTheDefinitionOnLargeInputs() =>
        PropertyCheck.ForAll(GapCase.Large, c => Oracle.MaximumGapOfMany(c.Nums).Should().Be(Oracle.MaximumGap(c.Nums)), maxTest: 20);

    [Theory]
    [InlineData(new[] { int.MinValue, int.MaxValue }, 4_294_967_295L)]
    [InlineData(new[] { -1, 0, 1, int.MinValue }, 2_147_483_647L)]
    [InlineData(new[] { 5 }, 0L)]
    [InlineData(new int[0], 0L)]
    public void RadixSortingGetsTheExtremes(int[] nums, long expected) =>
        Oracle.MaximumGapOfMany(nums).Should().Be(expected);
}
