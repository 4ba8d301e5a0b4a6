namespace Katas.Geometry.Solutions;

/// <summary>
/// The segment and hull algorithms, written once over an <see cref="IOrientationPredicate"/>: what
/// changes between the solutions is how they decide an orientation, not the algorithms.
/// </summary>
internal static class PlanarAlgorithms
{
    // Below this many points the bounding-quadrilateral pass costs more than the sort it saves.
    private const int DiscardThreshold = 64;

    /// <summary>p is on segment ab: collinear with it and between its ends. O(1).</summary>
    public static bool OnSegment<TPredicate>(TPredicate predicate, Vec2 p, Vec2 a, Vec2 b)
        where TPredicate : struct, IOrientationPredicate =>
        predicate.Orientation(a, b, p) == 0 && predicate.IsBetween(p, a, b);

    /// <summary>
    /// Segments ab and cd meet when each straddles the other's line (a proper crossing), or when an
    /// endpoint of one lies on the other (touching, T-junctions, collinear overlap, zero-length segments).
    /// Four orientations and at most four betweenness tests: O(1).
    /// </summary>
    public static bool SegmentsIntersect<TPredicate>(TPredicate predicate, Vec2 a, Vec2 b, Vec2 c, Vec2 d)
        where TPredicate : struct, IOrientationPredicate
    {
        var abc = predicate.Orientation(a, b, c);
        var abd = predicate.Orientation(a, b, d);
        var cda = predicate.Orientation(c, d, a);
        var cdb = predicate.Orientation(c, d, b);
        if (abc * abd < 0 && cda * cdb < 0)
        {
            return true;
        }

        return (abc == 0 && predicate.IsBetween(c, a, b))
            || (abd == 0 && predicate.IsBetween(d, a, b))
            || (cda == 0 && predicate.IsBetween(a, c, d))
            || (cdb == 0 && predicate.IsBetween(b, c, d));
    }

    /// <summary>
    /// Andrew's monotone chain, preceded by an Akl–Toussaint discard of the points strictly inside a
    /// quadrilateral of extreme points. Time O(n log n) in the worst case and O(n) plus the sort of the
    /// survivors for typical inputs; extra space O(n). The input is copied, never reordered.
    /// </summary>
    public static Vec2[] ConvexHull<TPredicate>(TPredicate predicate, ReadOnlySpan<Vec2> points)
        where TPredicate : struct, IOrientationPredicate
    {
        CoordinateGuard.ThrowIfAnyNotFinite(points);

        var candidates = points.Length < DiscardThreshold ? points.ToArray() : DiscardInterior(points);
        var sorted = candidates.AsSpan();
        sorted.Sort(default(LowestThenLeftmost));
        var distinct = Deduplicate(sorted);
        if (distinct.Length <= 1)
        {
            return distinct.ToArray();
        }

        return MonotoneChain(predicate, distinct);
    }

    // The points sorted by (y, x), so the chain starts at the lowest-then-leftmost point. The first pass
    // keeps only left turns and walks up the right side of the hull, the second walks back down the
    // left side. Popping on "not a left turn" (orientation <= 0) drops collinear points.
    private static Vec2[] MonotoneChain<TPredicate>(TPredicate predicate, ReadOnlySpan<Vec2> sorted)
        where TPredicate : struct, IOrientationPredicate
    {
        var hull = new Vec2[2 * sorted.Length];
        var count = 0;
        foreach (var p in sorted)
        {
            while (count >= 2 && predicate.Orientation(hull[count - 2], hull[count - 1], p) <= 0)
            {
                count--;
            }

            hull[count++] = p;
        }

        var rightSide = count + 1;
        for (var i = sorted.Length - 2; i >= 0; i--)
        {
            while (count >= rightSide && predicate.Orientation(hull[count - 2], hull[count - 1], sorted[i]) <= 0)
            {
                count--;
            }

            hull[count++] = sorted[i];
        }

        // The walk ends where it began: drop the repeated first point.
        return hull.AsSpan(0, count - 1).ToArray();
    }

    private static Span<Vec2> Deduplicate(Span<Vec2> sorted)
    {
        if (sorted.IsEmpty)
        {
            return sorted;
        }

        var count = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return sorted[..count];
    }

    // Akl–Toussaint: the points extreme in the four diagonal directions (least and greatest x + y and
    // x - y) are on the hull, so any point strictly inside the box below is strictly inside their
    // quadrilateral and cannot be a hull vertex. For every direction n, one of the four corners lies
    // strictly further along n than such a point (the corner of n's quadrant), so the point is interior.
    // The test is four exact comparisons, no predicate at all, which makes the discard exact whatever the
    // solution's predicate is; which points are chosen (x + y may round) affects only how much is discarded.
    private static Vec2[] DiscardInterior(ReadOnlySpan<Vec2> points)
    {
        Vec2 lowLeft = points[0], lowRight = points[0], highRight = points[0], highLeft = points[0];
        foreach (var p in points)
        {
            if (p.X + p.Y < lowLeft.X + lowLeft.Y)
            {
                lowLeft = p;
            }

            if (p.X + p.Y > highRight.X + highRight.Y)
            {
                highRight = p;
            }

            if (p.X - p.Y > lowRight.X - lowRight.Y)
            {
                lowRight = p;
            }

            if (p.X - p.Y < highLeft.X - highLeft.Y)
            {
                highLeft = p;
            }
        }

        var left = Math.Max(lowLeft.X, highLeft.X);
        var right = Math.Min(lowRight.X, highRight.X);
        var bottom = Math.Max(lowLeft.Y, lowRight.Y);
        var top = Math.Min(highLeft.Y, highRight.Y);
        var survivors = new List<Vec2>();
        foreach (var p in points)
        {
            if (!(p.X > left && p.X < right && p.Y > bottom && p.Y < top))
            {
                survivors.Add(p);
            }
        }

        return survivors.ToArray();
    }
}
