namespace Katas.Benchmarks.SegmentationMetrics;

/// <summary>The shape of the label maps a benchmark scores (see <see cref="LabelMaps"/>).</summary>
public enum MapShape
{
    /// <summary>
    /// Shaped like real ones: large uniform regions with boundaries, and a prediction whose boundaries
    /// are shifted by a few pixels, with some regions given the wrong class and a few false blobs.
    /// Pairs of (true, predicted) labels come in long runs.
    /// </summary>
    Regions,

    /// <summary>Independent random pixels: a run of equal pairs rarely lasts more than a pixel or two.</summary>
    RandomPixels,
}
