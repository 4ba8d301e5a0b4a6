using Katas.MaximumGap;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

public sealed class PropertyTests
{
    [Theory, Implementations<IMaximumGap>]
    public void AgreesWithSortingOnSmallRanges(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.SmallRanges, c => sut.MaximumGap(c.Nums).Should().Be(Oracle.MaximumGap(c.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void AgreesWithSortingOnFullRange(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.FullRange, c => sut.MaximumGap(c.Nums).Should().Be(Oracle.MaximumGap(c.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void AgreesWithSortingOnClusters(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Clusters, c => sut.MaximumGap(c.Nums).Should().Be(Oracle.MaximumGap(c.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void AgreesWithSortingOnLargeInputs(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Large, c => sut.MaximumGap(c.Nums).Should().Be(Oracle.MaximumGap(c.Nums)), maxTest: 12);
    }

    [Theory, Implementations<IMaximumGap>]
    public void PermutingTheInputKeepsTheAnswer(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Permutable, c => sut.MaximumGap(c.Permuted).Should().Be(sut.MaximumGap(c.Case.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void ShiftingEveryValueKeepsTheAnswer(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Shiftable, c => sut.MaximumGap(c.Shifted).Should().Be(sut.MaximumGap(c.Case.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void NegatingEveryValueKeepsTheAnswer(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Negatable, c =>
            sut.MaximumGap(c.Nums.Select(v => -v).ToArray()).Should().Be(sut.MaximumGap(c.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void ComplementingEveryValueKeepsTheAnswer(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        // ~v = −v − 1 mirrors the whole int range onto itself, int.MinValue ↔ int.MaxValue included.
        PropertyCheck.ForAll(GapCase.Any, c =>
            sut.MaximumGap(c.Nums.Select(v => ~v).ToArray()).Should().Be(sut.MaximumGap(c.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void RepeatingValuesKeepsTheAnswer(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Any, c =>
            sut.MaximumGap([.. c.Nums, .. c.Nums.Where((_, i) => i % 3 == 0), .. c.Nums]).Should().Be(sut.MaximumGap(c.Nums)));
    }

    [Theory, Implementations<IMaximumGap>]
    public void AnswerIsAtLeastThePigeonholeBound(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Any, c =>
            sut.MaximumGap(c.Nums).Should().BeGreaterThanOrEqualTo(Oracle.PigeonholeBound(c.Nums), "n − 1 gaps add up to max − min"));
    }

    [Theory, Implementations<IMaximumGap>]
    public void AnswerIsAtMostTheRangeAndZeroOnlyWhenAllValuesAreEqual(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Any, c =>
        {
            var gap = sut.MaximumGap(c.Nums);
            var range = c.Nums.Length == 0 ? 0 : (long)c.Nums.Max() - c.Nums.Min();

            gap.Should().BeInRange(0, range);
            (gap == 0).Should().Be(range == 0, "the answer is 0 exactly when there are no two distinct values");
        });
    }

    [Theory, Implementations<IMaximumGap>]
    public void InputIsNotModified(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        PropertyCheck.ForAll(GapCase.Large, c =>
        {
            var before = (int[])c.Nums.Clone();
            _ = sut.MaximumGap(c.Nums);
            c.Nums.Should().Equal(before, "the input must not be modified");
        }, maxTest: 8);
    }

    [Theory, Implementations<IMaximumGap>]
    public void OnlyTheSliceCounts(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        // Extreme values on both sides of the slice must neither be read nor written.
        PropertyCheck.ForAll(GapCase.Any, c =>
        {
            int[] surrounded = [int.MinValue, int.MaxValue, .. c.Nums, int.MinValue, int.MaxValue];
            var before = (int[])surrounded.Clone();

            sut.MaximumGap(surrounded.AsSpan(2, c.Nums.Length)).Should().Be(Oracle.MaximumGap(c.Nums));
            surrounded.Should().Equal(before, "neither the slice nor the values around it may be written");
        });
    }
}
