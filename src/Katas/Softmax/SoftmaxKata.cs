using System.Globalization;
using Katas.Discovery;
using Katas.Softmax.Solutions;

namespace Katas.Softmax;

/// <summary>The Softmax and log-sum-exp kata: stable, accurate, and in two passes.</summary>
public sealed class SoftmaxKata : KataDefinition
{
    // The statement's accuracy of each softmax output: 1e-12 relative, or 1e-300 absolute where the
    // exact value is below that.
    private const double Relative = 1e-12;
    private const double Absolute = 1e-300;

    /// <inheritdoc/>
    public override string Title => "Softmax and Log-Sum-Exp";

    /// <inheritdoc/>
    public override int Order => 8;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<ISoftmax>(
            probe: Probes.AnyOf<ISoftmax>(s => s.LogSumExp([0, 1]), s => s.Softmax([0, 1], new double[2])),
            oracle: typeof(ThreePass),
            baseline: typeof(ThreePass)),
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// <c>Softmax</c> of 2¹² to 10⁶ logits uniform in [−20, 20) (the statement's bounds hold up to a
    /// million values). The statement asks for O(n) time; every output is compared with the fastest
    /// reference's (which every test holds to the oracle) within twice the statement's accuracy, 2e-12
    /// relative or 2e-300 absolute: an answer and the reference may each be off by the bound, so no
    /// correct solution is called wrong.
    /// </remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<ISoftmax, double[], double[]>
        {
            Operation = nameof(ISoftmax.Softmax),
            Axis = "n",
            Aim = "linear in n",
            AimExponent = 1,
            Sizes = [1 << 12, 1 << 14, 1 << 16, 1 << 18, 1_000_000],
            Input = n => ProbeData.Doubles(n, seed: 2018, min: -20, max: 20),
            Run = (s, x) =>
            {
                var probabilities = GC.AllocateUninitializedArray<double>(x.Length);
                s.Softmax(x, probabilities);
                return probabilities;
            },
            Rival = typeof(BlockedOnlineSimd),
            Answers = typeof(BlockedOnlineSimd),
            Same = (expected, actual) => FirstOutOfTolerance(expected, actual) < 0,
            Difference = DescribeDifference,
        },
    ];

    // Both answers are within the statement's bound of the exact value, so of each other within twice
    // the bound (of the expected value, a hair more: the exact one may exceed it by 1e-12 of itself).
    private static bool Close(double expected, double actual) =>
        Math.Abs(actual - expected) <= 2 * Math.Max(Relative * Math.Abs(expected) * (1 + (2 * Relative)), Absolute);

    // The first index whose outputs differ by more than the tolerance, −1 for none; a NaN is never close.
    private static int FirstOutOfTolerance(double[] expected, double[] actual)
    {
        if (expected.Length != actual.Length)
        {
            return 0;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (!Close(expected[i], actual[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string DescribeDifference(double[] expected, double[] actual)
    {
        if (expected.Length != actual.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{actual.Length} outputs for {expected.Length} values");
        }

        var i = Math.Max(0, FirstOutOfTolerance(expected, actual));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"at index {i}, {actual[i]:R} where {nameof(BlockedOnlineSimd)} gives {expected[i]:R}: more than {2 * Relative:G1} relative apart, so one is more than {Relative:G1} from the exact value");
    }
}
