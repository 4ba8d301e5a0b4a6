using System.Globalization;
using Katas.RunningStatistics;

namespace Katas.Tests.RunningStatistics;

/// <summary>The accuracy the contract promises, and checks of a result against the exact one.</summary>
internal static class Accuracy
{
    /// <summary>The contract's bound on the mean's error, relative to max(|μ|, σ).</summary>
    public const double Mean = 1e-12;

    /// <summary>The contract's bound on M2's relative error.</summary>
    public const double M2 = 1e-6;

    /// <summary>The most accurate reference's bound on both, for any n and any ratio of mean to spread.</summary>
    public const double Best = 1e-14;

    /// <summary>The most values the contract's bounds are promised for.</summary>
    public const int MaxCount = 100_000;

    /// <summary>The largest |μ| / σ the contract's bounds are promised for.</summary>
    public const double MaxRatio = 1e6;

    /// <summary>Gets whether the contract promises its bounds for values whose exact moments are <paramref name="exact"/>.</summary>
    public static bool IsPromised(ExactMoments exact) =>
        exact.Count <= MaxCount && (exact.IsConstant || exact.Ratio <= MaxRatio);

    /// <summary>The mean's error relative to max(|μ|, σ) (for values that are all 0, 0 exactly or infinite).</summary>
    public static double MeanError(double mean, ExactMoments exact) =>
        mean == exact.Mean ? 0 : Math.Abs(mean - exact.Mean) / exact.MeanScale;

    /// <summary>M2's relative error (for constant data, 0 exactly or infinite).</summary>
    public static double M2Error(double m2, ExactMoments exact) =>
        exact.IsConstant ? (m2 == 0 ? 0 : double.PositiveInfinity) : Math.Abs(m2 - exact.M2) / exact.M2;

    /// <summary>
    /// Asserts that <paramref name="actual"/> summarises the values whose exact moments are
    /// <paramref name="exact"/>: the same count; for equal values exactly (n, value, 0); otherwise the mean
    /// within <paramref name="meanBound"/>·max(|μ|, σ) and M2 within <paramref name="m2Bound"/>·M2.
    /// </summary>
    public static void ShouldAgree(Moments actual, ExactMoments exact, double meanBound, double m2Bound, string input)
    {
        actual.Count.Should().Be(exact.Count, "the count of {0}", input);
        if (exact.IsConstant)
        {
            actual.Mean.Should().Be(exact.Mean, "every value is {0:R}, so the mean is exactly that: {1}", exact.Mean, input);
            actual.M2.Should().Be(0, "every value is the same, so M2 is exactly 0: {0}", input);
            return;
        }

        var meanError = MeanError(actual.Mean, exact);
        var m2Error = M2Error(actual.M2, exact);
        meanError.Should().BeLessThanOrEqualTo(
            meanBound,
            "the mean {0:R} should be within {1:G1}·max(|μ|, σ) of the exact {2:R} (σ = {3:G4}; it is {4}·max(|μ|, σ) off) in {5} of {6}",
            actual.Mean, meanBound, exact.Mean, exact.StandardDeviation, Show(meanError), Show(actual), input);
        m2Error.Should().BeLessThanOrEqualTo(
            m2Bound,
            "M2 {0:R} should be within {1:G1} of the exact {2:R} relatively (it is {3} off) in {4} of {5}",
            actual.M2, m2Bound, exact.M2, Show(m2Error), Show(actual), input);
    }

    /// <summary>Asserts the contract's bounds, where the contract promises them.</summary>
    public static void ShouldMeetTheContract(Moments actual, ExactMoments exact, string input)
    {
        if (IsPromised(exact))
        {
            ShouldAgree(actual, exact, Mean, M2, input);
        }
        else
        {
            actual.Count.Should().Be(exact.Count, "the count of {0}", input);
        }
    }

    /// <summary>Correct significant digits of <paramref name="actual"/> against <paramref name="certified"/>: −log₁₀ of the relative error (the LRE of McCullough's accuracy tests), ∞ when exact.</summary>
    public static double Digits(double actual, double certified) =>
        actual == certified ? double.PositiveInfinity : -Math.Log10(Math.Abs(actual - certified) / Math.Abs(certified));

    /// <summary>A summary as the failure messages show it: <c>(n = 3, mean = 0.1, M2 = 0)</c>.</summary>
    public static string Show(Moments moments) =>
        string.Create(CultureInfo.InvariantCulture, $"(n = {moments.Count}, mean = {moments.Mean:R}, M2 = {moments.M2:R})");

    private static string Show(double error) => error.ToString("G3", CultureInfo.InvariantCulture);
}
