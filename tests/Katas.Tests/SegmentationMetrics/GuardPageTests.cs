using FluentAssertions.Execution;
using Katas.SegmentationMetrics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

/// <summary>
/// Every reference against an unreadable page right after its inputs and then right before them
/// (<see cref="Guarded{T}"/>): a read outside the spans stops the test process instead of going unnoticed.
/// Label maps of every length to 300 (the 16- and 32-byte vectors, the 64-pixel blocks and their tails)
/// and around the chunk of 4 096 pixels, with class counts the vector path takes (2 and 3) and does not
/// (7 and 200); confusion matrices of every class count to 20.
/// </summary>
/// <remarks>References only: a learner's safe code cannot read outside a span, and a learner's check should
/// never end in a segmentation fault.</remarks>
public sealed class GuardPageTests
{
    private const byte Ignore = 255;

    private static IEnumerable<int> Lengths =>
        Enumerable.Range(0, 301).Concat([4_095, 4_096, 4_097, 10_000]);

    [Theory, Implementations<ISegmentationMetrics>(ReferencesOnly = true)]
    public void ConfusionMatrixReadsOnlyItsInputs(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        foreach (var classCount in (int[])[2, 3, 7, 200])
        {
            foreach (var n in Lengths)
            {
                var (truth, predicted) = Labels(n, classCount);
                var expected = Oracle.ConfusionMatrix(truth, predicted, classCount, Ignore);

                foreach (var guardBefore in (bool[])[false, true])
                {
                    using var guardedTruth = new Guarded<byte>(truth, guardBefore);
                    using var guardedPredicted = new Guarded<byte>(predicted, guardBefore);

                    sut.ConfusionMatrix(guardedTruth.Span, guardedPredicted.Span, classCount, Ignore).Should()
                        .Equal(expected, "K = {0}, n = {1}, {2}", classCount, n, guardedTruth.Placement);
                }
            }
        }
    }

    [Theory, Implementations<ISegmentationMetrics>(ReferencesOnly = true)]
    public void ScoreReadsOnlyItsInput(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        for (var classCount = 1; classCount <= 20; classCount++)
        {
            var random = new Random(classCount);
            var confusion = Enumerable.Range(0, classCount * classCount).Select(_ => random.Next(4) == 0 ? 0L : random.Next(1_000)).ToArray();
            var expected = Oracle.Score(confusion, classCount);

            foreach (var guardBefore in (bool[])[false, true])
            {
                using var guarded = new Guarded<long>(confusion, guardBefore);
                using var scope = new AssertionScope($"K = {classCount}, {guarded.Placement}");

                sut.Score(guarded.Span, classCount).ShouldMatch(expected);
            }
        }
    }

    // Runs of labels (what the run-length paths are for) with a pixel ignored now and then, seeded by the shape.
    private static (byte[] Truth, byte[] Predicted) Labels(int n, int classCount)
    {
        var random = new Random((n * 256) + classCount);
        var truth = new byte[n];
        var predicted = new byte[n];
        var label = 0;
        for (var i = 0; i < n; i++)
        {
            if (random.Next(8) == 0)
            {
                label = random.Next(classCount);
            }

            truth[i] = random.Next(50) == 0 ? Ignore : (byte)label;
            predicted[i] = random.Next(5) == 0 ? (byte)random.Next(classCount) : (byte)label;
        }

        return (truth, predicted);
    }
}
