using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

/// <summary>
/// Every reference against an unreadable page right after its spans and then right before them
/// (<see cref="Guarded{T}"/>): a read or write outside a span stops the test process instead of going
/// unnoticed. Overlap matrices of every column count to 40 (the eight-float vectors and their tails) for
/// every measure; suppression of every box count to 140 (the 64-box tiles and their tails) and 300.
/// </summary>
/// <remarks>References only: a learner's safe code cannot reach outside a span, and a learner's check should
/// never end in a segmentation fault.</remarks>
public sealed class GuardPageTests
{
    private const double Accuracy = NmsOracle.Accuracy;
    private const float Threshold = 0.5f;

    private static IEnumerable<int> BoxCounts => Enumerable.Range(0, 141).Append(300);

    [Theory, Implementations<IBoxOverlap>(ReferencesOnly = true)]
    public void OverlapMatrixReadsAndWritesOnlyItsSpans(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        foreach (var kind in Enum.GetValues<OverlapKind>())
        {
            foreach (var rows in (int[])[0, 1, 3])
            {
                for (var columns = 0; columns <= 40; columns++)
                {
                    var a = Boxes(rows, seed: columns);
                    var b = Boxes(columns, seed: 1_000 + rows);
                    var exact = ExactOverlap.Matrix(kind, a, b);

                    foreach (var guardBefore in (bool[])[false, true])
                    {
                        using var guardedA = new Guarded<Box>(a, guardBefore);
                        using var guardedB = new Guarded<Box>(b, guardBefore);
                        using var result = new Guarded<float>(new float[rows * columns], guardBefore);

                        sut.OverlapMatrix(kind, guardedA.Span, guardedB.Span, result.Span);

                        for (var i = 0; i < exact.Length; i++)
                        {
                            ExactOverlap.Within(result.Span[i], exact[i], Accuracy).Should()
                                .BeTrue("{0} {1}×{2}, {3}: entry {4} = {5:R}, exactly {6:R}", kind, rows, columns, result.Placement, i, result.Span[i], exact[i].ToDouble());
                        }
                    }
                }
            }
        }
    }

    [Theory, Implementations<INonMaximumSuppression>(ReferencesOnly = true)]
    public void SuppressReadsOnlyItsSpans(string implementation)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        foreach (var n in BoxCounts)
        {
            var (boxes, scores, classes) = Candidates(n);

            foreach (var guardBefore in (bool[])[false, true])
            {
                using var guardedBoxes = new Guarded<Box>(boxes, guardBefore);
                using var guardedScores = new Guarded<float>(scores, guardBefore);
                using var guardedClasses = new Guarded<int>(classes, guardBefore);

                var kept = sut.Suppress(guardedBoxes.Span, guardedScores.Span, Threshold);
                kept.Should().Equal(NmsOracle.Expected(boxes, scores, null, Threshold, Accuracy, kept), "n = {0}, {1}", n, guardedBoxes.Placement);
                var keptPerClass = sut.SuppressPerClass(guardedBoxes.Span, guardedScores.Span, guardedClasses.Span, Threshold);
                keptPerClass.Should().Equal(NmsOracle.Expected(boxes, scores, classes, Threshold, Accuracy, keptPerClass), "per class, n = {0}, {1}", n, guardedBoxes.Placement);
            }
        }
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>(ReferencesOnly = true)]
    public void SoftSuppressReadsOnlyItsSpans(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        foreach (var n in BoxCounts)
        {
            var (boxes, scores, _) = Candidates(n);

            foreach (var guardBefore in (bool[])[false, true])
            {
                using var guardedBoxes = new Guarded<Box>(boxes, guardBefore);
                using var guardedScores = new Guarded<float>(scores, guardBefore);

                // Gaussian decay: no threshold decision for the judge to need kept clear of the IoUs.
                var actual = sut.SoftSuppress(guardedBoxes.Span, guardedScores.Span, SoftNmsMethod.Gaussian, Threshold, 0.5f, 0.05f);
                SoftNmsOracle.Judge(boxes, scores, SoftNmsMethod.Gaussian, Threshold, 0.5f, 0.05f, actual).Should().BeNull("n = {0}, {1}", n, guardedBoxes.Placement);
            }
        }
    }

    // Boxes in a few clusters, so that many pairs overlap, seeded by the caller.
    private static Box[] Boxes(int n, int seed)
    {
        var random = new Random(seed);
        var boxes = new Box[n];
        for (var i = 0; i < n; i++)
        {
            var (x, y) = ((random.Next(4) * 40f) + (random.NextSingle() * 10), (random.Next(3) * 40f) + (random.NextSingle() * 10));
            boxes[i] = new Box(x, y, x + 5 + (random.NextSingle() * 20), y + 5 + (random.NextSingle() * 20));
        }

        return boxes;
    }

    private static (Box[] Boxes, float[] Scores, int[] Classes) Candidates(int n)
    {
        var random = new Random(n);
        return (Boxes(n, seed: n), Enumerable.Range(0, n).Select(_ => random.NextSingle()).ToArray(), Enumerable.Range(0, n).Select(_ => random.Next(3)).ToArray());
    }
}
