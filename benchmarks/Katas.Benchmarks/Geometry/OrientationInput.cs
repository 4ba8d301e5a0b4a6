namespace Katas.Benchmarks.Geometry;

/// <summary>The triples an orientation benchmark evaluates.</summary>
public enum OrientationInput
{
    /// <summary>Independent uniform points in [−1, 1)²: the floating-point filter decides (almost) every one.</summary>
    Random,

    /// <summary>Points of Kettner et al.'s grid against q = (12, 12), r = (24, 24): all within 256 ulps of collinear, so the exact solution mostly falls back to its expansion arithmetic.</summary>
    NearlyCollinear,
}
