using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class LogTicksTests
{
    [Theory]
    [InlineData(2.8, 3.7)]     // 631 ns – 5 μs: under one decade, a single power of ten
    [InlineData(5.85, 6.65)]   // 708 μs – 4.5 ms, the convex hull's square panel
    [InlineData(6.0, 6.1)]     // a factor of 1.26
    [InlineData(6.0, 6.0001)]  // all but one value
    [InlineData(0.0, 7.0)]     // seven decades
    [InlineData(-1.3, 0.4)]    // below one
    public void EveryRangeGetsAtLeastThreeTicksInsideIt(double low, double high)
    {
        var ticks = LogTicks.Major(low, high);

        ticks.Should().HaveCountGreaterThanOrEqualTo(LogTicks.Minimum).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        ticks.Should().OnlyContain(t => t >= low - 1e-9 && t <= high + 1e-9);
    }

    [Fact]
    public void WideRangesGetPowersOfTen() =>
        LogTicks.Major(0.5, 4.5).Select(t => Math.Round(Math.Pow(10, t))).Should().Equal(10, 100, 1_000, 10_000);

    [Fact]
    public void ARangeWithTooFewOneTwoFivesGetsOneTwoThreeFive() =>
        LogTicks.Major(5.85, 6.65).Select(t => Math.Round(Math.Pow(10, t))).Should().Equal(1_000_000, 2_000_000, 3_000_000);

    [Fact]
    public void ARangeOfTwoDecadesGetsOneTwoFive() =>
        LogTicks.Major(0.5, 2.5).Select(t => Math.Round(Math.Pow(10, t))).Should().Equal(5, 10, 20, 50, 100, 200);

    [Fact]
    public void MinorTicksAreTheOtherDigits()
    {
        var major = LogTicks.Major(0.5, 2.5);

        LogTicks.Minor(0.5, 2.5, major).Select(t => Math.Round(Math.Pow(10, t))).Should().Equal(4, 6, 7, 8, 9, 30, 40, 60, 70, 80, 90, 300);
    }

    [Fact]
    public void InvalidLimitsAreRejected()
    {
        var reversed = () => LogTicks.Major(2, 1);
        var infinite = () => LogTicks.Major(double.NegativeInfinity, 1);

        reversed.Should().Throw<ArgumentOutOfRangeException>();
        infinite.Should().Throw<ArgumentOutOfRangeException>();
    }
}
