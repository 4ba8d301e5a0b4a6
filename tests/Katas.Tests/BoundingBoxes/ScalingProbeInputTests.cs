using Katas.BoundingBoxes;
using Katas.BoundingBoxes.Solutions;
using Katas.Discovery;
using Katas.Tests.BoundingBoxes.Straightforward;

namespace Katas.Tests.BoundingBoxes;

/// <summary>
/// The scaling probe's inputs (<c>BoundingBoxesKata.Scaling</c>) have one right answer: the probe
/// compares a learner's with the grid solution's exactly, so no pair may sit within the statement's 1e-6
/// of the threshold, where a correct solution may decide either way.
/// </summary>
public sealed class ScalingProbeInputTests
{
    private static readonly ScalingProbe<INonMaximumSuppression, (Box[] Boxes, float[] Scores), int[]> Probe =
        new BoundingBoxesKata().Scaling.OfType<ScalingProbe<INonMaximumSuppression, (Box[] Boxes, float[] Scores), int[]>>().Single();

    [Fact]
    public void TheSmallestInputsAnswerIsTheDefinitionsWithNoPairNearTheThreshold()
    {
        var (boxes, scores) = Probe.Input(Probe.Sizes[0]);

        var expected = NmsOracle.Expected(boxes, scores, null, 0.5f);

        NmsOracle.Expected(boxes, scores, null, 0.5f, NmsOracle.Accuracy, []).Should().Equal(expected, "no decision is left open by the accuracy the statement allows");
        NmsOracle.Expected(boxes, scores, null, 0.5f, NmsOracle.Accuracy, Enumerable.Range(0, boxes.Length).ToArray()).Should().Equal(expected);
        Probe.Run(new SpatialGrid(), (boxes, scores)).Should().Equal(expected);
        expected.Length.Should().BeInRange(boxes.Length / 100, boxes.Length / 2, "detector output keeps a few boxes per object");
    }

    [Fact]
    public void AStraightforwardSolutionAgreesWithTheGridOnEveryInputUpTo16384Boxes()
    {
        foreach (var size in Probe.Sizes.Where(s => s <= 1 << 14))
        {
            var input = Probe.Input(size);

            Probe.Run(new PlainNms(), input).Should().Equal(Probe.Run(new SpatialGrid(), input), $"at {size} boxes");
        }
    }
}
