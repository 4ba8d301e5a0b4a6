namespace Katas.Benchmarks.Geometry;

/// <summary>The point sets a convex hull benchmark takes the hull of.</summary>
public enum HullInput
{
    /// <summary>Uniform in a square: about 40 hull vertices, and the discard pass removes all but a fraction of a percent.</summary>
    Square,

    /// <summary>Uniform in a disk: a few hundred hull vertices, and about a third of the points survive the discard pass.</summary>
    Disk,
}
