using Katas.SlidingWindowMaximum;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

public sealed class PropertyTests
{
    [Theory, Implementations<ISlidingWindowMaximum>]
    public void AgreesWithBruteForceOnTies(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.Ties, c =>
            sut.MaxSlidingWindow(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K)));
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void AgreesWithBruteForceOnFullRange(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K)));
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void AgreesWithBruteForceAcrossDoublingChunks(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.DoublingChunks, c =>
        {
            c.K.Should().BeInRange(5, WindowCase.DoublingMaxWindow, "the case is meant for the chunked doubling path");
            (c.Nums.Length - c.K + 1).Should().BeGreaterThan(WindowCase.DoublingChunk + 15, "the case must cross a chunk boundary");
            sut.MaxSlidingWindow(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K));
        }, maxTest: 60);
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void AgreesWithBruteForceForEveryWindowSize(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.FullRange, c =>
        {
            for (var k = 1; k <= c.Nums.Length; k++)
            {
                sut.MaxSlidingWindow(c.Nums, k).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, k));
            }
        }, maxTest: 50);
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void OutputHasOneValuePerWindow(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums, c.K).Should().HaveCount(c.Nums.Length - c.K + 1));
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void WindowOfOneIsTheIdentity(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums, 1).Should().Equal(c.Nums));
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void WindowOfNIsTheMaximum(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums, c.Nums.Length).Should().Equal([c.Nums.Max()]));
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void AddingAConstantShiftsTheOutput(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.Shiftable, input =>
        {
            var (c, shift) = (input.Case, input.Shift);
            var shifted = c.Nums.Select(v => v + shift).ToArray();

            sut.MaxSlidingWindow(shifted, c.K).Should()
                .Equal(sut.MaxSlidingWindow(c.Nums, c.K).Select(v => v + shift));
        });
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void ReversingTheInputReversesTheOutput(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums.Reverse().ToArray(), c.K).Should()
                .Equal(sut.MaxSlidingWindow(c.Nums, c.K).Reverse()));
    }

    [Theory, Implementations<ISlidingWindowMaximum>]
    public void EachOutputIsAnElementOfItsWindowAndNoLessThanAny(string implementation)
    {
        var sut = Subject.Create<ISlidingWindowMaximum>(implementation);

        PropertyCheck.ForAll(WindowCase.Ties, c =>
        {
            var output = sut.MaxSlidingWindow(c.Nums, c.K);
            output.Should().HaveCount(c.Nums.Length - c.K + 1);
            for (var i = 0; i < output.Length; i++)
            {
                var window = c.Nums[i..(i + c.K)];
                output[i].Should().BeOneOf(window, "output {0} must come from its window {1}", i, Generators.Show(window));
                output[i].Should().BeGreaterThanOrEqualTo(window.Max(), "output {0} must be no less than any value of its window {1}", i, Generators.Show(window));
            }
        });
    }
}
