namespace Katas.Geometry.Solutions;

/// <summary>
/// The classic conventions of contest geometry: every decision compares a double-precision result with
/// an absolute tolerance EPS (1e-8 unless you choose another), so <c>Sign(x)</c> is 0 whenever |x| ≤ EPS.
/// </summary>
/// <remarks>
/// <para>
/// Orientation is the sign of (b − a) × (c − a) against EPS; a point is on a segment when that cross
/// product is within EPS of zero and (a − p)·(b − p) ≤ EPS; a vector is zero when its length is at most
/// EPS; lines are parallel when the cross product of their directions is within EPS of zero. The
/// segment tests and the hull are the shared algorithms (<see cref="PlanarAlgorithms"/>) on these signs.
/// </para>
/// <para>
/// Where it fails, by design (the kata's README measures it): equality within EPS is not transitive;
/// EPS compares areas and lengths alike, so the same shape is "collinear" at one scale and not at
/// another; and near-collinear inputs get the sign their rounding errors give them once the products
/// are large enough to exceed EPS (Kettner et al., 2004).
/// </para>
/// <para>
/// Products of coordinates overflow a double from about 1e154 on. Then, and only then, the products are
/// taken again as doubles with an unbounded exponent (<see cref="WideProducts"/>) and compared with EPS at
/// their own scale: the decision is the one plain doubles would make if their exponent had no limit, so
/// the axes at ±1e200 meet at the origin, not at (NaN, NaN), and coordinates up to
/// <see cref="double.MaxValue"/> are decided like any others. An intersection point beyond the double
/// range has infinite coordinates.
/// </para>
/// <para>Every operation is O(1) except <see cref="PolygonArea"/> (O(n)) and <see cref="ConvexHull"/> (O(n log n)).</para>
/// </remarks>
public sealed class EpsilonGeometry : IPlanarGeometry
{
    /// <summary>The tolerance used by the parameterless constructor, the usual choice in contest code.</summary>
    public const double DefaultEpsilon = 1e-8;

    private readonly EpsilonPredicate _predicate;

    /// <summary>Creates the geometry with EPS = <see cref="DefaultEpsilon"/> (1e-8).</summary>
    public EpsilonGeometry()
        : this(DefaultEpsilon)
    {
    }

    /// <summary>Creates the geometry with the given absolute tolerance.</summary>
    /// <param name="epsilon">EPS: finite and not negative. 0 gives plain double-precision signs.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epsilon"/> is negative, NaN or infinite.</exception>
    public EpsilonGeometry(double epsilon)
    {
        if (!double.IsFinite(epsilon) || epsilon < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "EPS must be a finite number, 0 or more (0 gives plain double-precision signs).");
        }

        Epsilon = epsilon;
        _predicate = new(epsilon);
    }

    /// <summary>Gets EPS, the absolute tolerance within which values count as equal.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public int Sign(double value)
    {
        CoordinateGuard.ThrowIfNaN(value);

        return value > Epsilon ? 1 : value < -Epsilon ? -1 : 0;
    }

    /// <inheritdoc/>
    public int Compare(double a, double b)
    {
        CoordinateGuard.ThrowIfNaN(a);
        CoordinateGuard.ThrowIfNaN(b);

        // a == b first: infinities of the same sign are equal, but their difference is NaN.
        return a == b ? 0 : Sign(a - b);
    }

    /// <inheritdoc/>
    public double Dot(Vec2 a, Vec2 b) => VectorMath.Dot(a, b);

    /// <inheritdoc/>
    public double Cross(Vec2 a, Vec2 b) => VectorMath.Cross(a, b);

    /// <inheritdoc/>
    public double Length(Vec2 v) => VectorMath.Length(v);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The length of <paramref name="a"/> or <paramref name="b"/> is at most EPS.</exception>
    public double Angle(Vec2 a, Vec2 b)
    {
        ThrowIfZero(a, "the angle is undefined");
        ThrowIfZero(b, "the angle is undefined");

        return VectorMath.Angle(a, b);
    }

    /// <inheritdoc/>
    public Vec2 Rotate(Vec2 v, double radians) => VectorMath.Rotate(v, radians);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The length of <paramref name="onto"/> is at most EPS.</exception>
    public Vec2 Project(Vec2 v, Vec2 onto)
    {
        ThrowIfZero(onto, "there is nothing to project onto");

        return VectorMath.Project(v, onto);
    }

    /// <inheritdoc/>
    /// <remarks>Time O(1), extra space O(1): one determinant, its sign against EPS.</remarks>
    public int Orientation(Vec2 a, Vec2 b, Vec2 c) => _predicate.Orientation(a, b, c);

    /// <inheritdoc/>
    public bool OnSegment(Vec2 p, Vec2 a, Vec2 b) => PlanarAlgorithms.OnSegment(_predicate, p, a, b);

    /// <inheritdoc/>
    public bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) => PlanarAlgorithms.SegmentsIntersect(_predicate, a, b, c, d);

    /// <inheritdoc/>
    /// <remarks>
    /// Degenerate when a line's two points are within EPS of each other; parallel when |(b − a) × (d − c)| ≤ EPS;
    /// otherwise a + (b − a) · t with t = ((c − a) × (d − c)) / ((b − a) × (d − c)), in plain doubles (with an
    /// unbounded exponent where they overflow).
    /// </remarks>
    public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        CoordinateGuard.ThrowIfNotFinite(a);
        CoordinateGuard.ThrowIfNotFinite(b);
        CoordinateGuard.ThrowIfNotFinite(c);
        CoordinateGuard.ThrowIfNotFinite(d);
        ThrowIfDegenerate(a, b, nameof(a), nameof(b));
        ThrowIfDegenerate(c, d, nameof(c), nameof(d));

        return _predicate.LineIntersection(a, b, c, d);
    }

    /// <inheritdoc/>
    public double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b) => VectorMath.DistanceToSegment(p, a, b);

    /// <inheritdoc/>
    public double PolygonArea(ReadOnlySpan<Vec2> polygon) => VectorMath.PolygonArea(polygon);

    /// <inheritdoc/>
    /// <remarks>Monotone chain (see <see cref="PlanarAlgorithms.ConvexHull"/>) on EPS orientations: points within EPS of collinear are dropped. Time O(n log n), extra space O(n).</remarks>
    public Vec2[] ConvexHull(ReadOnlySpan<Vec2> points) => PlanarAlgorithms.ConvexHull(_predicate, points);

    private void ThrowIfZero(Vec2 v, string consequence, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(v))] string? paramName = null)
    {
        if (VectorMath.Length(v) <= Epsilon)
        {
            throw new ArgumentException(
                $"{paramName} = {CoordinateGuard.Format(v)} is within EPS = {CoordinateGuard.Format(Epsilon)} of the zero vector, which has no direction: {consequence}.",
                paramName);
        }
    }

    private void ThrowIfDegenerate(Vec2 first, Vec2 second, string firstName, string secondName)
    {
        if (VectorMath.Length(second - first) <= Epsilon)
        {
            throw new ArgumentException(
                $"The line through {firstName} = {CoordinateGuard.Format(first)} and {secondName} = {CoordinateGuard.Format(second)} is degenerate: "
                + $"the points are within EPS = {CoordinateGuard.Format(Epsilon)} of each other, and one point does not define a line.",
                secondName);
        }
    }
}
