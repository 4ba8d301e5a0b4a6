using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes.Straightforward;

/// <summary>The checks a learner writes once and calls from every method.</summary>
internal static class PlainGuards
{
    public static void Check(Box box, string paramName)
    {
        float[] coordinates = [box.X1, box.Y1, box.X2, box.Y2];
        if (coordinates.Any(c => !float.IsFinite(c) || Math.Abs(c) > 1e15) || box.X2 < box.X1 || box.Y2 < box.Y1)
        {
            throw new ArgumentException("Invalid box.", paramName);
        }
    }

    public static void Check(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        foreach (var box in boxes)
        {
            Check(box, nameof(boxes));
        }

        if (scores.Length != boxes.Length)
        {
            throw new ArgumentException("One score per box.", nameof(scores));
        }

        foreach (var score in scores)
        {
            if (!float.IsFinite(score))
            {
                throw new ArgumentException("Scores must be finite.", nameof(scores));
            }
        }

        if (float.IsNaN(iouThreshold))
        {
            throw new ArgumentException("NaN threshold.", nameof(iouThreshold));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(iouThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iouThreshold, 1);
    }

    public static double Iou(Box a, Box b)
    {
        var w = Math.Max(0, Math.Min((double)a.X2, b.X2) - Math.Max((double)a.X1, b.X1));
        var h = Math.Max(0, Math.Min((double)a.Y2, b.Y2) - Math.Max((double)a.Y1, b.Y1));
        var union = (((double)a.X2 - a.X1) * ((double)a.Y2 - a.Y1)) + (((double)b.X2 - b.X1) * ((double)b.Y2 - b.Y1)) - (w * h);
        return union == 0 ? 0 : w * h / union;
    }
}
