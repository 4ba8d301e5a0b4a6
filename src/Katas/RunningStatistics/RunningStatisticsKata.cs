using System.Globalization;
using Katas.Discovery;
using Katas.RunningStatistics.Solutions;

namespace Katas.RunningStatistics;

/// <summary>The Running Mean and Variance kata: Welford's update, Chan's merge, and the accuracy of each.</summary>
public sealed class RunningStatisticsKata : KataDefinition
{
    // The statement's accuracy, promised for up to 10⁵ values: the mean within 1e-12·max(|μ|, σ), M2
    // within 1e-6·M2.
    private const double MeanBound = 1e-12;
    private const double M2Bound = 1e-6;
    private const int PromisedCount = 100_000;

    /// <inheritdoc/>
    public override string Title => "Running Mean and Variance";

    /// <inheritdoc/>
    public override int Order => 6;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<IRunningStatistics>(
            // A learner may start with any of the three operations: Add is the statement's running mean.
            probe: Probes.AnyOf<IRunningStatistics>(
                s => s.Summarize([1, 2]),
                s => s.Add(Moments.Empty, 1),
                s => s.Combine(new Moments(1, 1, 0), new Moments(1, 2, 0))),
            oracle: typeof(TwoPass),
            baseline: typeof(Welford)),
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// <para>
    /// <c>Summarize</c> of 2¹² to 2²⁰ values uniform in [1, 3) (mean 2, σ ≈ 0.58, shuffled). The statement
    /// asks for O(n), one pass or two. Answers are compared with the oracle's (the corrected two pass, within
    /// an ulp or two) at twice the statement's bounds, as an answer and the oracle may each be off by the
    /// bound: the same count, the mean within 2e-12·max(|μ|, σ), M2 within 2e-6·M2.
    /// </para>
    /// <para>
    /// The statement promises its bounds for up to 10⁵ values; past that the tolerance grows in proportion
    /// to n, as the worst-case error of a plain running sum does. A plain Welford or two-pass solution
    /// is orders of magnitude inside it on these well-conditioned values.
    /// </para>
    /// </remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<IRunningStatistics, double[], Moments>
        {
            Operation = nameof(IRunningStatistics.Summarize),
            Axis = "n",
            Aim = "linear in n",
            AimExponent = 1,
            Sizes = [1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20],
            Input = n => ProbeData.Doubles(n, seed: 1962, min: 1, max: 3),
            Run = (s, values) => s.Summarize(values),
            Rival = typeof(BlockedSimd),
            Same = (expected, actual) => Mismatch(expected, actual) is null,
            Difference = (expected, actual) => Mismatch(expected, actual) ?? "",
        },
    ];

    // How actual misses expected (the oracle's) beyond twice the statement's bounds, scaled up past
    // 10⁵ values; null when it does not. A NaN is never within a bound.
    private static string? Mismatch(Moments expected, Moments actual)
    {
        if (actual.Count != expected.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a count of {actual.Count} for {expected.Count} values");
        }

        var growth = Math.Max(1, (double)expected.Count / PromisedCount);
        var scale = Math.Max(Math.Abs(expected.Mean), Math.Sqrt(expected.M2 / expected.Count));
        if (!(Math.Abs(actual.Mean - expected.Mean) <= 2 * MeanBound * growth * scale))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the mean {actual.Mean:R} where {nameof(TwoPass)} gives {expected.Mean:R}: more than {2 * MeanBound * growth:G2}·max(|μ|, σ) apart");
        }

        if (!(Math.Abs(actual.M2 - expected.M2) <= 2 * M2Bound * growth * expected.M2))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"M2 {actual.M2:R} where {nameof(TwoPass)} gives {expected.M2:R}: more than {2 * M2Bound * growth:G2} relative apart");
        }

        return null;
    }
}
