using FsCheck;
using FsCheck.Fluent;
using Katas.Geometry;

namespace Katas.Tests.Geometry;

/// <summary>
/// Generators for the geometry properties. Two families:
/// <list type="bullet">
/// <item><description>
/// <em>Well-conditioned</em> inputs, on which every sound implementation must agree with the exact
/// answer: points on grids whose arithmetic is exact in doubles (so an EPS of 1e-8, a relative
/// tolerance of 1e-9 and exact arithmetic all see the same signs), and ordinary doubles for the
/// measurements, whose laws hold within a relative tolerance.
/// </description></item>
/// <item><description>
/// <em>Near-degenerate</em> inputs, which only exact arithmetic decides correctly: points rounded onto
/// a line and nudged by a few units in the last place, at magnitudes from subnormal to 1e300.
/// </description></item>
/// </list>
/// </summary>
internal static class GeometryGen
{
    /// <summary>Integers in [−4, 4]: repeated, collinear and touching configurations are common.</summary>
    public static Gen<double> CoarseGrid { get; } = Gen.Choose(-4, 4).Select(k => (double)k);

    /// <summary>
    /// Multiples of 1/64 in [−64, 64]: differences have 14 significant bits and products 28, so every
    /// orientation, intersection parameter and area the tests ask for is computed exactly in doubles, and
    /// a nonzero orientation determinant is at least 2⁻¹² — far beyond any tolerance.
    /// </summary>
    public static Gen<double> FineGrid { get; } = Gen.Choose(-4096, 4096).Select(k => k / 64.0);

    /// <summary>Either grid, chosen per case.</summary>
    public static Gen<Gen<double>> AnyGrid { get; } = Gen.Elements(CoarseGrid, FineGrid);

