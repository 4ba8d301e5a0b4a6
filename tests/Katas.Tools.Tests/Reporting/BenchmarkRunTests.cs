using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class BenchmarkRunTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Reporting", "Data", "sliding-window-maximum-report-full.json");

    [Fact]
    public void ReadsTheMachineAndEveryCase()
    {
        var run = BenchmarkRun.Read(Sample);

        run.Machine.LogicalCores.Should().Be(2);
        run.Machine.Runtime.Should().StartWith(".NET 10");
        run.Results.Should().HaveCount(6);
        run.Results.Select(r => r.Implementation).Should().BeEquivalentTo(
            ["BlockPrefixSuffix", "BruteForce", "CacheBlockedSimd", "Limit", "LinkedListDeque", "MonotonicDeque"]);
    }

    [Fact]
    public void ReadsParametersStatisticsAndAllocations()
    {
        var result = BenchmarkRun.Read(Sample).Results.Single(r => r.Implementation == "LinkedListDeque");

        result.KataFolder.Should().Be("SlidingWindowMaximum");
        result.Method.Should().Be("MaxSlidingWindow");
        result.Parameters.Should().Contain(new KeyValuePair<string, string>("N", "10000000"));
        result.Input.Should().Be("N=10000000, K=3, Shape=Random");
        result.MedianNanoseconds.Should().Be(282372497);
        result.AllocatedBytes.Should().Be(520000056);
    }

    [Fact]
    public void ReadsTheInputSizeABenchmarkReports()
    {
        var results = Samples.TwoContracts.Results;

        results.Should().HaveCount(10);
        results.Should().OnlyContain(r => r.InputSizeName == "Combinations");
        results.Where(r => r.Parameters["Input"] == "From1To50").Select(r => r.InputSize).Should().AllBeEquivalentTo(296.0);
        results.Where(r => r.Parameters["Input"] == "OnesAndTwos").Select(r => r.InputSize).Should().AllBeEquivalentTo(16.0);
        BenchmarkRun.Read(Sample).Results.Should().OnlyContain(r => r.InputSize == null && r.InputSizeName == null, "Sliding Window Maximum is sized by N");
    }

    [Fact]
    public void ComparesWithTheCounterpartOnTheSameInput()
    {
        var results = BenchmarkRun.Read(Sample).Results;
        var simd = results.Single(r => r.Implementation == "CacheBlockedSimd");

        var limit = simd.Counterpart(results, "Limit");

        limit!.Implementation.Should().Be("Limit");
        simd.RatioTo(limit).Should().BeApproximately(8468754.296875 / 8483289.0703125, 1e-12);
        simd.Counterpart(results, "NoSuchImplementation").Should().BeNull();
        simd.RatioTo(null).Should().BeNull();
    }

    [Fact]
    public void RejectsAFileThatIsNotAnExport()
    {
        using var stream = new MemoryStream("{\"Title\": 3}"u8.ToArray());

        var act = () => BenchmarkRun.Read(stream, "broken.json");

        act.Should().Throw<InvalidDataException>().WithMessage("broken.json*");
    }
}
