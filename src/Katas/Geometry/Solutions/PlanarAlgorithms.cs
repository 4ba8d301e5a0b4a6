using System.Buffers;

namespace Katas.Geometry.Solutions;

/// <summary>
/// The segment and hull algorithms, written once over an <see cref="IOrientationPredicate"/>: what
/// changes between the solutions is how they decide an orientation, not the algorithms.
/// </summary>
internal static class PlanarAlgorithms
{
    // Below this many points the discard pass costs more than the sort it saves.
    private const int DiscardThreshold = 64;

    // The extreme points are looked for in a sample of about this many points (every point below twice
    // that): enough that the sample's extremes are nearly the true ones, few enough that the sample pass
    // touches only a fraction of the input's cache lines.
    private const int SampleSize = 65536;

    /// <summary>p is on segment ab: collinear with it and between its ends. O(1).</summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    public static bool OnSegment<TPredicate>(TPredicate predicate, Vec2 p, Vec2 a, Vec2 b)
        where TPredicate : struct, IOrientationPredicate
    {
        CoordinateGuard.ThrowIfNotFinite(p);
        CoordinateGuard.ThrowIfNotFinite(a);
        // Stryker disable once Statement : equivalent, p and a are checked above and Orientation(a, b, p) of every predicate rejects a non-finite b with the same exception, name and message
        CoordinateGuard.ThrowIfNotFinite(b);

        return predicate.Orientation(a, b, p) == 0 && predicate.IsBetween(p, a, b);
    }