    /// <summary>Triples of grid points.</summary>
    public static Arbitrary<Triple> GridTriples { get; } =
        AnyGrid.SelectMany(g => Point(g).Three()).Select(t => new Triple(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Grid triples (p, a, b) where p is often on segment ab, at an end, or on its line beyond the ends.</summary>
    public static Arbitrary<Triple> GridPointAndSegment { get; } =
        (from grid in AnyGrid
         from a in Point(grid)
         from b in Point(grid)
         from free in Point(grid)
         from quarter in Gen.Choose(-4, 8)
         from onLine in Gen.Elements(true, true, false)
         select new Triple(onLine ? a + (b - a) * (quarter / 4.0) : free, a, b)).ToArbitrary();

    /// <summary>Pairs of grid segments, zero-length ones included.</summary>
    public static Arbitrary<Quad> GridSegments { get; } =
        AnyGrid.SelectMany(g => Point(g).Four()).Select(q => new Quad(q.Item1, q.Item2, q.Item3, q.Item4)).ToArbitrary();

    /// <summary>Pairs of grid lines, each through two distinct points.</summary>
    public static Arbitrary<Quad> GridLines { get; } =
        (from grid in AnyGrid
         from a in Point(grid)
         from u in NonZero(Point(grid))
         from c in Point(grid)
         from v in NonZero(Point(grid))
         select new Quad(a, a + u, c, c + v)).ToArbitrary();

    /// <summary>Grid point sets of up to 40 points, repeats and collinear runs included.</summary>
    public static Arbitrary<PointSet> GridSets { get; } = Sets(AnyGrid.SelectMany(g => ArrayOf(Point(g), 0, 40)));

    /// <summary>Grid point sets of 64 to 400 points: large enough for the hull's discard pass (on the coarse grid, with ties for every extreme).</summary>
    public static Arbitrary<PointSet> LargeGridSets { get; } = Sets(AnyGrid.SelectMany(g => ArrayOf(Point(g), 64, 400)));

    /// <summary>Polygons of up to 20 vertices in ordinary doubles (magnitudes 2⁻¹⁰ to 2¹⁰).</summary>
    public static Arbitrary<PointSet> Polygons { get; } = Sets(ArrayOf(Point(Ordinary(-10, 10)), 0, 20));

    /// <summary>Pairs of vectors in ordinary doubles (magnitudes 2⁻²⁰ to 2²⁰).</summary>
    public static Arbitrary<VectorPair> VectorPairs { get; } =
        Point(Ordinary(-20, 20)).Two().Select(p => new VectorPair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Pairs of nonzero vectors in ordinary doubles, for the operations that need a direction.</summary>
    public static Arbitrary<VectorPair> NonZeroVectorPairs { get; } =
        NonZero(Point(Ordinary(-20, 20))).Two().Select(p => new VectorPair(p.Item1, p.Item2)).ToArbitrary();

    /// <summary>Nonzero vectors and angles in [−10, 10] radians.</summary>
    public static Arbitrary<RotationCase> Rotations { get; } =
        (from v in NonZero(Point(Ordinary(-20, 20)))
         from k in Gen.Choose(-10_000_000, 10_000_000)
         select new RotationCase(v, k * 1e-6)).ToArbitrary();

    /// <summary>
    /// Triples within a few units in the last place of collinear, in every order, at magnitudes from
    /// 2⁻¹⁰⁶⁰ (subnormal coordinates) to 2¹⁰⁰⁰, mostly ordinary ones.
    /// </summary>
    public static Arbitrary<Triple> NearlyCollinearTriples { get; } = NearlyCollinear(Exponent, zeros: true).ToArbitrary();

    /// <summary>As <see cref="NearlyCollinearTriples"/>, but below 2⁵⁰⁰, where the tolerance-based solutions' products do not overflow.</summary>
    public static Arbitrary<Triple> NearlyCollinearTriplesBelowOverflow { get; } =
        NearlyCollinear(Gen.Frequency((7, Gen.Choose(-60, 60)), (1, Gen.Choose(-1060, 500))), zeros: true).ToArbitrary();

    /// <summary>
    /// Nearly collinear triples of ordinary magnitude (2⁻⁶⁰ to 2⁶⁰) without zero coordinates, and a power of
    /// two to scale them by that keeps every product far from overflow and underflow.
    /// </summary>
    public static Arbitrary<ScaledTriple> ScaledNearlyCollinearTriples { get; } =
        NearlyCollinear(Gen.Choose(-60, 60), zeros: false).Zip(Gen.Choose(-300, 300), (t, k) => new ScaledTriple(t, k)).ToArbitrary();

    /// <summary>
    /// Triples exactly on a line y = kx or x = ky through the origin (odd k up to 15, coordinates of at most
    /// 48 significant bits so that k times them is exact), with magnitudes that differ, so that the
    /// differences round: floating point sees turns that are not there, and only exact arithmetic says 0.
    /// </summary>
    public static Arbitrary<Triple> ExactlyCollinearTriples { get; } =
        (from e in Gen.Choose(-60, 60)
         from k in Gen.Elements(3.0, 5.0, 7.0, 11.0, 13.0, 15.0, -3.0, -7.0)
         from swap in Gen.Elements(false, true)
         from ts in Gen.Choose(0, (1 << 24) - 1).Zip(Gen.Choose(0, (1 << 24) - 1), (hi, lo) => ((long)hi << 24) | (uint)lo)
             .Zip(Gen.Choose(-8, 0), (m, shift) => Math.ScaleB(m, e - 48 + shift)).Three()
         from order in Gen.Choose(0, 5)
         let point = (Func<double, Vec2>)(t => swap ? new Vec2(k * t, t) : new Vec2(t, k * t))
         select Permute(point(ts.Item1), point(ts.Item2), point(ts.Item3), order)).ToArbitrary();

    /// <summary>(p, a, b) with p rounded onto segment ab or its line and nudged by a few ulps.</summary>
    public static Arbitrary<Triple> NearlyOnSegment { get; } =
        (from e in Exponent
         from a in Point(Ordinary(e - 2, e))
         from b in Point(Ordinary(e - 2, e))
         from t in Gen.Elements(0.0, 1.0, 0.5, 0.25, 1.0 / 3, 0.7, -0.1, 1.1)
         from p in Nudged(a + (b - a) * t)
         select new Triple(p, a, b)).ToArbitrary();

    /// <summary>Segment pairs with an endpoint rounded onto the other segment or its line, nudged by a few ulps.</summary>
    public static Arbitrary<Quad> NearlyTouchingSegments { get; } =
        (from e in Exponent
         from a in Point(Ordinary(e - 2, e))
         from b in Point(Ordinary(e - 2, e))
         from t in Gen.Elements(0.0, 1.0, 0.5, 1.0 / 3, -0.2, 1.2)
         from c in Nudged(a + (b - a) * t)
         from d in Gen.OneOf(Point(Ordinary(e - 2, e)), Nudged(a + (b - a) * (t + 0.5)))
         select new Quad(a, b, c, d)).ToArbitrary();

    /// <summary>Pairs of lines whose directions differ by a few ulps, or are equal.</summary>
    public static Arbitrary<Quad> NearlyParallelLines { get; } =
        (from e in Gen.Choose(-40, 40)
         from a in Point(Ordinary(e - 2, e))
         from u in NonZero(Point(Ordinary(e - 2, e)))
         from c in Point(Ordinary(e - 2, e))
         from v in Nudged(u)
         select new Quad(a, a + u, c, c + v)).ToArbitrary();

    /// <summary>
    /// Pairs of lines, each given by two points on either side of their intersection and 2¹⁰ to 2⁶⁰ times
    /// farther from it than it is from the origin (or than 2^e, for an intersection at or near 0): the
    /// coordinates of a + (b − a)·t cancel in all but the last few of their digits. The points are
    /// rounded, so the lines pass near the chosen point, not through it; the oracle knows where they meet.
    /// </summary>
    public static Arbitrary<Quad> LinesFarFromTheirIntersection { get; } =
        (from e in Gen.Choose(-40, 40)
         from p in Gen.OneOf(Point(Ordinary(e - 30, e)), Gen.Constant(new Vec2(0, 0)))
         from far in Gen.Choose(10, 60)
         from u in NonZero(Point(Ordinary(-1, 1)))
         from v in NonZero(Point(Ordinary(-1, 1)))
         from s in Ordinary(e + far - 2, e + far, zeros: false).Select(Math.Abs).Four()
         select new Quad(p + u * s.Item1, p - u * s.Item2, p + v * s.Item3, p - v * s.Item4)).ToArbitrary();

    /// <summary>Sets of up to 200 points rounded onto a line and nudged by a few ulps, plus an occasional point off it.</summary>
    public static Arbitrary<PointSet> NearlyCollinearSets { get; } =
        Sets(from e in Gen.Choose(-40, 40)
             from a in Point(Ordinary(e - 2, e))
             from b in Point(Ordinary(e - 2, e))
             from n in Gen.Frequency((3, Gen.Choose(1, 30)), (1, Gen.Choose(64, 200)))
             from points in Ordinary(-3, 1).SelectMany(t => Nudged(a + (b - a) * t)).ArrayOf(n)
             from extra in Gen.OneOf(Gen.Constant(Array.Empty<Vec2>()), Point(Ordinary(e - 2, e)).ArrayOf(1))
             select points.Concat(extra).ToArray());

    /// <summary>
    /// Doubles with a full random significand: ±(1 + m/2⁵²)·2^e with e in [minExponent, maxExponent], and
    /// now and then zero (unless <paramref name="zeros"/> is false).
    /// </summary>
    public static Gen<double> Ordinary(int minExponent, int maxExponent, bool zeros = true) =>
        Gen.Frequency(
            (20, from high in Gen.Choose(0, (1 << 26) - 1)
                 from low in Gen.Choose(0, (1 << 26) - 1)
                 from exponent in Gen.Choose(minExponent, maxExponent)
                 from negative in Gen.Elements(false, true)
                 let magnitude = Math.ScaleB(1 + (((long)high << 26) | (uint)low) / 4503599627370496.0, exponent)
                 select negative ? -magnitude : magnitude),
            (zeros ? 1 : 0, Gen.Constant(0.0)));

    public static Gen<Vec2> Point(Gen<double> coordinate) => coordinate.Zip(coordinate, (x, y) => new Vec2(x, y));

    // Mostly ordinary magnitudes; one case in eight at the extremes, where the exact predicate leaves
    // its expansion range for BigInteger arithmetic.
    private static Gen<int> Exponent => Gen.Frequency((7, Gen.Choose(-60, 60)), (1, Gen.Choose(-1060, 1000)));

    // Offsets and directions must not be zero; a rare zero vector becomes (1, 1).
    private static Gen<Triple> NearlyCollinear(Gen<int> exponents, bool zeros) =>
        from e in exponents
        from a in Point(Ordinary(e - 2, e, zeros))
        from b in Point(Ordinary(e - 2, e, zeros))
        from t in Ordinary(-4, 3)
        from c in Nudged(a + (b - a) * t)
        from order in Gen.Choose(0, 5)
        select Permute(a, b, c, order);

    private static Gen<Vec2> NonZero(Gen<Vec2> vectors) =>
        vectors.Select(v => v == default ? new Vec2(1, 1) : v);

    // Moves each coordinate by up to three representable doubles either way.
    private static Gen<Vec2> Nudged(Vec2 p) =>
        from dx in Gen.Choose(-3, 3)
        from dy in Gen.Choose(-3, 3)
        select new Vec2(Step(p.X, dx), Step(p.Y, dy));

    private static double Step(double value, int steps)
    {
        for (; steps > 0; steps--)
        {
            value = Math.BitIncrement(value);
        }

        for (; steps < 0; steps++)
        {
            value = Math.BitDecrement(value);
        }

        return value;
    }

    private static Triple Permute(Vec2 a, Vec2 b, Vec2 c, int order) => order switch
    {
        0 => new(a, b, c),
        1 => new(b, c, a),
        2 => new(c, a, b),
        3 => new(b, a, c),
        4 => new(a, c, b),
        _ => new(c, b, a),
    };

    private static Gen<Vec2[]> ArrayOf(Gen<Vec2> points, int minLength, int maxLength) =>
        Gen.Choose(minLength, maxLength).SelectMany(n => points.ArrayOf(n));

    private static Arbitrary<PointSet> Sets(Gen<Vec2[]> points) =>
        Arb.From(points.Select(p => new PointSet(p)), ShrinkSet);

    // Simpler sets: one point fewer.
    private static IEnumerable<PointSet> ShrinkSet(PointSet set)
    {
        for (var i = 0; i < set.Points.Length; i++)
        {
            yield return new PointSet([.. set.Points[..i], .. set.Points[(i + 1)..]]);
        }
    }
}
