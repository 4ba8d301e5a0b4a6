using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

public sealed class BadInputTests
{
    private const double NegInf = double.NegativeInfinity;

    // Sentinel the tests fill destinations with, to see whether anything was written.
    private const double Untouched = -12345.678;

    public static TheoryData<string, int, int> WrongLengths { get; } = new()
    {
        { "destination shorter", 3, 2 },
        { "destination longer", 3, 4 },
        { "destination empty", 3, 0 },
        { "destination far longer", 1, 1_000 },
    };

    // x = memory[xStart..(xStart + n)], destination = memory[destinationStart..(destinationStart + n)].
    public static TheoryData<string, int, int, int> Overlaps { get; } = new()
    {
        { "destination one ahead of x", 5, 0, 1 },
        { "destination one behind x", 5, 1, 0 },
        { "destination in the second half", 8, 0, 4 },
        { "one value in common", 8, 0, 7 },
        { "long input, shifted a block", 3_000, 0, 1_024 },
    };

    public static TheoryData<string, double[]> NoDistribution { get; } = new()
    {
        { "one -inf", [NegInf] },
        { "only -inf", [NegInf, NegInf, NegInf] },
        { "only -inf, past the first block", Enumerable.Repeat(NegInf, 2_500).ToArray() },
    };

    [Theory, Implementations<ISoftmax>]
    public void EmptyInputThrows(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        var act = () => sut.Softmax([], []);

        act.Should().Throw<ArgumentException>().WithParameterName("x");
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(WrongLengths))]
    public void DestinationOfAnotherLengthThrows(string implementation, string example, int length, int destinationLength)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var destination = Enumerable.Repeat(Untouched, destinationLength).ToArray();

        var act = () => sut.Softmax(Enumerable.Range(0, length).Select(i => (double)i).ToArray(), destination);

        act.Should().Throw<ArgumentException>(example).WithParameterName("destination");
        destination.Should().Equal(Enumerable.Repeat(Untouched, destinationLength), "nothing is written when the arguments are rejected");
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(Overlaps))]
    public void DestinationOverlappingXOtherThanInPlaceThrows(string implementation, string example, int length, int xStart, int destinationStart)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var memory = Enumerable.Range(0, length + Math.Max(xStart, destinationStart)).Select(i => (double)(i % 7)).ToArray();
        var before = (double[])memory.Clone();

        var act = () => sut.Softmax(memory.AsSpan(xStart, length), memory.AsSpan(destinationStart, length));

        act.Should().Throw<ArgumentException>(example).WithParameterName("destination");
        memory.Should().Equal(before, "nothing is written when the arguments are rejected");
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(NoDistribution))]
    public void OnlyNegativeInfinityThrows(string implementation, string example, double[] x)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var destination = Enumerable.Repeat(Untouched, x.Length).ToArray();

        var act = () => sut.Softmax(x, destination);

        act.Should().Throw<ArgumentException>(example).WithParameterName("x");
        destination.Should().OnlyContain(v => v == Untouched, "nothing is written when there is no distribution");
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(NoDistribution))]
    public void OnlyNegativeInfinityInPlaceThrowsAndLeavesXAlone(string implementation, string example, double[] x)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        var act = () => sut.Softmax(x, x);

        act.Should().Throw<ArgumentException>(example).WithParameterName("x");
        x.Should().OnlyContain(v => v == NegInf, "nothing is written when there is no distribution");
    }

    // Beyond the statement: the references' messages say what is wrong with the numbers involved.
    [Theory, Implementations<ISoftmax>(ReferencesOnly = true)]
    public void MessageGivesBothLengths(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        var act = () => sut.Softmax([1, 2, 3], new double[5]);

        act.Should().Throw<ArgumentException>().WithMessage("*3*5*");
    }
}
