using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

public sealed class OverlapExampleTests
{
    // torchvision, test/test_ops.py: INT_BOXES, INT_BOXES2 and FLOAT_BOXES, with the expected matrices of
    // TestBoxIou, TestGeneralizedBoxIou, TestDistanceBoxIoU and TestCompleteBoxIou (published to 4 decimals,
    // checked there, and here, with atol 1e-4 for the integer boxes and 1e-3 for the float ones: their GIoU,
    // DIoU and CIoU repeat the IoU values, which those measures match only to 2e-4).
    private static readonly Box[] IntBoxes = [new(0, 0, 100, 100), new(0, 0, 50, 50), new(200, 200, 300, 300), new(0, 0, 25, 25)];
    private static readonly Box[] IntBoxes2 = [new(0, 0, 100, 100), new(0, 0, 50, 50), new(200, 200, 300, 300)];
    private static readonly Box[] FloatBoxes =
    [
        new(285.3538f, 185.5758f, 1193.5110f, 851.4551f),
        new(285.1472f, 188.7374f, 1192.4984f, 851.0669f),
        new(279.2440f, 197.9812f, 1189.4746f, 849.2019f),
    ];

    private static readonly float[][] FloatExpected = [[1.0f, 0.9933f, 0.9673f], [0.9933f, 1.0f, 0.9737f], [0.9673f, 0.9737f, 1.0f]];

    public static TheoryData<string, OverlapKind, Box[], Box[], float[][], double> PublishedMatrices { get; } = new()
    {
        { "torchvision TestBoxIou, int boxes", OverlapKind.Iou, IntBoxes, IntBoxes2, [[1.0f, 0.25f, 0.0f], [0.25f, 1.0f, 0.0f], [0.0f, 0.0f, 1.0f], [0.0625f, 0.25f, 0.0f]], 1e-4 },
        { "torchvision TestBoxIou, float boxes", OverlapKind.Iou, FloatBoxes, FloatBoxes, FloatExpected, 1e-3 },
        { "torchvision TestGeneralizedBoxIou, int boxes", OverlapKind.GeneralizedIou, IntBoxes, IntBoxes2, [[1.0f, 0.25f, -0.7778f], [0.25f, 1.0f, -0.8611f], [-0.7778f, -0.8611f, 1.0f], [0.0625f, 0.25f, -0.8819f]], 1e-4 },
        { "torchvision TestGeneralizedBoxIou, float boxes", OverlapKind.GeneralizedIou, FloatBoxes, FloatBoxes, FloatExpected, 1e-3 },
        { "torchvision TestDistanceBoxIoU, int boxes", OverlapKind.DistanceIou, IntBoxes, IntBoxes2, [[1.0f, 0.1875f, -0.4444f], [0.1875f, 1.0f, -0.5625f], [-0.4444f, -0.5625f, 1.0f], [-0.0781f, 0.1875f, -0.6267f]], 1e-4 },
        { "torchvision TestDistanceBoxIoU, float boxes", OverlapKind.DistanceIou, FloatBoxes, FloatBoxes, FloatExpected, 1e-3 },
        { "torchvision TestCompleteBoxIou, int boxes", OverlapKind.CompleteIou, IntBoxes, IntBoxes2, [[1.0f, 0.1875f, -0.4444f], [0.1875f, 1.0f, -0.5625f], [-0.4444f, -0.5625f, 1.0f], [-0.0781f, 0.1875f, -0.6267f]], 1e-4 },
        { "torchvision TestCompleteBoxIou, float boxes", OverlapKind.CompleteIou, FloatBoxes, FloatBoxes, FloatExpected, 1e-3 },
    };

