using Katas.SlidingWindowMaximum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>
/// The properties over inputs of up to 10 000 values: a class of their own, so that xUnit runs them
/// beside the other properties rather than after them (it runs the tests of a class one at a time).
/// </summary>
public sealed class LongInputPropertyTests
{
    [Theory, Implementations<ISlidingWindowMaximum>]
    public void AgreesWithASparseTableOnLongInputs(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.Long, c =>
            sut.MaxSlidingWindow(c.Nums, c.K).Should().Equal(Oracle.SparseTable(c.Nums, c.K)), maxTest: 40);
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void ReadsOnlyTheGivenSpan(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        // The input sits inside a larger array whose other values would win every window: a solution
        // that reads past either end of its span gives a wrong answer.
        PropertyCheck.ForAll(WindowCase.Long, c =>
        {
            var padded = Enumerable.Repeat(int.MaxValue, c.Nums.Length + 64).ToArray();
            c.Nums.CopyTo(padded, 32);

            sut.MaxSlidingWindow(padded.AsSpan(32, c.Nums.Length), c.K).Should().Equal(Oracle.SparseTable(c.Nums, c.K));
        }, maxTest: 40);
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void InputIsNotModified(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.Long, c =>
        {
            var before = (int[])c.Nums.Clone();
            _ = sut.MaxSlidingWindow(c.Nums, c.K);
            c.Nums.Should().Equal(before, "the input must not be modified");
        }, maxTest: 20);
    }
}
