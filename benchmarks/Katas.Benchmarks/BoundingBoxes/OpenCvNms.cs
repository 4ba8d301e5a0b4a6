using System.Runtime.InteropServices;
using Katas.Benchmarks.Infrastructure;
using Katas.BoundingBoxes;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace Katas.Benchmarks.BoundingBoxes;

/// <summary>
/// OpenCV's <c>cv::dnn::NMSBoxes</c> through OpenCvSharp4 (4.13, official Linux runtime), as people call it:
/// boxes as <see cref="Rect2d"/> (x, y, width, height), a score threshold of 0, the IoU threshold; per class,
/// one call per class and a merge by score (OpenCvSharp has no batched variant).
/// </summary>
/// <remarks>
/// A peer for the benchmarks only, not a full implementation of the contract: OpenCV skips boxes whose
/// score is not above the score threshold (0, the lowest it accepts), counts two empty boxes as overlapping
/// fully, and checks nothing. The benchmark's inputs have positive scores and no empty boxes, and its result
/// is checked like every other. Its native library needs libgtk-3 (Debian: <c>libgtk-3-0</c>); where it
/// cannot load, <see cref="IsAvailable"/> is false and the benchmarks leave it out.
/// </remarks>
[Peer("OpenCvSharp4 4.13, CvDnn.NMSBoxes")]
public sealed class OpenCvNms : INonMaximumSuppression
{
    private static readonly Lazy<bool> Loads = new(() =>
    {
        // The library is loaded by hand first: a call that fails to load it leaves behind a half-built
        // OpenCvSharp vector whose finalizer calls into the missing library and ends the process.
        if (!NativeLibrary.TryLoad("OpenCvSharpExtern", typeof(CvDnn).Assembly, null, out var handle))
        {
            return false;
        }

        NativeLibrary.Free(handle);
        try
        {
            CvDnn.NMSBoxes([new Rect2d(0, 0, 1, 1)], [1f], 0f, 0.5f, out int[] _);
            return true;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    /// <summary>Gets whether OpenCV's native library loads on this machine.</summary>
    public static bool IsAvailable => Loads.Value;

    /// <inheritdoc/>
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        var rectangles = new Rect2d[boxes.Length];
        for (var i = 0; i < boxes.Length; i++)
        {
            rectangles[i] = new Rect2d(boxes[i].X1, boxes[i].Y1, (double)boxes[i].X2 - boxes[i].X1, (double)boxes[i].Y2 - boxes[i].Y1);
        }

        CvDnn.NMSBoxes(rectangles, scores.ToArray(), 0f, iouThreshold, out int[] kept);
        return kept;
    }

    /// <inheritdoc/>
    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        var byClass = new Dictionary<int, List<int>>();
        for (var i = 0; i < classes.Length; i++)
        {
            if (!byClass.TryGetValue(classes[i], out var members))
            {
                byClass[classes[i]] = members = [];
            }

            members.Add(i);
        }

        var (allBoxes, all) = (boxes.ToArray(), scores.ToArray());
        var kept = new List<int>();
        foreach (var members in byClass.Values)
        {
            var subset = members.Select(i => allBoxes[i]).ToArray();
            var subsetScores = members.Select(i => all[i]).ToArray();
            kept.AddRange(Suppress(subset, subsetScores, iouThreshold).Select(k => members[k]));
        }

        return [.. kept.OrderByDescending(i => all[i]).ThenBy(i => i)];
    }
}