    // torchvision, test/test_ops.py: the losses of TestGeneralizedBoxIouLoss, TestDistanceBoxIouLoss and
    // TestCompleteBoxIouLoss on box1 = (−1, −1, 1, 1), box2 = (0, 0, 1, 1), box3 = (0, 1, 1, 2),
    // box4 = (1, 1, 2, 2); each loss is 1 − the measure. Published to 4 decimals.
    public static TheoryData<string, OverlapKind, Box, Box, float> PublishedPairs { get; } = new()
    {
        { "GIoU loss 0: identical boxes", OverlapKind.GeneralizedIou, new(-1, -1, 1, 1), new(-1, -1, 1, 1), 1f },
        { "GIoU loss 0.75: a quarter-size box inside", OverlapKind.GeneralizedIou, new(-1, -1, 1, 1), new(0, 0, 1, 1), 0.25f },
        { "GIoU loss 1.0: side by side", OverlapKind.GeneralizedIou, new(0, 0, 1, 1), new(0, 1, 1, 2), 0f },
        { "GIoU loss 1.5: diagonally adjacent", OverlapKind.GeneralizedIou, new(0, 0, 1, 1), new(1, 1, 2, 2), -0.5f },
        { "DIoU loss 0", OverlapKind.DistanceIou, new(-1, -1, 1, 1), new(-1, -1, 1, 1), 1f },
        { "DIoU loss 0.8125", OverlapKind.DistanceIou, new(-1, -1, 1, 1), new(0, 0, 1, 1), 0.1875f },
        { "DIoU loss 1.1923", OverlapKind.DistanceIou, new(-1, -1, 1, 1), new(0, 1, 1, 2), -0.1923f },
        { "DIoU loss 1.25", OverlapKind.DistanceIou, new(-1, -1, 1, 1), new(1, 1, 2, 2), -0.25f },
        { "CIoU loss 0", OverlapKind.CompleteIou, new(-1, -1, 1, 1), new(-1, -1, 1, 1), 1f },
        { "CIoU loss 0.8125", OverlapKind.CompleteIou, new(-1, -1, 1, 1), new(0, 0, 1, 1), 0.1875f },
        { "CIoU loss 1.1923", OverlapKind.CompleteIou, new(-1, -1, 1, 1), new(0, 1, 1, 2), -0.1923f },
        { "CIoU loss 1.25", OverlapKind.CompleteIou, new(-1, -1, 1, 1), new(1, 1, 2, 2), -0.25f },
    };

    // Values worked out by hand from the definitions; exact in float, so within 1e-6 of them.
    public static TheoryData<string, OverlapKind, Box, Box, double> Examples { get; } = new()
    {
        { "half overlap: I = 2, U = 6", OverlapKind.Iou, new(0, 0, 2, 2), new(1, 0, 3, 2), 1 / 3.0 },
        { "apart", OverlapKind.Iou, new(0, 0, 1, 1), new(2, 2, 3, 3), 0 },
        { "touching edges", OverlapKind.Iou, new(0, 0, 1, 1), new(1, 0, 2, 1), 0 },
        { "two zero-area boxes: the union is 0, IoU 0", OverlapKind.Iou, new(1, 1, 1, 1), new(1, 1, 1, 1), 0 },
        { "a zero-area box inside another", OverlapKind.Iou, new(0, 0, 4, 4), new(1, 1, 1, 3), 0 },
        { "two zero-area boxes, enclosing area 0: GIoU = IoU", OverlapKind.GeneralizedIou, new(1, 1, 1, 5), new(1, 2, 1, 7), 0 },
        { "two points apart: union 0, enclosing 1: GIoU = −1", OverlapKind.GeneralizedIou, new(0, 0, 0, 0), new(1, 1, 1, 1), -1 },
        { "same centre: DIoU = IoU", OverlapKind.DistanceIou, new(0, 0, 4, 2), new(1, -1, 3, 3), 4 / 12.0 },
        { "same box: CIoU 1", OverlapKind.CompleteIou, new(3, 4, 9, 5), new(3, 4, 9, 5), 1 },
        { "identical boxes at 1e10: IoU 1, not 0", OverlapKind.Iou, new(1e10f, 1e10f, 1e10f + 4096, 1e10f + 4096), new(1e10f, 1e10f, 1e10f + 4096, 1e10f + 4096), 1 },
        { "identical boxes at −1e15: IoU 1", OverlapKind.Iou, new(-1e15f, -1e15f, -1e15f + 1e9f, -1e15f + 1e9f), new(-1e15f, -1e15f, -1e15f + 1e9f, -1e15f + 1e9f), 1 },
        { "identical boxes 1e-30 wide: IoU 1 (no underflow)", OverlapKind.Iou, new(0, 0, 1e-30f, 1e-30f), new(0, 0, 1e-30f, 1e-30f), 1 },
        { "identical boxes of denormal size: IoU 1", OverlapKind.Iou, new(0, 0, 1e-44f, 1e-44f), new(0, 0, 1e-44f, 1e-44f), 1 },
        { "boxes 2e15 wide: GIoU without overflow", OverlapKind.GeneralizedIou, new(-1e15f, -1e15f, 1e15f, 1e15f), new(-1e15f, -1e15f, 0, 0), 0.25 },
    };

