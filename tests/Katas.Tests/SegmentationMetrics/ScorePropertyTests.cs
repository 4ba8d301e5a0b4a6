using Katas.SegmentationMetrics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

public sealed class ScorePropertyTests
{
    [Theory, Implementations<ISegmentationMetrics>]
    public void AgreesWithTheDefinitionsOnSmallCounts(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(MatrixCase.SmallCounts, c => sut.Score(c.Confusion, c.ClassCount).ShouldMatch(Oracle.Score(c.Confusion, c.ClassCount)));
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void AgreesWithTheDefinitionsWhenSumsExceedALong(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(MatrixCase.HugeCounts, c => sut.Score(c.Confusion, c.ClassCount).ShouldMatch(Oracle.Score(c.Confusion, c.ClassCount)));
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void AgreesWithTheDefinitionsForAnyClassCount(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(MatrixCase.AnyClassCount, c => sut.Score(c.Confusion, c.ClassCount).ShouldMatch(Oracle.Score(c.Confusion, c.ClassCount)), maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void ScoresAreInZeroToOneOrNaNExactlyWhereUndefined(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(MatrixCase.SmallCounts, c =>
        {
            var k = c.ClassCount;
            var scores = sut.Score(c.Confusion, k);
            var trueTotals = Enumerable.Range(0, k).Select(i => Enumerable.Range(0, k).Sum(p => c[i, p])).ToArray();
            var predictedTotals = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).Sum(t => c[t, j])).ToArray();
            var counted = trueTotals.Sum();

            scores.ClassAccuracy.Should().HaveCount(k);
            scores.ClassIou.Should().HaveCount(k);
            for (var i = 0; i < k; i++)
            {
                InUnitIntervalOrNaN(scores.ClassAccuracy[i], trueTotals[i] == 0, $"ClassAccuracy[{i}] (class {i} has {trueTotals[i]} true pixels)");
                InUnitIntervalOrNaN(scores.ClassIou[i], trueTotals[i] + predictedTotals[i] == 0, $"ClassIou[{i}] (class {i} has {trueTotals[i]} true and {predictedTotals[i]} predicted pixels)");
                if (trueTotals[i] == 0 && predictedTotals[i] > 0)
                {
                    scores.ClassIou[i].Should().Be(0, "class {0} is only in the prediction", i);
                }
            }

            InUnitIntervalOrNaN(scores.PixelAccuracy, counted == 0, "PixelAccuracy");
            InUnitIntervalOrNaN(scores.MeanPixelAccuracy, counted == 0, "MeanPixelAccuracy");
            InUnitIntervalOrNaN(scores.MeanIou, counted == 0, "MeanIou");
            InUnitIntervalOrNaN(scores.FrequencyWeightedIou, counted == 0, "FrequencyWeightedIou");
        });
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void APerfectPredictionHasEveryDefinedScoreOne(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        // The prediction is the truth wherever it counts (and anything where the truth is ignored).
        PropertyCheck.ForAll(LabelCase.Runs, c =>
        {
            var perfect = c.Truth.Select((t, i) => c.IsCounted(i) ? t : c.Predicted[i]).ToArray();
            var scores = sut.Score(sut.ConfusionMatrix(c.Truth, perfect, c.ClassCount, c.IgnoreLabel), c.ClassCount);

            double[] all = [scores.PixelAccuracy, scores.MeanPixelAccuracy, scores.MeanIou, scores.FrequencyWeightedIou, .. scores.ClassAccuracy, .. scores.ClassIou];
            // (Every score is NaN when no pixel is counted: nothing to check then but the NaNs below.)
            all.Where(s => !double.IsNaN(s) && Math.Abs(s - 1) > ScoresAssertions.Tolerance).Should().BeEmpty("every defined score of a perfect prediction is 1");
            for (var i = 0; i < c.ClassCount; i++)
            {
                var present = c.Truth.Any(t => t == i);
                double.IsNaN(scores.ClassIou[i]).Should().Be(!present, "class {0} is {1} the truth", i, present ? "in" : "not in");
            }
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void RelabellingClassesPermutesTheClassScores(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        // Class i becomes class K − 1 − i (its own inverse), so new class j has old class K − 1 − j's scores.
        PropertyCheck.ForAll(MatrixCase.SmallCounts, c =>
        {
            var k = c.ClassCount;
            var relabel = Enumerable.Range(0, k).Reverse().ToArray();
            var permuted = new long[k * k];
            for (var t = 0; t < k; t++)
            {
                for (var p = 0; p < k; p++)
                {
                    permuted[(relabel[t] * k) + relabel[p]] = c[t, p];
                }
            }

            var scores = sut.Score(c.Confusion, k);
            var relabelled = sut.Score(permuted, k);
            relabelled.ShouldMatch(scores with
            {
                ClassAccuracy = Enumerable.Range(0, k).Select(i => scores.ClassAccuracy[relabel[i]]).ToArray(),
                ClassIou = Enumerable.Range(0, k).Select(i => scores.ClassIou[relabel[i]]).ToArray(),
            });
        });
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void TheMatrixIsNotModified(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(MatrixCase.HugeCounts, c =>
        {
            var before = (long[])c.Confusion.Clone();
            _ = sut.Score(c.Confusion, c.ClassCount);
            c.Confusion.Should().Equal(before, "the matrix must not be modified");
        }, maxTest: 30);
    }

    private static void InUnitIntervalOrNaN(double score, bool undefined, string name)
    {
        if (undefined)
        {
            score.Should().Be(double.NaN, "{0} is undefined", name);
        }
        else
        {
            score.Should().BeInRange(0, 1, "{0} is defined", name);
        }
    }
}
