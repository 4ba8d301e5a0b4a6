using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class UnitsTests
{
    [Theory]
    [InlineData(0.5, "0.5000 ns")]
    [InlineData(812.34, "812.3 ns")]
    [InlineData(1_000, "1.000 μs")]
    [InlineData(8_468_754.296875, "8.469 ms")]
    [InlineData(282_372_497, "282.4 ms")]
    [InlineData(1e11, "100.0 s")]
    public void TimesKeepFourSignificantDigits(double nanoseconds, string expected) => Units.Time(nanoseconds).Should().Be(expected);

    [Theory]
    [InlineData(1, "1 ns")]
    [InlineData(1e4, "10 μs")]
    [InlineData(2.5e6, "2.5 ms")]
    [InlineData(1e9, "1 s")]
    public void TimeTicksDropTrailingZeros(double nanoseconds, string expected) => Units.TimeTick(nanoseconds).Should().Be(expected);

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(4024, "3.93 KB")]
    [InlineData(40_000_024, "38.15 MB")]
    [InlineData(520_000_056, "495.91 MB")]
    public void BytesAsBenchmarkDotNetShowsThem(long bytes, string expected) => Units.Bytes(bytes).Should().Be(expected);

    [Theory]
    [InlineData(0.0123, "0.012")]
    [InlineData(0.125, "0.13")]
    [InlineData(3.254, "3.25")]
    [InlineData(12.54, "12.5")]
    [InlineData(1250, "1,250")]
    public void RatiosKeepAboutThreeSignificantDigits(double ratio, string expected) => Units.Ratio(ratio).Should().Be(expected);

    [Theory]
    [InlineData(1.0000000001, "1.00")]
    [InlineData(-0.0001, "0.00")]
    [InlineData(1.987, "1.99")]
    public void SlopesHaveTwoDecimals(double slope, string expected) => Units.Slope(slope).Should().Be(expected);

    [Theory]
    [InlineData(500, "500")]
    [InlineData(1_000, "1k")]
    [InlineData(100_000, "100k")]
    [InlineData(2_500_000, "2.5M")]
    [InlineData(1e9, "1G")]
    public void SizesAreShortOnAxes(double size, string expected) => Units.Size(size).Should().Be(expected);

    [Theory]
    [InlineData("10000000", "10,000,000")]
    [InlineData("Random", "Random")]
    [InlineData("2.5", "2.5")]
    public void IntegerParametersGetThousandsSeparators(string value, string expected) => Units.Parameter(value).Should().Be(expected);
}
