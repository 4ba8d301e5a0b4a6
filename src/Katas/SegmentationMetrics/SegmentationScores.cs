namespace Katas.SegmentationMetrics;

/// <summary>
/// Scores read off a confusion matrix. Per-class arrays have one entry per class; NaN where undefined.
/// </summary>
/// <remarks>
/// <para>
/// With n<sub>ij</sub> the count of pixels of true class i predicted as j, t<sub>i</sub> = Σ<sub>j</sub> n<sub>ij</sub>
/// (pixels of class i), p<sub>j</sub> = Σ<sub>i</sub> n<sub>ij</sub> (pixels predicted as j) and T = Σ<sub>i</sub> t<sub>i</sub>
/// (every counted pixel), as the FCN paper (Long, Shelhamer and Darrell, 2015) defines them and its
/// reference code (<c>label_accuracy_score</c>) computes them.
/// </para>
/// <para>
/// Undefined is NaN, never 0 or 1: a class absent from both truth and prediction has NaN accuracy and
/// IoU and does not count in the means; a class present only in the prediction has IoU 0 and NaN
/// accuracy; with no counted pixel at all, every score is NaN.
/// </para>
/// </remarks>
/// <param name="PixelAccuracy">PA = Σ<sub>i</sub> n<sub>ii</sub> / T: the fraction of counted pixels predicted right; NaN when T = 0.</param>
/// <param name="MeanPixelAccuracy">MPA: the mean of <paramref name="ClassAccuracy"/> over the classes where it is defined (not NaN); NaN when it is defined for none.</param>
/// <param name="MeanIou">MIoU: the mean of <paramref name="ClassIou"/> over the classes where it is defined (not NaN); NaN when it is defined for none.</param>
/// <param name="FrequencyWeightedIou">FWIoU = Σ<sub>i</sub> (t<sub>i</sub> / T) · IoU<sub>i</sub> over the classes with t<sub>i</sub> &gt; 0; NaN when T = 0 (where the FCN code returns 0).</param>
/// <param name="ClassAccuracy">Per class i, n<sub>ii</sub> / t<sub>i</sub> (its recall); NaN when t<sub>i</sub> = 0.</param>
/// <param name="ClassIou">Per class i, IoU<sub>i</sub> = n<sub>ii</sub> / (t<sub>i</sub> + p<sub>i</sub> − n<sub>ii</sub>); NaN when the denominator is 0 (the class is in neither truth nor prediction).</param>
public sealed record SegmentationScores(
    double PixelAccuracy,
    double MeanPixelAccuracy,
    double MeanIou,
    double FrequencyWeightedIou,
    double[] ClassAccuracy,
    double[] ClassIou);
