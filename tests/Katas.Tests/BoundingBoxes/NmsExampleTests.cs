using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

public sealed class NmsExampleTests
{
    // mmcv, tests/test_ops/test_nms.py, test_nms_allclose (and test_softnms_allclose's 'naive' method):
    // iou_threshold 0.3 keeps [1, 0, 3].
    private static readonly Box[] MmcvBoxes = [new(6, 3, 8, 7), new(3, 6, 9, 11), new(3, 7, 10, 12), new(1, 4, 13, 7)];
    private static readonly float[] MmcvScores = [0.6f, 0.9f, 0.7f, 0.2f];

    public static TheoryData<string, Box[], float[], float, int[]> Examples { get; } = new()
    {
        { "mmcv test_nms_allclose", MmcvBoxes, MmcvScores, 0.3f, [1, 0, 3] },
        // torchvision, test/test_ops.py, test_nms_float16: the three FLOAT_BOXES overlap with IoU above 0.96
        // (TestBoxIou), so at threshold 0.2 only the best-scoring one survives.
        {
            "torchvision test_nms_float16",
            [new(285.3538f, 185.5758f, 1193.5110f, 851.4551f), new(285.1472f, 188.7374f, 1192.4984f, 851.0669f), new(279.2440f, 197.9812f, 1189.4746f, 849.2019f)],
            [0.6370f, 0.7569f, 0.3966f], 0.2f, [1]
        },
        { "no boxes", [], [], 0.5f, [] },
        { "one box", [new(0, 0, 1, 1)], [-3f], 0.5f, [0] },
        { "touching boxes survive at threshold 0", [new(0, 0, 1, 1), new(1, 0, 2, 1), new(0, 1, 1, 2)], [0.9f, 0.8f, 0.7f], 0f, [0, 1, 2] },
        { "any overlap suppresses at threshold 0", [new(0, 0, 2, 2), new(1.9f, 1.9f, 4, 4)], [0.8f, 0.9f], 0f, [1] },
        { "identical boxes survive at threshold 1", [new(0, 0, 2, 2), new(0, 0, 2, 2)], [0.5f, 0.5f], 1f, [0, 1] },
        { "equal scores: the lower index first", [new(0, 0, 1, 1), new(5, 5, 6, 6), new(0, 0, 1, 1)], [0.5f, 0.5f, 0.5f], 0.5f, [0, 1] },
        { "negative scores are ordinary scores", [new(0, 0, 2, 2), new(0, 0, 2, 2.1f), new(9, 9, 10, 10)], [-0.5f, -0.25f, -7f], 0.5f, [1, 2] },
        { "a chain: A suppresses B, so C (overlapping only B) survives", [new(0, 0, 4, 4), new(1, 0, 5, 4), new(2, 0, 6, 4)], [0.9f, 0.8f, 0.7f], 0.5f, [0, 2] },
        { "zero-area boxes never suppress", [new(1, 1, 1, 1), new(1, 1, 1, 1), new(0, 0, 2, 2)], [0.9f, 0.8f, 0.7f], 0f, [0, 1, 2] },
        { "identical boxes at 1e10", [new(1e10f, 1e10f, 1e10f + 4096, 1e10f + 4096), new(1e10f, 1e10f, 1e10f + 4096, 1e10f + 4096)], [0.9f, 0.8f], 0.5f, [0] },
        { "identical boxes 1e-30 wide", [new(0, 0, 1e-30f, 1e-30f), new(0, 0, 1e-30f, 1e-30f)], [0.8f, 0.9f], 0.5f, [1] },
    };

