using FsCheck;
using FsCheck.Fluent;
using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

/// <summary>Generators of valid boxes and of the kata's inputs.</summary>
internal static class BoxGen
{
    private const double Limit = 1e15;

    /// <summary>
    /// A frame: every box of one input is offset + scale·(u, v) with u, v in [−8, 8], so boxes of one input
    /// overlap often, at any magnitude: offsets from 0 to 2⁴⁹ (about 5.6e14) and scales from 2⁻¹⁴⁰ (below
    /// float's smallest normal) to 2⁴⁰.
    /// </summary>
    public static Gen<Frame> Frames { get; } =
        Gen.Frequency(
                (3, Gen.Constant(0.0)),
                (2, Gen.Choose(0, 49).SelectMany(k => Gen.Elements(-1.0, 1.0).Select(sign => sign * Math.ScaleB(1, k)))))
            .SelectMany(offset => Gen.Frequency(
                    (4, Gen.Choose(-4, 8)),
                    (1, Gen.Choose(-140, 40)))
                .Select(exponent => new Frame(offset, Math.ScaleB(1, exponent))));

    /// <summary>A box in <paramref name="frame"/>, sometimes of zero width or height.</summary>
    public static Gen<Box> BoxIn(Frame frame) =>
        from x in Interval(frame)
        from y in Interval(frame)
        select new Box(x.Low, y.Low, x.High, y.High);

    /// <summary>A box near <paramref name="box"/>: its corners moved by up to a quarter of its size, or the box itself.</summary>
    public static Gen<Box> Near(Box box, Frame frame) =>
        Gen.Frequency(
            (1, Gen.Constant(box)),
            (6, from dx1 in Jitter()
                from dy1 in Jitter()
                from dx2 in Jitter()
                from dy2 in Jitter()
                select Sorted(
                    Move(box.X1, dx1 * Size(box.X1, box.X2, frame)), Move(box.Y1, dy1 * Size(box.Y1, box.Y2, frame)),
                    Move(box.X2, dx2 * Size(box.X1, box.X2, frame)), Move(box.Y2, dy2 * Size(box.Y1, box.Y2, frame)))));

    /// <summary>Boxes of one frame in clusters (as a detector outputs them): a few seeds and boxes near them.</summary>
    public static Gen<Box[]> Clustered(Frame frame, int maxLength) =>
        from count in Gen.Choose(1, 5)
        from seeds in BoxIn(frame).ArrayOf(count)
        from length in Gen.Choose(0, maxLength)
        from boxes in Gen.Elements(seeds).SelectMany(seed => Near(seed, frame)).ArrayOf(length)
        select boxes;

    /// <summary>Boxes with integer corners in [0, <paramref name="size"/>], scaled by 2^e and moved by an offset that keeps every corner exact in float.</summary>
    public static Gen<Box[]> Grid(int size, int maxLength) =>
        from exponent in Gen.Choose(-60, 20)
        from offset in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, (1 << 23) - size)))
        from length in Gen.Choose(0, maxLength)
        from boxes in GridBox(size).ArrayOf(length)
        select boxes.Select(b => new Box(
            Scale((int)b.X1 + offset, exponent), Scale((int)b.Y1 + offset, exponent),
            Scale((int)b.X2 + offset, exponent), Scale((int)b.Y2 + offset, exponent))).ToArray();

    /// <summary>A box with integer corners in [0, <paramref name="size"/>].</summary>
    public static Gen<Box> GridBox(int size) =>
        from x1 in Gen.Choose(0, size)
        from x2 in Gen.Choose(0, size)
        from y1 in Gen.Choose(0, size)
        from y2 in Gen.Choose(0, size)
        select new Box(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));

    /// <summary>Scores: mostly distinct, sometimes from a handful of values (ties), sometimes negative.</summary>
    public static Gen<float[]> Scores(int length) =>
        Gen.Frequency(
            (3, Gen.Choose(1, 1 << 24).Select(k => k / (float)(1 << 24))),
            (1, Gen.Elements(0f, 0.25f, 0.5f, 1f)),
            (1, Gen.Choose(-1000, 1000).Select(k => k / 100f)))
        .ArrayOf(length);

    /// <summary>Thresholds: 0, 1, the usual 0.5 and 0.7, and any float in between.</summary>
    public static Gen<float> Thresholds { get; } = Gen.Frequency(
        (1, Gen.Elements(0f, 1f, 0.5f, 0.7f)),
        (3, Gen.Choose(0, 1 << 24).Select(k => k / (float)(1 << 24))));

    /// <summary>
    /// Thresholds (2k + 1)/1024: no IoU of boxes with integer corners in [0, 16] lies within 1.9e-6 of one
    /// (an IoU p/q has q ≤ 512, so p/q − (2k + 1)/1024 is 0 only if 1024 divides q, and is otherwise at least
    /// 1/(512·1024)), so every decision is beyond the contract's 1e-6 accuracy.
    /// </summary>
    public static Gen<float> UnambiguousThresholds { get; } = Gen.Choose(0, 511).Select(k => ((2 * k) + 1) / 1024f);

    /// <summary>Shrinks a box list: without the first or the last box.</summary>
    public static IEnumerable<T[]> ShrinkArray<T>(T[] values)
    {
        if (values.Length > 0)
        {
            yield return values[1..];
            yield return values[..^1];
        }
    }

    /// <summary>Formats boxes for counterexamples.</summary>
    public static string Show(IReadOnlyList<Box> boxes) =>
        Generators.Show(boxes.Select(b => FormattableString.Invariant($"({b.X1:R}, {b.Y1:R}, {b.X2:R}, {b.Y2:R})")).ToArray(), limit: 12);

    private static Gen<(float Low, float High)> Interval(Frame frame) =>
        from u in Coordinate()
        from v in Gen.Frequency((1, Gen.Constant(u)), (5, Coordinate()))
        let a = ToFloat(frame.Offset + (frame.Scale * u))
        let b = ToFloat(frame.Offset + (frame.Scale * v))
        select (Math.Min(a, b), Math.Max(a, b));

    private static Gen<double> Coordinate() => Gen.Choose(-8 * 1024, 8 * 1024).Select(k => k / 1024.0);

    private static Gen<double> Jitter() => Gen.Choose(-256, 256).Select(k => k / 1024.0);

    private static double Size(float low, float high, Frame frame) => Math.Max((double)high - low, frame.Scale / 16);

    private static float Move(float value, double by) => ToFloat(value + by);

    private static Box Sorted(float x1, float y1, float x2, float y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));

    private static float ToFloat(double value) => (float)Math.Clamp(value, -Limit, Limit);

    private static float Scale(int value, int exponent) => (float)Math.ScaleB(value, exponent);
}

/// <summary>Where the boxes of one generated input live: <c>offset + scale·(u, v)</c>.</summary>
internal readonly record struct Frame(double Offset, double Scale);
