using Katas.Discovery;
using Katas.RunningStatistics;
using Katas.RunningStatistics.Solutions;
using Katas.Tests.RunningStatistics.Straightforward;

namespace Katas.Tests.RunningStatistics;

/// <summary>
/// The scaling probe (<c>RunningStatisticsKata.Scaling</c>) compares a learner's <c>Summarize</c> with the
/// oracle's within twice the statement's bounds: the rival and the plain solutions a learner writes must
/// pass on every probe input, so that no correct solution is called wrong; a summary off by more is caught.
/// </summary>
public sealed class ScalingProbeInputTests
{
    private static readonly ScalingProbe<IRunningStatistics, double[], Moments> Probe =
        new RunningStatisticsKata().Scaling.OfType<ScalingProbe<IRunningStatistics, double[], Moments>>().Single();

    public static TheoryData<string> Solutions => [nameof(BlockedSimd), nameof(TwoPassWithCorrection), nameof(WelfordByTheBook)];

    [Theory]
    [MemberData(nameof(Solutions))]
    public void AgreesWithTheOracleOnEveryInput(string name)
    {
        IRunningStatistics solution = name switch
        {
            nameof(BlockedSimd) => new BlockedSimd(),
            nameof(TwoPassWithCorrection) => new TwoPassWithCorrection(),
            _ => new WelfordByTheBook(),
        };
        foreach (var size in Probe.Sizes)
        {
            var input = Probe.Input(size);
            var expected = Probe.Run(new TwoPass(), input);
            var actual = Probe.Run(solution, input);

            Probe.Same(expected, actual).Should().BeTrue($"{name} meets the statement at n = {size}: {Probe.Difference!(expected, actual)}");
        }
    }

    [Fact]
    public void ASummaryOffByMoreThanTheToleranceIsWrong()
    {
        var input = Probe.Input(Probe.Sizes[0]);
        var expected = Probe.Run(new TwoPass(), input);

        Probe.Same(expected, expected with { Mean = expected.Mean * (1 + 3e-12) }).Should().BeFalse("the mean is 2 and σ about 0.58, so 3e-12 relative is beyond 2e-12·max(|μ|, σ)");
        Probe.Same(expected, expected with { M2 = expected.M2 * (1 + 3e-6) }).Should().BeFalse("3e-6 relative is beyond twice the statement's 1e-6");
        Probe.Same(expected, expected with { Count = expected.Count - 1 }).Should().BeFalse();
        Probe.Same(expected, expected with { M2 = double.NaN }).Should().BeFalse("a NaN is never close");
        Probe.Difference!(expected, expected with { Mean = expected.Mean * (1 + 3e-12) }).Should().StartWith("the mean ");
    }

    [Fact]
    public void TheToleranceGrowsWithNOnlyPastTheStatementsHundredThousandValues()
    {
        var small = Probe.Run(new TwoPass(), Probe.Input(Probe.Sizes[0]));
        var large = Probe.Run(new TwoPass(), Probe.Input(Probe.Sizes[^1]));

        Probe.Same(small, small with { M2 = small.M2 * (1 + 1.9e-6) }).Should().BeTrue();
        Probe.Same(small, small with { M2 = small.M2 * (1 + 2.1e-6) }).Should().BeFalse("at 4 096 values the statement's bound holds as it is");
        Probe.Same(large, large with { M2 = large.M2 * (1 + 2.1e-6) }).Should().BeTrue("past 10⁵ values the tolerance grows with n");
        Probe.Input(Probe.Sizes[0]).Should().Equal(Probe.Input(Probe.Sizes[0]), "every run times the same values");
    }
}