    [Theory, Implementations<IBoxOverlap>(Cases = nameof(PublishedMatrices))]
    public void MatrixMatchesPublishedValues(string implementation, string example, OverlapKind kind, Box[] a, Box[] b, float[][] expected, double tolerance)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        var result = new float[a.Length * b.Length];
        sut.OverlapMatrix(kind, a, b, result);

        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                result[(i * b.Length) + j].Should().BeApproximately(expected[i][j], (float)tolerance, "{0}: entry [{1}, {2}]", example, i, j);
                sut.Overlap(kind, a[i], b[j]).Should().BeApproximately(expected[i][j], (float)tolerance, "{0}: Overlap(a[{1}], b[{2}])", example, i, j);
            }
        }
    }

    [Theory, Implementations<IBoxOverlap>(Cases = nameof(PublishedPairs))]
    public void PairMatchesPublishedValue(string implementation, string example, OverlapKind kind, Box a, Box b, float expected)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        sut.Overlap(kind, a, b).Should().BeApproximately(expected, 1e-4f, example);
    }

    [Theory, Implementations<IBoxOverlap>(Cases = nameof(Examples))]
    public void PairMatchesTheDefinition(string implementation, string example, OverlapKind kind, Box a, Box b, double expected)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        sut.Overlap(kind, a, b).Should().BeApproximately((float)expected, 1e-6f, example);
        var matrix = new float[1];
        sut.OverlapMatrix(kind, [a], [b], matrix);
        matrix[0].Should().BeApproximately((float)expected, 1e-6f, "{0}, as a 1×1 matrix", example);
    }

    [Theory, Implementations<IBoxOverlap>]
    public void EmptyListsGiveAnEmptyMatrix(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        var act = () =>
        {
            sut.OverlapMatrix(OverlapKind.Iou, [], [new(0, 0, 1, 1)], []);
            sut.OverlapMatrix(OverlapKind.CompleteIou, [new(0, 0, 1, 1)], [], []);
            sut.OverlapMatrix(OverlapKind.GeneralizedIou, [], [], []);
        };

        act.Should().NotThrow();
    }

    [Theory, Implementations<IBoxOverlap>]
    public void MatrixWritesOnlyItsSpan(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);
        Box[] a = [new(0, 0, 2, 2), new(1, 1, 3, 3)];
        var b = Enumerable.Range(0, 19).Select(k => new Box(k, 0, k + 2, 2)).ToArray();

        foreach (var kind in Enum.GetValues<OverlapKind>())
        {
            var padded = Enumerable.Repeat(float.NaN, (a.Length * b.Length) + 32).ToArray();
            sut.OverlapMatrix(kind, a, b, padded.AsSpan(16, a.Length * b.Length));

            padded[..16].Should().OnlyContain(v => float.IsNaN(v), "{0} must not write before result", kind);
            padded[^16..].Should().OnlyContain(v => float.IsNaN(v), "{0} must not write after result", kind);
            padded[16..^16].Should().OnlyContain(v => float.IsFinite(v), "{0} must write every entry", kind);
        }
    }
}
