using FsCheck;
using FsCheck.Fluent;
using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes;

/// <summary>A Soft-NMS input.</summary>
public sealed record SoftCase(Box[] Boxes, float[] Scores, SoftNmsMethod Method, float Threshold, float Sigma, float MinScore)
{
    /// <summary>
    /// Up to 30 boxes with integer corners in [0, 16], scaled and moved exactly; Linear thresholds (2k + 1)/1024,
    /// which no IoU of such boxes comes within 1e-6 of; Gaussian sigmas from 0.1 to 2; a few minScores.
    /// </summary>
    public static Arbitrary<SoftCase> Any { get; } = Arb.From(
        from boxes in BoxGen.Grid(16, 30)
        from scores in BoxGen.Scores(boxes.Length)
        from method in Gen.Elements(SoftNmsMethod.Linear, SoftNmsMethod.Gaussian)
        from threshold in BoxGen.UnambiguousThresholds
        from sigma in Gen.Elements(0.1f, 0.5f, 1f, 2f)
        from minScore in Gen.Elements(0f, 0.001f, 0.1f, 0.3f, -1f)
        select new SoftCase(boxes, scores, method, threshold, sigma, minScore),
        Shrink);

    /// <inheritdoc/>
    public override string ToString() =>
        $"boxes = {BoxGen.Show(Boxes)}, scores = {Infrastructure.Generators.Show(Scores, 12)}, {Method}, iouThreshold = {Threshold:R}, sigma = {Sigma:R}, minScore = {MinScore:R}";

    private static IEnumerable<SoftCase> Shrink(SoftCase c)
    {
        if (c.Boxes.Length > 0)
        {
            yield return c with { Boxes = c.Boxes[1..], Scores = c.Scores[1..] };
            yield return c with { Boxes = c.Boxes[..^1], Scores = c.Scores[..^1] };
        }
    }
}
