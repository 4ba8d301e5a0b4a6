using Katas.RunningStatistics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.RunningStatistics;

public sealed class ExampleTests
{
    public static TheoryData<string, double[], Moments> Summaries { get; } = new()
    {
        { "one value", [7], new(1, 7, 0) },
        { "1, 2, 3, 4", [1, 2, 3, 4], new(4, 2.5, 5) },
        { "the population-variance example (variance 4)", [2, 4, 4, 4, 5, 5, 7, 9], new(8, 5, 32) },
        { "negative values", [-1, -3], new(2, -2, 2) },
        { "a mean of zero", [-5, 5, -5, 5], new(4, 0, 100) },
        { "equal values: exact", [0.1, 0.1, 0.1], new(3, 0.1, 0) },
        { "a large offset, like NumAcc1", [1e9 + 1, 1e9 + 3, 1e9 + 2], new(3, 1e9 + 2, 2) },
    };

    public static TheoryData<string> NistDatasets { get; } = new(NistData.All.Select(d => d.Name));

    [Fact]
    public void EmptyIsCountZeroMeanZeroM2Zero()
    {
        Moments.Empty.Should().Be(new Moments(0, 0, 0));
        Moments.Empty.PopulationVariance.Should().Be(double.NaN);
        Moments.Empty.SampleVariance.Should().Be(double.NaN);
    }

    [Fact]
    public void VariancesDivideM2ByTheCountOrOneLess()
    {
        var moments = new Moments(8, 5, 32);

        moments.PopulationVariance.Should().Be(4);
        moments.SampleVariance.Should().Be(32.0 / 7);
        new Moments(1, 3, 0).PopulationVariance.Should().Be(0);
        new Moments(1, 3, 0).SampleVariance.Should().Be(double.NaN, "one value says nothing about the spread of a population");
    }

    [Theory, Implementations<IRunningStatistics>]
    public void SummaryOfNoValuesIsEmpty(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        sut.Summarize([]).Should().Be(Moments.Empty);
    }

    [Theory, Implementations<IRunningStatistics>(Cases = nameof(Summaries))]
    public void SummarizesTheValues(string implementation, string example, double[] values, Moments expected)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        var actual = sut.Summarize(values);

        Accuracy.ShouldMeetTheContract(actual, ExactMoments.Of(values), example);
        actual.Count.Should().Be(expected.Count);
        actual.Mean.Should().BeApproximately(expected.Mean, 1e-12 * Math.Max(1, Math.Abs(expected.Mean)), example);
        actual.M2.Should().BeApproximately(expected.M2, 1e-6 * expected.M2, example);
    }

    [Theory, Implementations<IRunningStatistics>(Cases = nameof(Summaries))]
    public void AddsOneValueAtATime(string implementation, string example, double[] values, Moments expected)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        var actual = values.Aggregate(Moments.Empty, sut.Add);

        Accuracy.ShouldMeetTheContract(actual, ExactMoments.Of(values), example);
        actual.Count.Should().Be(expected.Count);
    }

    [Theory, Implementations<IRunningStatistics>]
    public void AddUpdatesTheMeanAndTheSpread(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        sut.Add(Moments.Empty, 3).Should().Be(new Moments(1, 3, 0), "Add(Empty, x) is (1, x, 0)");
        sut.Add(new Moments(1, 3, 0), 5).Should().Be(new Moments(2, 4, 2), "3 and 5: mean 4, deviations ±1");
        sut.Add(new Moments(2, 4, 2), 4).Should().Be(new Moments(3, 4, 2), "a value at the mean adds no spread");
    }

    [Theory, Implementations<IRunningStatistics>]
    public void CombineMergesTwoSummaries(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        // {3, 5} and {5, 7}: together mean 5, deviations −2, 0, 0, 2.
        sut.Combine(new Moments(2, 4, 2), new Moments(2, 6, 2)).Should().Be(new Moments(4, 5, 8));
        // {1} and {2, 3, 4}: together 1, 2, 3, 4.
        sut.Combine(new Moments(1, 1, 0), new Moments(3, 3, 2)).Should().Be(new Moments(4, 2.5, 5));
    }

    [Theory, Implementations<IRunningStatistics>]
    public void CombineWithEmptyReturnsTheOtherSummaryBitForBit(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        // 0.1·3/3 is not 0.1 in doubles: a formula applied to an empty part would change these bits.
        var summary = new Moments(3, 0.1, 0.30000000000000004);

        sut.Combine(Moments.Empty, summary).Should().Be(summary);
        sut.Combine(summary, Moments.Empty).Should().Be(summary);
        sut.Combine(Moments.Empty, Moments.Empty).Should().Be(Moments.Empty);
        BitConverter.DoubleToInt64Bits(sut.Combine(Moments.Empty, new Moments(1, -0.0, 0)).Mean).Should().Be(
            BitConverter.DoubleToInt64Bits(-0.0), "even the sign of a zero mean is kept");
    }

    // 10⁵ values alternating 0.3 ± 0.3/9.9e5 (the example): |mean| / σ = 9.9·10⁵, inside the
    // contract. The mean of a plain Σx / n is off by 1.7e-12 of itself here; see NaiveFormulaTests.
    [Theory, Implementations<IRunningStatistics>]
    public void AlternatingValuesNearAnOffsetMeetTheContract(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);
        var values = NaiveFormulaTests.AlternatingNearOffset;
        var exact = ExactMoments.Of(values);

        Accuracy.ShouldAgree(sut.Summarize(values), exact, Accuracy.Mean, Accuracy.M2, "10⁵ values alternating 0.3 ± 0.3/9.9e5");
        Accuracy.ShouldAgree(values.Aggregate(Moments.Empty, sut.Add), exact, Accuracy.Mean, Accuracy.M2, "the same, added one at a time");
    }

    // NIST StRD NumAcc1–4 with their certified values (NistData). The standard deviation thresholds are
    // Math.NET Numerics' own for its RunningStatistics (15, 13, 9, 7 digits); the doubles nearest the
    // decimal data allow only 9.5 and 8.3 digits on NumAcc3 and NumAcc4, however exactly one computes.
    [Theory, Implementations<IRunningStatistics>(Cases = nameof(NistDatasets))]
    public void GetsTheCertifiedValuesOfNistNumericalAccuracyData(string implementation, string dataset)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);
        var (_, values, mean, standardDeviation, digits) = NistData.Get(dataset);

        foreach (var (how, moments) in new[] { ("Summarize", sut.Summarize(values)), ("Add", values.Aggregate(Moments.Empty, sut.Add)) })
        {
            moments.Count.Should().Be(values.Length);
            Accuracy.Digits(moments.Mean, mean).Should().BeGreaterThanOrEqualTo(
                NistData.MeanDigits, "{0} of {1}: the mean {2:R} against the certified {3:R}", how, dataset, moments.Mean, mean);
            Accuracy.Digits(Math.Sqrt(moments.SampleVariance), standardDeviation).Should().BeGreaterThanOrEqualTo(
                digits, "{0} of {1}: the standard deviation {2:R} against the certified {3:R}", how, dataset, Math.Sqrt(moments.SampleVariance), standardDeviation);
        }
    }
}
