using Katas.BoundingBoxes.Solutions;
using Katas.Discovery;

namespace Katas.BoundingBoxes;

/// <summary>The bounding boxes kata: IoU and its variants, and hard, per-class and soft non-maximum suppression.</summary>
public sealed class BoundingBoxesKata : KataDefinition
{
    private static readonly Box[] TwoBoxes = [new(0, 0, 2, 2), new(1, 1, 3, 3)];
    private static readonly float[] TwoScores = [0.9f, 0.8f];

    /// <inheritdoc/>
    public override string Title => "Bounding Boxes: IoU and Non-Maximum Suppression";

    /// <inheritdoc/>
    public override int Order => 5;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<IBoxOverlap>(
            probe: Probes.AnyOf<IBoxOverlap>(
                o => o.Overlap(OverlapKind.Iou, TwoBoxes[0], TwoBoxes[1]),
                o => o.OverlapMatrix(OverlapKind.Iou, TwoBoxes, TwoBoxes, new float[4])),
            oracle: typeof(Scalar),
            baseline: typeof(Scalar)),
        Contract.For<INonMaximumSuppression>(
            probe: Probes.AnyOf<INonMaximumSuppression>(
                s => s.Suppress(TwoBoxes, TwoScores, 0.5f),
                s => s.SuppressPerClass(TwoBoxes, TwoScores, [0, 1], 0.5f)),
            oracle: typeof(Textbook),
            baseline: typeof(SortedGreedy)),
        Contract.For<ISoftNonMaximumSuppression>(
            probe: s => s.SoftSuppress(TwoBoxes, TwoScores, SoftNmsMethod.Linear, 0.3f, 0.5f, 0.001f),
            oracle: typeof(DirectSoftNms),
            baseline: typeof(DirectSoftNms)),
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// <c>Suppress</c> on detector-like output (next to <see cref="DetectorLike"/>) of 2¹⁰ to 2¹⁶ boxes at
    /// threshold 0.5. The statement asks for about O(N log N) there; the textbook scan and a sorted greedy
    /// loop that compares each box with every kept box grow about quadratically, as the kept boxes grow
    /// with N. The grid solution's answers stand in for the O(N²) oracle's (every test holds it to the oracle).
    /// </remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<INonMaximumSuppression, (Box[] Boxes, float[] Scores), int[]>
        {
            Operation = nameof(INonMaximumSuppression.Suppress),
            Axis = "n",
            At = "threshold 0.5",
            Aim = "about n log n",
            AimExponent = 1,
            Sizes = [1 << 10, 1 << 12, 1 << 14, 1 << 16],
            Input = DetectorLike,
            Run = (s, input) => s.Suppress(input.Boxes, input.Scores, 0.5f),
            Describe = n => $"{n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ')} boxes of detector output",
            Rival = typeof(SpatialGrid),
            Answers = typeof(SpatialGrid),
        },
    ];

    // n candidate boxes clustered around n/50 objects, at a fixed density (the image grows with n), as
    // the benchmarks' detector output but on whole coordinates with sides at most 300: an IoU is then
    // 0.5 exactly or at least 1/(2·2·300²) away from it, beyond the 1e-6 the statement leaves open, so
    // every correct solution keeps the same boxes.
    private static (Box[] Boxes, float[] Scores) DetectorLike(int n)
    {
        var random = new Random(2017);
        var objects = Math.Max(1, n / 50);
        var side = (int)(640 * Math.Sqrt(objects / 20.0));
        var centres = new (int X, int Y, int W, int H)[objects];
        for (var o = 0; o < objects; o++)
        {
            centres[o] = (random.Next(side), random.Next(side), random.Next(16, 257), random.Next(16, 257));
        }

        var boxes = new Box[n];
        var scores = new float[n];
        for (var i = 0; i < n; i++)
        {
            var (x, y, w, h) = centres[random.Next(objects)];
            var (bw, bh) = (Math.Clamp(w + random.Next(-w / 8, (w / 8) + 1), 1, 300), Math.Clamp(h + random.Next(-h / 8, (h / 8) + 1), 1, 300));
            var (x1, y1) = (x + random.Next(-w / 10, (w / 10) + 1) - (bw / 2), y + random.Next(-h / 10, (h / 10) + 1) - (bh / 2));
            boxes[i] = new Box(x1, y1, x1 + bw, y1 + bh);
            scores[i] = 1 - random.NextSingle();
        }

        return (boxes, scores);
    }
}
