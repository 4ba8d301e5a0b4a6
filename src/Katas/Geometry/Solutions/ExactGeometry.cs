namespace Katas.Geometry.Solutions;

/// <summary>
/// Exact decisions on doubles: <see cref="Sign"/> and <see cref="Compare"/> are exact comparisons, and
/// <see cref="Orientation"/>, <see cref="OnSegment"/>, <see cref="SegmentsIntersect"/>, the parallel test
/// of <see cref="LineIntersection"/> and <see cref="ConvexHull"/> rest on an orientation predicate whose
/// sign is exact for every finite input.
/// </summary>
/// <remarks>
/// <para>
/// The orientation (<see cref="ExactOrientation"/>) is an adaptive predicate after Shewchuk: a
/// floating-point filter with his error bound answers almost every call at nearly the cost of the plain
/// determinant; the rare uncertain call is settled exactly with fused multiply-add two-products summed
/// as an expansion, exact for coordinates of magnitude 0 or within [2⁻⁴⁸⁵, 2⁵¹⁰) (about 1e-146 to 3.3e153),
/// and beyond that range with <see cref="System.Numerics.BigInteger"/> arithmetic.
/// </para>
/// <para>
/// What exactness buys: the answers are those of the real numbers the doubles stand for, so they are
/// consistent with one another (a point is on a segment exactly when the segment tests say it touches,
/// the hull is convex and contains every point), invariant under scaling by powers of two, and
/// transitive. Constructions (intersection points, distances, areas) are still rounded: a decision is
/// exact, a computed coordinate is the nearest double to within a few units in the last place.
/// </para>
/// <para>Every operation is O(1) except <see cref="PolygonArea"/> (O(n)) and <see cref="ConvexHull"/> (O(n log n)).</para>
/// </remarks>
public sealed class ExactGeometry : IPlanarGeometry
{
    private const double MinPointMagnitude = 7.670458539527698e-93; // 2^-306
    private const double MaxPointMagnitude = 1.1198723710889021e102; // 2^339

    private static readonly ExactPredicate Predicate = default;

    /// <inheritdoc/>
    public int Sign(double value)
    {
        CoordinateGuard.ThrowIfNaN(value);

        return value > 0 ? 1 : value < 0 ? -1 : 0;
    }

    /// <inheritdoc/>
    public int Compare(double a, double b)
    {
        CoordinateGuard.ThrowIfNaN(a);
        CoordinateGuard.ThrowIfNaN(b);

        return a < b ? -1 : a > b ? 1 : 0;
    }

    /// <inheritdoc/>
    public double Dot(Vec2 a, Vec2 b) => VectorMath.Dot(a, b);

    /// <inheritdoc/>
    public double Cross(Vec2 a, Vec2 b) => VectorMath.Cross(a, b);

    /// <inheritdoc/>
    public double Length(Vec2 v) => VectorMath.Length(v);

    /// <inheritdoc/>
    /// <remarks>Any nonzero vector has a direction, however short: (1e-300, 0) is fine.</remarks>
    public double Angle(Vec2 a, Vec2 b)
    {
        ThrowIfZero(a, "the angle is undefined");
        ThrowIfZero(b, "the angle is undefined");

        return VectorMath.Angle(a, b);
    }

    /// <inheritdoc/>
    public Vec2 Rotate(Vec2 v, double radians) => VectorMath.Rotate(v, radians);

    /// <inheritdoc/>
    public Vec2 Project(Vec2 v, Vec2 onto)
    {
        ThrowIfZero(onto, "there is nothing to project onto");

        return VectorMath.Project(v, onto);
    }

    /// <inheritdoc/>
    /// <remarks>Time O(1), extra space O(1): the floating-point filter decides almost every call; the exact stages cost tens to thousands of flops.</remarks>
    public int Orientation(Vec2 a, Vec2 b, Vec2 c) => ExactOrientation.Sign(a, b, c);

    /// <inheritdoc/>
    public bool OnSegment(Vec2 p, Vec2 a, Vec2 b) => PlanarAlgorithms.OnSegment(Predicate, p, a, b);

