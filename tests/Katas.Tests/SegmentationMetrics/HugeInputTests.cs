using Katas.SegmentationMetrics.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

/// <summary>
/// Label maps of more than 2³⁰ pixels (two 1 GB arrays), for the one solution whose offsets are computed
/// by hand in vector code: every index must stay right past 2³⁰, where 32-bit arithmetic on them would
/// overflow. The others index spans with checked <see cref="int"/> loops.
/// </summary>
[Collection(HugeInputs.Name)]
public sealed class HugeInputTests
{
    // Past 2³⁰, and not a multiple of the 64-pixel block or of the pattern, so every tail runs.
    private const int Length = (1 << 30) + 4_099;

    // The maps repeat a pattern of this many pixels: long runs, a stretch of noise, an ignored stretch.
    private const int Period = 8_192;

    [Fact]
    public void RunLengthSimdCountsMoreThanTwoToThe30Pixels()
    {
        var (patternTruth, patternPredicted) = Pattern();
        var truth = GC.AllocateUninitializedArray<byte>(Length);
        var predicted = GC.AllocateUninitializedArray<byte>(Length);
        for (var start = 0; start < Length; start += Period)
        {
            var count = Math.Min(Period, Length - start);
            patternTruth.AsSpan(0, count).CopyTo(truth.AsSpan(start));
            patternPredicted.AsSpan(0, count).CopyTo(predicted.AsSpan(start));
        }

        // The labels are 0 and 1, so the same maps go through the vector path (2 classes) and the
        // run-length path (19 classes). Known by construction: whole periods, then the first pixels of one more.
        foreach (var classCount in new[] { 2, 19 })
        {
            var perPeriod = Oracle.ConfusionMatrix(patternTruth, patternPredicted, classCount, 255);
            var remainder = Length % Period;
            var tail = Oracle.ConfusionMatrix(patternTruth[..remainder], patternPredicted[..remainder], classCount, 255);
            var expected = perPeriod.Select((n, slot) => ((long)(Length / Period) * n) + tail[slot]).ToArray();

            new RunLengthSimd().ConfusionMatrix(truth, predicted, classCount, 255).Should().Equal(expected, "{0} classes", classCount);
        }

        truth = predicted = null!;
        HugeInputs.Release();
    }

    private static (byte[] Truth, byte[] Predicted) Pattern()
    {
        var random = new Random(Period);
        var (truth, predicted) = (new byte[Period], new byte[Period]);
        for (var i = 0; i < Period; i++)
        {
            (truth[i], predicted[i]) = i switch
            {
                // Runs of 700 pixels, the prediction's boundaries 5 pixels late.
                < 6_000 => ((byte)(i / 700 % 2), (byte)(Math.Max(0, i - 5) / 700 % 2)),

                // Noise: a new pair at every pixel.
                < 7_000 => ((byte)random.Next(2), (byte)random.Next(2)),

                // Ignored, with any predicted label.
                _ => ((byte)255, (byte)random.Next(256)),
            };
        }

        return (truth, predicted);
    }
}
