using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes;

/// <summary>
/// Soft-NMS transcribed from its definition, as a judge of an implementation's output: the IoUs within
/// 1e-13 of the exact ones (<see cref="ExactOverlap.ApproximateIou"/>, whose bound is proven and tested),
/// exact where a Linear decision depends on it, and the decays in double (relative error below 1e-11 for
/// the tests' sigmas, 0.1 and up: far inside the contract's 1e-5).
/// </summary>
/// <remarks>
/// It walks the selections the implementation reported. Each must be a remaining box whose score is the
/// highest (to within the 1e-5 the contract allows, so near-ties may go either way), at least
/// <c>minScore</c> (to within 1e-5), reported with its score to within 1e-5 relative; then the oracle decays
/// the others. At the end, every box not reported must have fallen below <c>minScore</c> (to within 1e-5).
/// The Linear decision "IoU ≥ threshold" is taken exactly: the tests that use this judge choose thresholds
/// no IoU of their inputs comes within 1e-6 of.
/// </remarks>
internal static class SoftNmsOracle
{
    public const double RelativeTolerance = 1e-5;

    /// <summary>Returns why <paramref name="actual"/> is not a valid Soft-NMS output, or <see langword="null"/> when it is.</summary>
    public static string? Judge(Box[] boxes, float[] scores, SoftNmsMethod method, float threshold, float sigma, float minScore, ScoredIndex[] actual)
    {
        var current = scores.Select(s => (double)s).ToArray();
        var remaining = Enumerable.Range(0, boxes.Length).ToHashSet();
        var output = actual.Select(s => s.Index).ToHashSet();

        // A box below minScore is dropped for good; one within the tolerance of it may have been (and a
        // negative score may rise again as it decays towards 0, so that is remembered).
        var mayBeDropped = new bool[boxes.Length];
        double Slack(double score) => RelativeTolerance * Math.Max(Math.Abs(score), Math.Abs(minScore));
        void Drop()
        {
            remaining.RemoveWhere(j => current[j] < minScore - Slack(current[j]));
            foreach (var j in remaining)
            {
                mayBeDropped[j] |= current[j] < minScore + Slack(current[j]);
            }
        }

        Drop();
        for (var step = 0; step < actual.Length; step++)
        {
            var (index, score) = (actual[step].Index, actual[step].Score);
            if (!remaining.Contains(index))
            {
                return $"selection {step} is box {index}, which is not a remaining box (already selected, or dropped below minScore)";
            }

            var contenders = remaining.Where(j => output.Contains(j) || !mayBeDropped[j]).ToArray();
            var best = contenders.Max(j => current[j]);
            if (current[index] < best - (RelativeTolerance * Math.Abs(best)))
            {
                var better = contenders.First(j => current[j] == best);
                return $"selection {step} is box {index} with score {current[index]:R}, but box {better} has {best:R}";
            }

            if (Math.Abs(score - current[index]) > RelativeTolerance * Math.Abs(current[index]))
            {
                return $"selection {step} (box {index}) reports score {score:R}; it is {current[index]:R}";
            }

            remaining.Remove(index);
            foreach (var j in remaining)
            {
                // In doubles (within ExactOverlap.IouError of the exact IoU, far inside the 1e-5 the
                // contract allows), exactly where a Linear decision is that close to the threshold.
                var iou = ExactOverlap.ApproximateIou(boxes[index], boxes[j]);
                if (method == SoftNmsMethod.Linear && Math.Abs(iou - threshold) <= ExactOverlap.IouError)
                {
                    iou = ExactOverlap.Iou(boxes[index], boxes[j]).ToDouble();
                }

                current[j] *= method == SoftNmsMethod.Linear
                    ? (iou >= threshold ? 1 - iou : 1)
                    : Math.Exp(-(iou * iou) / sigma);
            }

            Drop();
        }

        foreach (var j in remaining.Where(j => !mayBeDropped[j]))
        {
            return $"box {j} ends with score {current[j]:R}, never below minScore {minScore:R}, but it was never selected";
        }

        return null;
    }
}
