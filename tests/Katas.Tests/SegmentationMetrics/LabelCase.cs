using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

/// <summary>
/// A valid input of <c>ConfusionMatrix</c>: two label maps of one length, a class count K and an ignore
/// label ≥ K. True labels are below K or the ignore label; predicted labels are below K on counted
/// pixels and anything (0..255) on ignored ones.
/// </summary>
public sealed record LabelCase(byte[] Truth, byte[] Predicted, int ClassCount, byte IgnoreLabel)
{
    /// <summary>Short maps of a few classes (1 to 5), pixels independent: every pair and every tail length.</summary>
    public static Arbitrary<LabelCase> FewClasses { get; } =
        Arb.From(Gen.Sized(size => Case(Gen.Choose(1, 5), Gen.Choose(0, size), RandomPixels)), Shrink);

    /// <summary>Short maps of any class count from 1 to 255, pixels independent.</summary>
    public static Arbitrary<LabelCase> AnyClassCount { get; } =
        Arb.From(Gen.Sized(size => Case(Gen.Choose(1, 255), Gen.Choose(0, size), RandomPixels)), Shrink);

    /// <summary>
    /// Maps up to 20 000 pixels long made of runs, as real masks are: runs of one (true, predicted) pair
    /// of 1 to 300 pixels, stretches of noise (a new pair at each pixel) and ignored stretches, for the
    /// class counts each path of the fast solutions takes (1 to 3, 4, 19, 150, 255). Long enough to cross
    /// every block, vector and accumulation-chunk boundary.
    /// </summary>
    public static Arbitrary<LabelCase> Runs { get; } =
        Arb.From(Case(Gen.Elements(1, 2, 3, 4, 19, 150, 255), Gen.Choose(0, 20_000), RunsOfPairs), ShrinkByHalves);

    /// <inheritdoc/>
    public override string ToString() =>
        $"truth = {Generators.Show(Truth)}, predicted = {Generators.Show(Predicted)}, classCount = {ClassCount}, ignoreLabel = {IgnoreLabel}";

    /// <summary>Whether pixel <paramref name="i"/> is counted (its true label is not the ignore label).</summary>
    public bool IsCounted(int i) => Truth[i] != IgnoreLabel;

    private static Gen<LabelCase> Case(Gen<int> classCounts, Gen<int> lengths, Func<int, byte, int, Gen<(byte[], byte[])>> maps) =>
        from classCount in classCounts
        from ignoreLabel in Gen.Frequency((3, Gen.Constant(255)), (1, Gen.Choose(classCount, 255)))
        from length in lengths
        from pair in maps(classCount, (byte)ignoreLabel, length)
        select new LabelCase(pair.Item1, pair.Item2, classCount, (byte)ignoreLabel);

    // One in eight pixels ignored, with any predicted label; the others a uniform pair of classes.
    private static Gen<(byte[], byte[])> RandomPixels(int classCount, byte ignoreLabel, int length) =>
        Pixel(classCount, ignoreLabel).ArrayOf(length).Select(pixels => (pixels.Select(p => p.Truth).ToArray(), pixels.Select(p => p.Predicted).ToArray()));

    private static Gen<(byte Truth, byte Predicted)> Pixel(int classCount, byte ignoreLabel) =>
        Gen.Frequency(
            (7, from t in Gen.Choose(0, classCount - 1) from p in Gen.Choose(0, classCount - 1) select ((byte)t, (byte)p)),
            (1, Gen.Choose(0, 255).Select(p => (ignoreLabel, (byte)p))));

    private static Gen<(byte[], byte[])> RunsOfPairs(int classCount, byte ignoreLabel, int length) =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var (truth, predicted) = (new byte[length], new byte[length]);
            for (var i = 0; i < length;)
            {
                // Mostly long runs; some noise and some ignored stretches (each with its own predicted label).
                var kind = random.Next(10);
                var run = Math.Min(length - i, kind switch
                {
                    < 6 => 1 + random.Next(random.Next(2) == 0 ? 300 : 40),
                    < 8 => 1 + random.Next(200),
                    _ => 1 + random.Next(100),
                });
                var (t, p) = ((byte)random.Next(classCount), (byte)random.Next(classCount));
                for (var j = i; j < i + run; j++)
                {
                    (truth[j], predicted[j]) = kind switch
                    {
                        < 6 => (t, p),
                        < 8 => ((byte)random.Next(classCount), (byte)random.Next(classCount)),
                        _ => (ignoreLabel, random.Next(3) == 0 ? (byte)random.Next(256) : p),
                    };
                }

                i += run;
            }

            return (truth, predicted);
        });

    // A long failing input would take long to shrink pixel by pixel: halve it first.
    private static IEnumerable<LabelCase> ShrinkByHalves(LabelCase c)
    {
        if (c.Truth.Length <= 64)
        {
            return Shrink(c);
        }

        var half = c.Truth.Length / 2;
        return
        [
            c with { Truth = c.Truth[..half], Predicted = c.Predicted[..half] },
            c with { Truth = c.Truth[half..], Predicted = c.Predicted[half..] },
        ];
    }

    // Without the first or the last pixel, then with one pixel made (0, 0), which is valid for every K.
    private static IEnumerable<LabelCase> Shrink(LabelCase c)
    {
        if (c.Truth.Length > 0)
        {
            yield return c with { Truth = c.Truth[1..], Predicted = c.Predicted[1..] };
            yield return c with { Truth = c.Truth[..^1], Predicted = c.Predicted[..^1] };
        }

        for (var i = 0; i < c.Truth.Length; i++)
        {
            if (c.Truth[i] != 0 || c.Predicted[i] != 0)
            {
                var (truth, predicted) = ((byte[])c.Truth.Clone(), (byte[])c.Predicted.Clone());
                (truth[i], predicted[i]) = (0, 0);
                yield return c with { Truth = truth, Predicted = predicted };
            }
        }
    }
}
