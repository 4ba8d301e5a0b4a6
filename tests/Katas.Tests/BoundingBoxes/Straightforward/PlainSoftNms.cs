using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes.Straightforward;

/// <summary>What a learner writes from the README: pick the best remaining box, decay the rest, drop the weak.</summary>
public sealed class PlainSoftNms : ISoftNonMaximumSuppression
{
    public ScoredIndex[] SoftSuppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, SoftNmsMethod method,
        float iouThreshold, float sigma, float minScore)
    {
        PlainGuards.Check(boxes, scores, iouThreshold);
        if (method is not (SoftNmsMethod.Linear or SoftNmsMethod.Gaussian))
        {
            throw new ArgumentOutOfRangeException(nameof(method));
        }

        if (method == SoftNmsMethod.Gaussian)
        {
            if (!float.IsFinite(sigma))
            {
                throw new ArgumentException("sigma must be finite.", nameof(sigma));
            }

            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        }

        if (!float.IsFinite(minScore))
        {
            throw new ArgumentException("minScore must be finite.", nameof(minScore));
        }

        var box = boxes.ToArray();
        var score = scores.ToArray().Select(s => (double)s).ToArray();
        var remaining = Enumerable.Range(0, box.Length).Where(i => score[i] >= minScore).ToList();
        var result = new List<ScoredIndex>();
        while (remaining.Count > 0)
        {
            var best = remaining.OrderByDescending(i => score[i]).ThenBy(i => i).First();
            result.Add(new ScoredIndex(best, (float)score[best]));
            remaining.Remove(best);
            foreach (var i in remaining)
            {
                var iou = PlainGuards.Iou(box[best], box[i]);
                score[i] *= method == SoftNmsMethod.Linear ? (iou >= iouThreshold ? 1 - iou : 1) : Math.Exp(-iou * iou / sigma);
            }

            remaining.RemoveAll(i => score[i] < minScore);
        }

        return result.ToArray();
    }
}
