using Katas.RunningStatistics;

namespace Katas.Tests.RunningStatistics;

/// <summary>
/// The formulas the kata warns about, written here rather than in <c>src/Katas</c> (where discovery
/// would take them for a learner's solution and hold them to the contract), to document how they fail.
/// </summary>
public sealed class NaiveFormulaTests
{
    /// <summary>The example: 10⁵ values alternating 0.3 + 0.3/9.9e5 and 0.3 − 0.3/9.9e5.</summary>
    internal static double[] AlternatingNearOffset { get; } =
        Enumerable.Range(0, 100_000).Select(i => 0.3 + ((i % 2 == 0 ? 1 : -1) * (0.3 / 9.9e5))).ToArray();

    // Σx² − (Σx)² / n: the textbook formula, one pass, no stored values, and a subtraction of two
    // nearly equal large numbers.
    [Fact]
    public void TheTextbookFormulaLosesEveryDigitOnNumAcc4()
    {
        var (_, values, _, standardDeviation, _) = NistData.Get("NumAcc4");
        double sum = 0, squares = 0;
        foreach (var x in values)
        {
            sum += x;
            squares += x * x;
        }

        var m2 = squares - (sum * sum / values.Length);
        var exact = ExactMoments.Of(values);

        // Σx² is about 10¹⁷, where doubles are 16 apart; the M2 to find is 10.
        exact.M2.Should().BeApproximately(10, 1e-6);
        m2.Should().BeNegative("the rounding errors of two sums near 10¹⁷ swamp an M2 of 10: this formula gives {0:R}", m2);
        double.IsNaN(Math.Sqrt(m2 / (values.Length - 1))).Should().BeTrue("the standard deviation of a negative variance is NaN; certified: {0}", standardDeviation);
    }

    // A two-pass algorithm whose mean is a plain Σx / n keeps the first sum's rounding error: on values
    // near 0.3 it builds up to 1.7e-12 of the mean, beyond the contract's 1e-12. The correction
    // Σ(x − mean) / n, or a compensated sum, removes it.
    [Fact]
    public void APlainSumDividedByNMissesTheContractOnAlternatingValues()
    {
        var values = AlternatingNearOffset;
        var sum = 0.0;
        foreach (var x in values)
        {
            sum += x;
        }

        var plain = sum / values.Length;
        var correction = values.Sum(x => x - plain) / values.Length;
        var exact = ExactMoments.Of(values);

        exact.Ratio.Should().BeLessThan(Accuracy.MaxRatio, "the example is inside the contract");
        Accuracy.MeanError(plain, exact).Should().BeInRange(1.5e-12, 2e-12, "the plain mean {0:R} is off the exact {1:R}", plain, exact.Mean);
        Accuracy.MeanError(plain + correction, exact).Should().BeLessThan(1e-15, "the corrected mean {0:R} is not", plain + correction);
    }

    // Merging by the weighted average of the means, (n_a·m_a + n_b·m_b) / n, is right in real numbers but
    // not in doubles: 0.1 merged with two more 0.1s averages to 0.10000000000000002, and merging that
    // with one more 0.1 finds a spread among four equal values. Chan's m_a + δ·n_b / n keeps δ = 0.
    [Fact]
    public void AWeightedAverageOfMeansInventsASpreadAmongEqualValues()
    {
        static Moments WeightedAverage(Moments a, Moments b)
        {
            var count = a.Count + b.Count;
            var delta = b.Mean - a.Mean;
            return new(count, ((a.Mean * a.Count) + (b.Mean * b.Count)) / count, a.M2 + b.M2 + (delta * delta * a.Count * b.Count / count));
        }

        var three = WeightedAverage(new Moments(1, 0.1, 0), new Moments(2, 0.1, 0));
        var four = WeightedAverage(three, new Moments(1, 0.1, 0));

        three.Mean.Should().Be(0.10000000000000002, "(0.1 + 0.2) / 3 rounds up");
        four.M2.Should().BePositive("a merge of four values of 0.1 found M2 = {0:R}", four.M2);
    }
}