    // Per class: a box only suppresses boxes of its class; the kept boxes of all classes are merged by score,
    // equal scores by index.
    public static TheoryData<string, Box[], float[], int[], float, int[]> PerClassExamples { get; } = new()
    {
        { "two classes on the same spot", [new(0, 0, 2, 2), new(0, 0, 2, 2), new(0, 0, 2, 2)], [0.9f, 0.8f, 0.7f], [0, 1, 0], 0.5f, [0, 1] },
        { "equal scores across classes: by index", [new(0, 0, 2, 2), new(0, 0, 2, 2), new(4, 4, 5, 5)], [0.5f, 0.5f, 0.5f], [7, -3, 7], 0.5f, [0, 1, 2] },
        { "extreme class numbers", [new(0, 0, 2, 2), new(0, 0, 2, 2), new(0, 0, 2, 2), new(0, 0, 2, 2)], [0.1f, 0.2f, 0.3f, 0.4f], [int.MinValue, int.MaxValue, int.MinValue, int.MaxValue], 0.5f, [3, 2] },
        // The coordinate-offset trick shifts each class by class × (largest coordinate + 1). In float, at 1e14
        // and class 5, the shifted boxes are about 6e14, where floats are 2^26 apart: boxes 2^23 wide collapse,
        // and the IoU of 1/3 below (two boxes 2^26 wide, moved by half their width) becomes 0 or 1.
        {
            "large coordinates and a high class number (the offset trick's failure)",
            [new(1e14f, 1e14f, 1e14f + 67108864, 1e14f + 67108864), new(1e14f + 33554432, 1e14f, 1e14f + 100663296, 1e14f + 67108864), new(1e14f, 1e14f, 1e14f + 67108864, 1e14f + 67108864)],
            [0.9f, 0.8f, 0.7f], [5, 5, 79], 0.3f, [0, 2]
        },
        {
            "same, at a threshold above their IoU of 1/3",
            [new(1e14f, 1e14f, 1e14f + 67108864, 1e14f + 67108864), new(1e14f + 33554432, 1e14f, 1e14f + 100663296, 1e14f + 67108864), new(1e14f, 1e14f, 1e14f + 67108864, 1e14f + 67108864)],
            [0.9f, 0.8f, 0.7f], [5, 5, 79], 0.34f, [0, 1, 2]
        },
    };

    // Exactly at the threshold the IoU is not greater, so the box survives. Within the contract's 1e-6 either
    // answer is allowed; the reference solutions decide these exactly representable ties exactly.
    public static TheoryData<string, Box[], float[], float, int[]> ExactTies { get; } = new()
    {
        { "IoU exactly 0.5 = threshold", [new(0, 0, 2, 1), new(0, 0, 1, 1)], [0.9f, 0.8f], 0.5f, [0, 1] },
        { "IoU exactly 0.25 = threshold", [new(0, 0, 4, 4), new(0, 0, 2, 2)], [0.9f, 0.8f], 0.25f, [0, 1] },
        { "IoU 0.25 just above 0.2499999", [new(0, 0, 4, 4), new(0, 0, 2, 2)], [0.9f, 0.8f], 0.24999999f, [0] },
    };

    [Theory, Implementations<INonMaximumSuppression>(Cases = nameof(Examples))]
    public void SuppressKeepsTheExpectedBoxes(string implementation, string example, Box[] boxes, float[] scores, float threshold, int[] expected)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        sut.Suppress(boxes, scores, threshold).Should().Equal(expected, example);
        sut.SuppressPerClass(boxes, scores, new int[boxes.Length], threshold).Should().Equal(expected, "{0}, all in one class", example);
    }

    [Theory, Implementations<INonMaximumSuppression>(Cases = nameof(PerClassExamples))]
    public void SuppressPerClassKeepsTheExpectedBoxes(string implementation, string example, Box[] boxes, float[] scores, int[] classes, float threshold, int[] expected)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        sut.SuppressPerClass(boxes, scores, classes, threshold).Should().Equal(expected, example);
    }

    [Theory, Implementations<INonMaximumSuppression>(Cases = nameof(ExactTies), ReferencesOnly = true)]
    public void ReferencesDecideExactTiesExactly(string implementation, string example, Box[] boxes, float[] scores, float threshold, int[] expected)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        sut.Suppress(boxes, scores, threshold).Should().Equal(expected, example);
        sut.SuppressPerClass(boxes, scores, [3, 3], threshold).Should().Equal(expected, "{0}, per class", example);
    }
}
