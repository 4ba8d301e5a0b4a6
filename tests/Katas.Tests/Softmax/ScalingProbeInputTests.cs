using Katas.Discovery;
using Katas.Softmax;
using Katas.Softmax.Solutions;
using Katas.Tests.Softmax.Straightforward;

namespace Katas.Tests.Softmax;

/// <summary>
/// The scaling probe (<c>SoftmaxKata.Scaling</c>) compares a learner's softmax with the fastest
/// reference's within twice the statement's 1e-12: the rival must agree with the oracle that way, and so
/// must the plain solutions a learner writes, so that no correct solution is called wrong; an output
/// off by more than that is caught.
/// </summary>
public sealed class ScalingProbeInputTests
{
    private static readonly ScalingProbe<ISoftmax, double[], double[]> Probe =
        new SoftmaxKata().Scaling.OfType<ScalingProbe<ISoftmax, double[], double[]>>().Single();

    public static TheoryData<string> Solutions => [nameof(BlockedOnlineSimd), nameof(MaxShiftedKahan), nameof(MaxShiftedPairwise)];

    [Theory]
    [MemberData(nameof(Solutions))]
    public void AgreesWithTheOracleAndTheRivalOnEveryInput(string name)
    {
        ISoftmax solution = name switch
        {
            nameof(BlockedOnlineSimd) => new BlockedOnlineSimd(),
            nameof(MaxShiftedKahan) => new MaxShiftedKahan(),
            _ => new MaxShiftedPairwise(),
        };
        foreach (var size in Probe.Sizes)
        {
            var input = Probe.Input(size);
            var actual = Probe.Run(solution, input);

            Probe.Same(Probe.Run(new ThreePass(), input), actual).Should().BeTrue($"{name} meets the statement at n = {size}, so it agrees with the oracle");
            Probe.Same(Probe.Run(new BlockedOnlineSimd(), input), actual).Should().BeTrue($"the probe compares {name} with the rival at n = {size}");
        }
    }

    [Fact]
    public void AnOutputOffByMoreThanTheToleranceIsWrong()
    {
        var input = Probe.Input(Probe.Sizes[0]);
        var expected = Probe.Run(new ThreePass(), input);
        var late = (double[])expected.Clone();
        late[^1] *= 1 + 3e-12;
        var missing = (double[])expected.Clone();
        missing[17] = double.NaN;

        Probe.Same(expected, late).Should().BeFalse("3e-12 relative is beyond twice the statement's 1e-12");
        Probe.Difference!(expected, late).Should().StartWith($"at index {expected.Length - 1},");
        Probe.Same(expected, missing).Should().BeFalse("a NaN is never close");
        Probe.Same(expected, expected[..^1]).Should().BeFalse("an output is missing");
    }

    [Fact]
    public void TheInputsAreFixedAndInTheStatementsRange()
    {
        Probe.Input(Probe.Sizes[0]).Should().Equal(Probe.Input(Probe.Sizes[0]), "every run times the same values");
        Probe.Sizes.Should().BeInAscendingOrder().And.OnlyContain(n => n <= 1_000_000, "the statement's bounds hold up to a million values");
        Probe.Input(Probe.Sizes[^1]).Should().OnlyContain(x => x >= -20 && x < 20);
    }
}
