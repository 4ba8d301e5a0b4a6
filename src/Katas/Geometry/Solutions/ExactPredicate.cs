namespace Katas.Geometry.Solutions;

/// <summary><see cref="ExactGeometry"/>'s decisions: the exact orientation, and exact coordinate comparisons for betweenness.</summary>
internal readonly struct ExactPredicate : IOrientationPredicate
{
    public int Orientation(Vec2 a, Vec2 b, Vec2 c) => ExactOrientation.Sign(a, b, c);

    // For a point exactly on line ab, lying between a and b is lying in their bounding box:
    // four comparisons, no arithmetic, so no rounding.
    public bool IsBetween(Vec2 p, Vec2 a, Vec2 b) =>
        Math.Min(a.X, b.X) <= p.X && p.X <= Math.Max(a.X, b.X)
        && Math.Min(a.Y, b.Y) <= p.Y && p.Y <= Math.Max(a.Y, b.Y);
}