    /// <summary>
    /// Segments ab and cd meet when each straddles the other's line (a proper crossing), or when an
    /// endpoint of one lies on the other (touching, T-junctions, collinear overlap, zero-length segments).
    /// Four orientations and at most four betweenness tests: O(1).
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    public static bool SegmentsIntersect<TPredicate>(TPredicate predicate, Vec2 a, Vec2 b, Vec2 c, Vec2 d)
        where TPredicate : struct, IOrientationPredicate
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);
        CoordinateGuard.ThrowIfNotFinite(d);

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
    /// Andrew's monotone chain, preceded by an Akl–Toussaint discard of the points strictly inside the
    /// polygon of extreme points. Time O(n log n) in the worst case, and for typical inputs O(n) plus the
    /// sort of the few survivors; extra space O(n). The input is copied, never reordered.
    /// </summary>
    public static Vec2[] ConvexHull<TPredicate>(TPredicate predicate, ReadOnlySpan<Vec2> points)
        where TPredicate : struct, IOrientationPredicate
    {
        var buffer = ArrayPool<Vec2>.Shared.Rent(Math.Max(points.Length, 1));
        try
        {
            var count = points.Length < DiscardThreshold ? Copy(points, buffer) : DiscardInterior(predicate, points, buffer);
            var distinct = Deduplicate(SortLowestThenLeftmost(buffer.AsSpan(0, count)));
            return distinct.Length <= 1 ? distinct.ToArray() : MonotoneChain(predicate, distinct);
        }
        finally
        {
            // Stryker disable once Statement : equivalent, not returning a rented array to the pool only costs a later allocation
            ArrayPool<Vec2>.Shared.Return(buffer);
        }
    }

    // The points sorted by (y, x), so the chain starts at the lowest-then-leftmost point. The first pass
    // keeps only left turns and walks up the right side of the hull, the second walks back down the
    // left side. Popping on "not a left turn" (orientation <= 0) drops collinear points.
    private static Vec2[] MonotoneChain<TPredicate>(TPredicate predicate, ReadOnlySpan<Vec2> sorted)
        where TPredicate : struct, IOrientationPredicate
    {
        // Room for both chains; in long, so that more than 2³⁰ points cannot overflow the size.
        var hull = ArrayPool<Vec2>.Shared.Rent((int)Math.Min(2L * sorted.Length, Array.MaxLength));
        try
        {
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
        finally
        {
            // Stryker disable once Statement : equivalent, not returning a rented array to the pool only costs a later allocation
            ArrayPool<Vec2>.Shared.Return(hull);
        }
    }

    // Sorting by the y coordinates alone uses the runtime's primitive-key sort, much faster than a
    // comparer; the rare runs of equal y are then put in x order.
    private static Span<Vec2> SortLowestThenLeftmost(Span<Vec2> points)
    {
        var keys = ArrayPool<double>.Shared.Rent(Math.Max(points.Length, 1));
        try
        {
            for (var i = 0; i < points.Length; i++)
            {
                keys[i] = points[i].Y;
            }

            keys.AsSpan(0, points.Length).Sort(points);
            for (var start = 0; start < points.Length;)
            {
                var end = start + 1;
                while (end < points.Length && points[end].Y == points[start].Y)
                {
                    end++;
                }

                // Stryker disable once Arithmetic : equivalent, end + start > 1 also sorts some runs of one point, which sorting leaves as they are
                if (end - start > 1)
                {
                    points[start..end].Sort(default(LowestThenLeftmost));
                }

                start = end;
            }

            return points;
        }
        finally
        {
            // Stryker disable once Statement : equivalent, not returning a rented array to the pool only costs a later allocation
            ArrayPool<double>.Shared.Return(keys);
        }
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

    private static int Copy(ReadOnlySpan<Vec2> points, Vec2[] buffer)
    {
        CoordinateGuard.ThrowIfAnyNotFinite(points);
        points.CopyTo(buffer);
        return points.Length;
    }

    // Akl–Toussaint. The points extreme in the eight directions of the compass (least and greatest x, y,
    // x + y and x − y) are input points, listed in counter-clockwise order; a point strictly left of
    // every edge of the closed polygon through them winds around inside it, so it is strictly inside
    // the hull and cannot be a vertex. (That holds for any eight input points, so rounding in x + y
    // affects only how much is discarded, never the hull.) Two tests, cheapest first:
    //   1. the box spanned by the four diagonal extremes: for every direction n, the corner extreme of
    //      n's quadrant lies strictly further along n than a point strictly inside the box, so such a
    //      point is interior: four exact comparisons, no predicate;
    //   2. the eight edges of the polygon, with the solution's own orientation predicate.
    // Writes the survivors to buffer and returns their number.
    private static int DiscardInterior<TPredicate>(TPredicate predicate, ReadOnlySpan<Vec2> points, Vec2[] buffer)
        where TPredicate : struct, IOrientationPredicate
    {
        // The extremes of a sample (any input points will do, see above), so that the full pass below is
        // the only one over all the points. Values and indices rather than points: sixteen scalars stay
        // in registers.
        var stride = Math.Max(1, points.Length / SampleSize);
        CoordinateGuard.ThrowIfNotFinite(points[0], "points[0]", nameof(points));
        double minY = points[0].Y, maxY = minY, minX = points[0].X, maxX = minX;
        double minSum = minX + minY, maxSum = minSum, minDifference = minX - minY, maxDifference = minDifference;
        int iMinY = 0, iMaxY = 0, iMinX = 0, iMaxX = 0, iMinSum = 0, iMaxSum = 0, iMinDifference = 0, iMaxDifference = 0;
        for (var i = stride; i < points.Length; i += stride)
        {
            var (x, y) = (points[i].X, points[i].Y);
            var (sum, difference) = (x + y, x - y);
            if (!double.IsFinite(sum))
            {
                CoordinateGuard.ThrowIfNotFinite(points[i], $"points[{i}]", nameof(points));
            }

            if (y < minY)
            {
                (minY, iMinY) = (y, i);
            }

            if (y > maxY)
            {
                (maxY, iMaxY) = (y, i);
            }

            if (x < minX)
            {
                (minX, iMinX) = (x, i);
            }

            if (x > maxX)
            {
                (maxX, iMaxX) = (x, i);
            }

            if (sum < minSum)
            {
                (minSum, iMinSum) = (sum, i);
            }

            if (sum > maxSum)
            {
                (maxSum, iMaxSum) = (sum, i);
            }

            if (difference < minDifference)
            {
                (minDifference, iMinDifference) = (difference, i);
            }

            if (difference > maxDifference)
            {
                (maxDifference, iMaxDifference) = (difference, i);
            }
        }

        Vec2 bottom = points[iMinY], top = points[iMaxY], left = points[iMinX], right = points[iMaxX];
        Vec2 bottomLeft = points[iMinSum], topRight = points[iMaxSum], topLeft = points[iMinDifference], bottomRight = points[iMaxDifference];

        var boxLeft = Math.Max(bottomLeft.X, topLeft.X);
        var boxRight = Math.Min(bottomRight.X, topRight.X);
        var boxBottom = Math.Max(bottomLeft.Y, bottomRight.Y);
        var boxTop = Math.Min(topLeft.Y, topRight.Y);

        Span<Vec2> polygon = stackalloc Vec2[8];
        var corners = 0;
        foreach (var corner in (ReadOnlySpan<Vec2>)[bottom, bottomRight, right, topRight, top, topLeft, left, bottomLeft])
        {
            if (corners == 0 || corner != polygon[corners - 1])
            {
                polygon[corners++] = corner;
            }
        }

        while (corners > 1 && polygon[corners - 1] == polygon[0])
        {
            corners--;
        }

        polygon = polygon[..corners];
        // The argument check rides along: x + y is finite exactly when both coordinates are (or when both
        // are finite but their sum overflows, which the precise check then lets through).
        var count = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var p = points[i];
            // Stryker disable once Arithmetic : equivalent, x - y is non-finite for every point with a non-finite coordinate too, and the precise check below decides alone
            if (!double.IsFinite(p.X + p.Y))
            {
                CoordinateGuard.ThrowIfNotFinite(p, $"points[{i}]", nameof(points));
            }

            var inBox = p.X > boxLeft && p.X < boxRight && p.Y > boxBottom && p.Y < boxTop;
            if (!inBox && !(corners >= 3 && StrictlyInside(predicate, polygon, p)))
            {
                buffer[count++] = p;
            }
        }

        return count;
    }

    private static bool StrictlyInside<TPredicate>(TPredicate predicate, ReadOnlySpan<Vec2> polygon, Vec2 p)
        where TPredicate : struct, IOrientationPredicate
    {
        var previous = polygon[^1];
        foreach (var vertex in polygon)
        {
            if (predicate.Orientation(previous, vertex, p) <= 0)
            {
                return false;
            }

            previous = vertex;
        }

        return true;
    }
}
