using Katas.Cli.Testing;
using Katas.Discovery;

namespace Katas.Tools.Tests.Probing;

/// <summary>The scaling probe on implementations of known cost, written for these tests.</summary>
public sealed class ScalingProbeTests
{
    private static readonly Contract<IPairSum> Contract = Katas.Discovery.Contract.For<IPairSum>(p => p.PairSum([1, 2]), typeof(LinearPairSum), typeof(LinearPairSum));

    [Fact]
    public void ALinearImplementationMeasuresAnExponentNearOne()
    {
        var result = Probe([1 << 16, 1 << 18, 1 << 20, 1 << 22]).Measure(Contract.Find(nameof(LinearPairSum)), TimeSpan.FromSeconds(20), cancellationToken: TestContext.Current.CancellationToken);

        result.Wrong.Should().BeNull();
        result.Points.Should().HaveCount(4);
        ScalingPrinter.Slope(result).Should().BeInRange(0.75, 1.3);
    }

    [Fact]
    public void AQuadraticImplementationMeasuresAnExponentNearTwo()
    {
        var result = Probe([1 << 8, 1 << 9, 1 << 10, 1 << 11]).Measure(Contract.Find(nameof(QuadraticPairSum)), TimeSpan.FromSeconds(20), cancellationToken: TestContext.Current.CancellationToken);

        result.Wrong.Should().BeNull();
        result.Points.Should().HaveCount(4);
        ScalingPrinter.Slope(result).Should().BeInRange(1.6, 2.4);
        result.Points[^1].Seconds.Should().BeGreaterThan(result.Points[^1].RivalSeconds, "the linear rival wins at 2 048 values");
    }

    [Fact]
    public void AWrongAnswerOnALargeInputIsReportedWithTheInputsSize()
    {
        var result = Probe([1_000, 5_000, 20_000]).Measure(Contract.Find(nameof(WrongWhenLargePairSum)), TimeSpan.FromSeconds(20), cancellationToken: TestContext.Current.CancellationToken);

        result.Wrong.Should().Contain("n = 20 000").And.Contain("where LinearPairSum gives");
        result.WrongSize.Should().Be(20_000);
        result.Points.Should().HaveCount(2, "the sizes before were right");
    }

    [Fact]
    public void ASlowImplementationIsStoppedBeforeASizeItCouldNotFinish()
    {
        // 2¹⁸ values take a quadratic implementation minutes: the probe extrapolates and stops.
        var result = Probe([1 << 8, 1 << 10, 1 << 12, 1 << 18]).Measure(Contract.Find(nameof(QuadraticPairSum)), TimeSpan.FromSeconds(2), cancellationToken: TestContext.Current.CancellationToken);

        result.Stopped.Should().Be("n = 262 144");
        result.StoppedSeconds.Should().BeGreaterThan(2);
        result.Points.Should().HaveCount(3);
    }

    private static ScalingProbe<IPairSum, int[], long> Probe(int[] sizes) => new()
    {
        Axis = "n",
        Aim = "linear in n",
        AimExponent = 1,
        Sizes = sizes,
        Input = n => ProbeData.Ints(n, seed: 7, min: -1_000, max: 1_000),
        Run = (p, values) => p.PairSum(values),
        Rival = typeof(LinearPairSum),
    };
}
