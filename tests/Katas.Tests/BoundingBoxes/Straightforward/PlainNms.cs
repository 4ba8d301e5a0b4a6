using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes.Straightforward;

/// <summary>What a learner writes from the README: sort by score, keep a box unless a kept box of its class overlaps it too much.</summary>
public sealed class PlainNms : INonMaximumSuppression
{
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        PlainGuards.Check(boxes, scores, iouThreshold);

        return Run(boxes.ToArray(), scores.ToArray(), new int[boxes.Length], iouThreshold);
    }

    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        PlainGuards.Check(boxes, scores, iouThreshold);
        if (classes.Length != boxes.Length)
        {
            throw new ArgumentException("One class per box.", nameof(classes));
        }

        return Run(boxes.ToArray(), scores.ToArray(), classes.ToArray(), iouThreshold);
    }

    private static int[] Run(Box[] boxes, float[] scores, int[] classes, float threshold)
    {
        var order = Enumerable.Range(0, boxes.Length).OrderByDescending(i => scores[i]).ThenBy(i => i);
        var kept = new List<int>();
        foreach (var i in order)
        {
            if (!kept.Any(k => classes[k] == classes[i] && PlainGuards.Iou(boxes[k], boxes[i]) > threshold))
            {
                kept.Add(i);
            }
        }

        return kept.ToArray();
    }
}
