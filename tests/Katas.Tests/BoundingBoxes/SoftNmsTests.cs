using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

public sealed class SoftNmsTests
{
    // mmcv, tests/test_ops/test_nms.py, test_softnms_allclose: iou_threshold 0.3, sigma 0.5, min_score 0.01.
    private static readonly Box[] MmcvBoxes = [new(6, 3, 8, 7), new(3, 6, 9, 11), new(3, 7, 10, 12), new(1, 4, 13, 7)];
    private static readonly float[] MmcvScores = [0.6f, 0.9f, 0.7f, 0.2f];

    public static TheoryData<string, Box[], float[], SoftNmsMethod, float, float, float, int[], float[]> Examples { get; } = new()
    {
        { "mmcv test_softnms_allclose, linear", MmcvBoxes, MmcvScores, SoftNmsMethod.Linear, 0.3f, 0.5f, 0.01f, [1, 0, 2, 3], [0.9f, 0.6f, 0.29024392f, 0.2f] },
        { "mmcv test_softnms_allclose, gaussian", MmcvBoxes, MmcvScores, SoftNmsMethod.Gaussian, 0.3f, 0.5f, 0.01f, [1, 0, 2, 3], [0.9f, 0.59630775f, 0.35275510f, 0.18650459f] },
        { "no boxes", [], [], SoftNmsMethod.Gaussian, 0.3f, 0.5f, 0.01f, [], [] },
        { "a box below minScore is never output, not even alone", [new(0, 0, 1, 1), new(5, 5, 6, 6)], [0.5f, 0.001f], SoftNmsMethod.Linear, 0.3f, 0.5f, 0.01f, [0], [0.5f] },
        { "identical boxes, Linear: the second decays to 0 and is dropped", [new(0, 0, 2, 2), new(0, 0, 2, 2)], [0.9f, 0.8f], SoftNmsMethod.Linear, 0.5f, 0f, 0.001f, [0], [0.9f] },
        { "identical boxes, Linear, minScore 0: kept with score 0", [new(0, 0, 2, 2), new(0, 0, 2, 2)], [0.9f, 0.8f], SoftNmsMethod.Linear, 0.5f, 0f, 0f, [0, 1], [0.9f, 0f] },
        { "Linear leaves an IoU below the threshold alone", [new(0, 0, 2, 2), new(1, 0, 3, 2)], [0.9f, 0.8f], SoftNmsMethod.Linear, 0.5f, 0f, 0f, [0, 1], [0.9f, 0.8f] },
        { "Linear at IoU = threshold decays (≥)", [new(0, 0, 2, 1), new(0, 0, 1, 1)], [0.9f, 0.8f], SoftNmsMethod.Linear, 0.5f, 0f, 0f, [0, 1], [0.9f, 0.4f] },
        { "Gaussian decays by exp(−IoU²/sigma)", [new(0, 0, 2, 1), new(0, 0, 1, 1)], [0.9f, 0.8f], SoftNmsMethod.Gaussian, 0.5f, 0.5f, 0f, [0, 1], [0.9f, (float)(0.8 * Math.Exp(-0.5))] },
        { "equal scores: the lower index first", [new(0, 0, 1, 1), new(4, 4, 5, 5)], [0.5f, 0.5f], SoftNmsMethod.Gaussian, 0.3f, 0.5f, 0f, [0, 1], [0.5f, 0.5f] },
        { "a decayed box falls behind a weaker one", [new(0, 0, 2, 2), new(0, 0, 2, 2.2f), new(9, 9, 10, 10)], [0.9f, 0.8f, 0.5f], SoftNmsMethod.Linear, 0.3f, 0f, 0f, [0, 2, 1], [0.9f, 0.5f, 0.8f * (1 - (4 / 4.4f))] },
    };

    [Theory, Implementations<ISoftNonMaximumSuppression>(Cases = nameof(Examples))]
    public void SelectsTheExpectedBoxesWithTheirDecayedScores(string implementation, string example, Box[] boxes, float[] scores,
        SoftNmsMethod method, float threshold, float sigma, float minScore, int[] expectedIndices, float[] expectedScores)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        var actual = sut.SoftSuppress(boxes, scores, method, threshold, sigma, minScore);

        actual.Select(s => s.Index).Should().Equal(expectedIndices, example);
        for (var k = 0; k < actual.Length; k++)
        {
            actual[k].Score.Should().BeApproximately(expectedScores[k], Math.Max(1e-6f, Math.Abs(expectedScores[k]) * 1e-5f), "{0}: score of selection {1}", example, k);
        }
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>]
    public void AgreesWithTheDefinition(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        PropertyCheck.ForAll(SoftCase.Any, c =>
        {
            var actual = sut.SoftSuppress(c.Boxes, c.Scores, c.Method, c.Threshold, c.Sigma, c.MinScore);
            var problem = SoftNmsOracle.Judge(c.Boxes, c.Scores, c.Method, c.Threshold, c.Sigma, c.MinScore, actual);
            problem.Should().BeNull("the output was {0}", string.Join(", ", actual.Select(s => $"{s.Index}: {s.Score:R}")));
        }, maxTest: 300);
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>]
    public void EverySelectedScoreIsAtLeastMinScore(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        PropertyCheck.ForAll(SoftCase.Any, c =>
            sut.SoftSuppress(c.Boxes, c.Scores, c.Method, c.Threshold, c.Sigma, c.MinScore)
                .All(s => s.Score >= c.MinScore - (1e-5f * Math.Max(1, Math.Abs(c.MinScore)))).Should().BeTrue());
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>]
    public void BoxesThatOverlapNothingKeepTheirScores(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        // Boxes on a grid of disjoint cells: no decay, so Soft-NMS sorts them by score and drops the weak.
        PropertyCheck.ForAll(SoftCase.Any, c =>
        {
            var boxes = Enumerable.Range(0, c.Scores.Length).Select(i => new Box(3 * i, 0, (3 * i) + 2, 2)).ToArray();
            var expected = Enumerable.Range(0, boxes.Length).Where(i => c.Scores[i] >= c.MinScore)
                .OrderByDescending(i => c.Scores[i]).ThenBy(i => i)
                .Select(i => new ScoredIndex(i, c.Scores[i]));
            sut.SoftSuppress(boxes, c.Scores, c.Method, c.Threshold, c.Sigma, c.MinScore).Should().Equal(expected);
        });
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>]
    public void InputsAreNotModified(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        PropertyCheck.ForAll(SoftCase.Any, c =>
        {
            var (boxes, scores) = ((Box[])c.Boxes.Clone(), (float[])c.Scores.Clone());
            _ = sut.SoftSuppress(boxes, scores, c.Method, c.Threshold, c.Sigma, c.MinScore);
            boxes.Should().Equal(c.Boxes);
            scores.Should().Equal(c.Scores);
        }, maxTest: 50);
    }
}