    /// <inheritdoc/>
    public bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) => PlanarAlgorithms.SegmentsIntersect(Predicate, a, b, c, d);

    /// <inheritdoc/>
    /// <remarks>
    /// Parallel exactly when (b − a) × (d − c) is exactly zero. That determinant is
    /// D = orient(a, b, d) − orient(a, b, c), and the point is a + (b − a) · N / D with N = orient(a, c, d),
    /// that is (a · (D − N) + b · N) / D. Both numerators are evaluated exactly as expansions (exact
    /// products of an expansion and a double, exact sums) and divided once by D: each coordinate is within
    /// a few units in the last place of its own exact value, however far the four points are from the
    /// intersection (rounding a + (b − a) · t instead loses every digit the sum cancels). Exact as
    /// expansions for coordinates of magnitude 0 or within [2⁻³⁰⁶, 2³³⁹), about 7.7e-93 to 1.1e102, where
    /// no product of three coordinates overflows or underflows; beyond that range the same formula is
    /// evaluated in <see cref="System.Numerics.BigInteger"/> arithmetic, rounded once at the end.
    /// A coordinate beyond the double range is infinite.
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);
        CoordinateGuard.ThrowIfNotFinite(d);
        if (a == b)
        {
            CoordinateGuard.ThrowDegenerateLine(nameof(a), nameof(b), a);
        }

        if (c == d)
        {
            CoordinateGuard.ThrowDegenerateLine(nameof(c), nameof(d), c);
        }

        if (InPointRange(a) && InPointRange(b) && InPointRange(c) && InPointRange(d))
        {
            Span<double> abd = stackalloc double[12];
            Span<double> abc = stackalloc double[12];
            Span<double> acd = stackalloc double[12];
            Span<double> denominator = stackalloc double[24];
            var abdLength = ExactOrientation.Determinant(a, b, d, abd);
            var abcLength = ExactOrientation.Determinant(a, b, c, abc);
            Expansion.Negate(abc[..abcLength]);
            denominator = denominator[..Expansion.Sum(abd[..abdLength], abc[..abcLength], denominator)];
            if (Expansion.Sign(denominator) == 0)
            {
                return null;
            }

            var numerator = acd[..ExactOrientation.Determinant(a, c, d, acd)];
            if (Expansion.Sign(numerator) == 0)
            {
                return a;
            }

            // D − N, shared by both coordinates.
            Span<double> negated = stackalloc double[12];
            Span<double> difference = stackalloc double[36];
            numerator.CopyTo(negated);
            Expansion.Negate(negated[..numerator.Length]);
            difference = difference[..Expansion.Sum(denominator, negated[..numerator.Length], difference)];
            return new Vec2(Coordinate(a.X, b.X, difference, numerator, denominator), Coordinate(a.Y, b.Y, difference, numerator, denominator));
        }

        // Outside the expansion range, exact BigInteger arithmetic throughout: the point is
        // (a·D + (b − a)·N) / D with N = orient(a, c, d) and D = orient(a, b, d) − orient(a, b, c).
        var n = ExactOrientation.DyadicDeterminant(a, c, d);
        var dd = ExactOrientation.DyadicDeterminant(a, b, d) - ExactOrientation.DyadicDeterminant(a, b, c);
        if (dd.Sign == 0)
        {
            return null;
        }

        var (ax, ay) = (Dyadic.From(a.X), Dyadic.From(a.Y));
        return new Vec2(
            Dyadic.Divide((ax * dd) + ((Dyadic.From(b.X) - ax) * n), dd),
            Dyadic.Divide((ay * dd) + ((Dyadic.From(b.Y) - ay) * n), dd));
    }

    /// <inheritdoc/>
    public double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b) => VectorMath.DistanceToSegment(p, a, b);

    /// <inheritdoc/>
    public double PolygonArea(ReadOnlySpan<Vec2> polygon) => VectorMath.PolygonArea(polygon);

    /// <inheritdoc/>
    /// <remarks>Monotone chain (see <see cref="PlanarAlgorithms.ConvexHull"/>) on exact orientations: exactly the hull's vertices. Time O(n log n), extra space O(n).</remarks>
    public Vec2[] ConvexHull(ReadOnlySpan<Vec2> points) => PlanarAlgorithms.ConvexHull(Predicate, points);

    // (a·(D − N) + b·N) / D for one coordinate: the numerator exactly (at most 3·24 + 2·12 = 96
    // components), then its rounded value over D's, each within about an ulp.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static double Coordinate(double a, double b, ReadOnlySpan<double> difference, ReadOnlySpan<double> numerator, ReadOnlySpan<double> denominator)
    {
        Span<double> scaledA = stackalloc double[72];
        Span<double> scaledB = stackalloc double[24];
        Span<double> sum = stackalloc double[96];
        var aLength = Expansion.Scale(difference, a, scaledA);
        var bLength = Expansion.Scale(numerator, b, scaledB);
        var value = sum[..Expansion.Sum(scaledA[..aLength], scaledB[..bLength], sum)];
        if (Expansion.Sign(value) == 0)
        {
            return 0;
        }

        var quotient = Expansion.Normalized(value, out var valueExponent) / Expansion.Normalized(denominator, out var denominatorExponent);
        return Math.ScaleB(quotient, valueExponent - denominatorExponent);
    }

    // Coordinates whose triple products are exact as expansions: every double of magnitude at least
    // 2⁻³⁰⁶ is a multiple of 2⁻³⁵⁸, so a product of three is a multiple of 2⁻¹⁰⁷⁴ (nothing is lost to
    // underflow), and below 2³³⁹ the numerators stay below 2¹⁰²³.
    private static bool InPointRange(Vec2 p) => InPointRange(p.X) && InPointRange(p.Y);

    private static bool InPointRange(double x)
    {
        var magnitude = Math.Abs(x);
        return magnitude == 0 || (magnitude >= MinPointMagnitude && magnitude < MaxPointMagnitude);
    }

    private static void ThrowIfZero(Vec2 v, string consequence, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(v))] string? paramName = null)
    {
        if (v.X == 0 && v.Y == 0)
        {
            throw new ArgumentException($"{paramName} is the zero vector, which has no direction: {consequence}.", paramName);
        }
    }
}
