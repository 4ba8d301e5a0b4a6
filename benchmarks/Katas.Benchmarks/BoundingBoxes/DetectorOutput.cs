using Katas.Benchmarks.Infrastructure;
using Katas.BoundingBoxes;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary>
/// Candidate boxes as a detector outputs them before NMS: clustered around N/50 objects with jittered
/// positions and sizes, at a fixed density (on average 20 objects per 640×640 area, so the image grows with
/// N), scores uniform in (0, 1], and one of 80 classes per object (a candidate takes its object's class
/// nine times in ten).
/// </summary>
public sealed class DetectorOutput
{
    /// <summary>The number of classes (COCO's).</summary>
    public const int Classes = 80;

    private DetectorOutput(Box[] boxes, float[] scores, int[] classes) => (Boxes, Scores, ClassIds) = (boxes, scores, classes);

    /// <summary>Gets the candidate boxes.</summary>
    public Box[] Boxes { get; }

    /// <summary>Gets one score per box, uniform in (0, 1].</summary>
    public float[] Scores { get; }

    /// <summary>Gets one class per box, in [0, 80).</summary>
    public int[] ClassIds { get; }

    /// <summary>Generates <paramref name="n"/> candidates from a fixed seed.</summary>
    public static DetectorOutput Generate(int n, int seed = InputData.Seed)
    {
        var random = new Random(seed);
        var objects = Math.Max(1, n / 50);
        var side = 640 * Math.Sqrt(objects / 20.0);
        var centres = new (double X, double Y, double W, double H, int Class)[objects];
        for (var o = 0; o < objects; o++)
        {
            // Sizes log-uniform from 16 to 256 pixels, aspect ratios from 1:2 to 2:1.
            var size = Math.Exp(Math.Log(16) + (random.NextDouble() * Math.Log(16)));
            var aspect = Math.Exp((random.NextDouble() - 0.5) * Math.Log(4));
            centres[o] = (random.NextDouble() * side, random.NextDouble() * side, size * Math.Sqrt(aspect), size / Math.Sqrt(aspect), random.Next(Classes));
        }

        var (boxes, scores, classes) = (new Box[n], new float[n], new int[n]);
        for (var i = 0; i < n; i++)
        {
            var (x, y, w, h, c) = centres[random.Next(objects)];
            var (cx, cy) = (x + (Normal(random) * 0.1 * w), y + (Normal(random) * 0.1 * h));
            var (bw, bh) = (w * Math.Exp(Normal(random) * 0.1), h * Math.Exp(Normal(random) * 0.1));
            boxes[i] = new Box((float)(cx - (bw / 2)), (float)(cy - (bh / 2)), (float)(cx + (bw / 2)), (float)(cy + (bh / 2)));
            scores[i] = 1 - random.NextSingle();
            classes[i] = random.Next(10) == 0 ? random.Next(Classes) : c;
        }

        return new DetectorOutput(boxes, scores, classes);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
