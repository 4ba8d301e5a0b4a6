namespace Katas.Geometry.Solutions;

/// <summary>Orders points by y, then by x: the order in which the hull's starting point comes first.</summary>
/// <remarks>Exact comparisons of finite doubles (-0 and +0 tie). A struct, so a generic sort inlines it.</remarks>
internal readonly struct LowestThenLeftmost : IComparer<Vec2>
{
    public int Compare(Vec2 p, Vec2 q) =>
        p.Y < q.Y ? -1 : p.Y > q.Y ? 1 : p.X < q.X ? -1 : p.X > q.X ? 1 : 0;
}
