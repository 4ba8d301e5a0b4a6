using Katas.RunningStatistics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.RunningStatistics;

public sealed class BadInputTests
{
    public static TheoryData<string, double[], int> NotFinite { get; } = new()
    {
        { "NaN alone", [double.NaN], 0 },
        { "+∞ second", [1, double.PositiveInfinity], 1 },
        { "−∞ first", [double.NegativeInfinity, 2, 3], 0 },
        { "NaN after a vector's worth", [1, 2, 3, 4, 5, 6, 7, 8, 9, double.NaN], 9 },
        { "NaN in the middle of a long input", WithAt(10_000, 4_321, double.NaN), 4_321 },
        { "+∞ in the second block", WithAt(3_000, 2_047, double.PositiveInfinity), 2_047 },
        { "−∞ last", WithAt(5_003, 5_002, double.NegativeInfinity), 5_002 },
        { "+∞ and −∞, which would cancel to NaN", WithAt(WithAt(100, 10, double.PositiveInfinity), 20, double.NegativeInfinity), 10 },
    };

    public static TheoryData<string, Moments> InvalidSummaries { get; } = new()
    {
        { "a negative count", new Moments(-1, 0, 0) },
        { "long.MinValue values", new Moments(long.MinValue, 1, 1) },
        { "a negative M2", new Moments(3, 1, -1e-300) },
        { "no values, yet a mean", new Moments(0, 1, 0) },
        { "no values, yet an M2", new Moments(0, 0, 2) },
    };

    // Beyond the statement: the references also reject summaries no values could have.
    public static TheoryData<string, Moments> ImpossibleSummaries { get; } = new()
    {
        { "a NaN mean", new Moments(2, double.NaN, 0) },
        { "an infinite mean", new Moments(2, double.PositiveInfinity, 0) },
        { "a NaN M2", new Moments(2, 1, double.NaN) },
    };

    [Theory, Implementations<IRunningStatistics>(Cases = nameof(NotFinite))]
    public void SummarizeRejectsValuesThatAreNotFinite(string implementation, string example, double[] values, int index)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        var act = () => sut.Summarize(values);

        act.Should().Throw<ArgumentException>(example + " (index {0})", index).WithParameterName("values");
    }

    // Beyond the statement: the references' message gives the index of the first value that is not finite.
    [Theory, Implementations<IRunningStatistics>(Cases = nameof(NotFinite), ReferencesOnly = true)]
    public void SummarizeNamesTheIndexOfTheFirstValueThatIsNotFinite(string implementation, string example, double[] values, int index)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        var act = () => sut.Summarize(values);

        act.Should().Throw<ArgumentException>(example).WithMessage($"*values[{index}]*");
    }

    [Theory, Implementations<IRunningStatistics>]
    public void AddRejectsAValueThatIsNotFinite(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var act = () => sut.Add(new Moments(2, 1, 2), value);

            act.Should().Throw<ArgumentException>("the value is {0}", value).WithParameterName("value");
        }
    }

    [Theory, Implementations<IRunningStatistics>(Cases = nameof(InvalidSummaries))]
    public void AddRejectsAnInvalidState(string implementation, string example, Moments state)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        var act = () => sut.Add(state, 1);

        act.Should().Throw<ArgumentException>(example).WithParameterName("state");
    }

    [Theory, Implementations<IRunningStatistics>(Cases = nameof(InvalidSummaries))]
    public void CombineRejectsAnInvalidSummaryOnEitherSide(string implementation, string example, Moments invalid)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);
        var valid = new Moments(2, 1, 2);

        foreach (var other in new[] { valid, Moments.Empty })
        {
            var left = () => sut.Combine(invalid, other);
            var right = () => sut.Combine(other, invalid);

            left.Should().Throw<ArgumentException>("{0} on the left of {1}", example, other).WithParameterName("left");
            right.Should().Throw<ArgumentException>("{0} on the right of {1}", example, other).WithParameterName("right");
        }
    }

    [Theory, Implementations<IRunningStatistics>(Cases = nameof(ImpossibleSummaries), ReferencesOnly = true)]
    public void ReferencesRejectSummariesThatAreNotNumbers(string implementation, string example, Moments impossible)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        ((Action)(() => sut.Add(impossible, 1))).Should().Throw<ArgumentException>(example).WithParameterName("state");
        ((Action)(() => sut.Combine(impossible, new Moments(1, 0, 0)))).Should().Throw<ArgumentException>(example).WithParameterName("left");
        ((Action)(() => sut.Combine(new Moments(1, 0, 0), impossible))).Should().Throw<ArgumentException>(example).WithParameterName("right");
    }

    [Theory, Implementations<IRunningStatistics>(ReferencesOnly = true)]
    public void ReferencesThrowWhenTheCountWouldOverflow(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        ((Action)(() => sut.Add(new Moments(long.MaxValue, 0, 0), 1))).Should().Throw<OverflowException>();
        ((Action)(() => sut.Combine(new Moments(long.MaxValue, 0, 0), new Moments(1, 0, 0)))).Should().Throw<OverflowException>();
    }

    private static double[] WithAt(int length, int index, double value)
    {
        var values = Enumerable.Range(0, length).Select(i => 1 + (i % 7)).Select(i => (double)i).ToArray();
        values[index] = value;
        return values;
    }

    private static double[] WithAt(double[] values, int index, double value)
    {
        var copy = (double[])values.Clone();
        copy[index] = value;
        return copy;
    }
}
