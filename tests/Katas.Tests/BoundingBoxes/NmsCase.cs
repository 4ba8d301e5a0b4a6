using FsCheck;
using FsCheck.Fluent;
using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes;

/// <summary>An NMS input: boxes, one score and one class per box, a threshold.</summary>
public sealed record NmsCase(Box[] Boxes, float[] Scores, int[] Classes, float Threshold)
{
    /// <summary>Up to 40 boxes in clusters at any magnitude, tied and negative scores, three classes, any threshold.</summary>
    public static Arbitrary<NmsCase> Clustered { get; } = From(BoxGen.Frames.SelectMany(frame => BoxGen.Clustered(frame, 40)), BoxGen.Thresholds);

    /// <summary>
    /// Up to 40 boxes with integer corners in [0, 16] (scaled and moved exactly) and thresholds (2k + 1)/1024:
    /// every IoU is at least 1.9e-6 from the threshold, so every decision is determined by the statement.
    /// </summary>
    public static Arbitrary<NmsCase> Unambiguous { get; } = From(BoxGen.Grid(16, 40), BoxGen.UnambiguousThresholds);

    /// <summary>Boxes with integer corners in [0, 64] and thresholds k/16: exact IoU ties with the threshold are common.</summary>
    public static Arbitrary<NmsCase> Ties { get; } = From(BoxGen.Grid(64, 40), Gen.Choose(0, 16).Select(k => k / 16f));

    /// <inheritdoc/>
    public override string ToString() =>
        $"boxes = {BoxGen.Show(Boxes)}, scores = {Infrastructure.Generators.Show(Scores, 12)}, classes = {Infrastructure.Generators.Show(Classes, 12)}, iouThreshold = {Threshold:R}";

    private static Arbitrary<NmsCase> From(Gen<Box[]> boxes, Gen<float> thresholds) => Arb.From(
        from b in boxes
        from scores in BoxGen.Scores(b.Length)
        from classes in Gen.Choose(0, 2).ArrayOf(b.Length)
        from threshold in thresholds
        select new NmsCase(b, scores, classes, threshold),
        Shrink);

    private static IEnumerable<NmsCase> Shrink(NmsCase c)
    {
        if (c.Boxes.Length > 0)
        {
            yield return new NmsCase(c.Boxes[1..], c.Scores[1..], c.Classes[1..], c.Threshold);
            yield return new NmsCase(c.Boxes[..^1], c.Scores[..^1], c.Classes[..^1], c.Threshold);
        }
    }
}
