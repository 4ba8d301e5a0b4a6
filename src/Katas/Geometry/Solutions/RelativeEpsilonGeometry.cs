namespace Katas.Geometry.Solutions;

/// <summary>
/// Tolerances that scale with the numbers compared: two values are equal when they differ by at most
/// a relative tolerance (1e-9 unless you choose another) of the larger, and a determinant is zero when
/// it is within that tolerance of the magnitudes of its terms.
/// </summary>
/// <remarks>
/// <para>
/// The step between <see cref="EpsilonGeometry"/> and <see cref="ExactGeometry"/>. Because every
/// tolerance is relative, the answers do not change when the input is scaled by a power of two (as long
/// as no product falls below 2⁻¹⁰⁰⁰, where an absolute guard against underflow takes over): the scale
/// dependence of an absolute EPS is gone. And because the orientation tolerance is at least
/// Shewchuk's bound on the rounding error of the determinant, a nonzero orientation is always the exact
/// one: the only mistake left is calling a nearly collinear triple collinear. That is the floating-point
/// filter of <see cref="ExactGeometry"/> without its exact fallback. What it does not fix: equality
/// within a tolerance is still not transitive, and decisions about nearly degenerate inputs still
/// disagree with one another (three points can each be "on" a line that the others are not).
/// </para>
/// <para>
/// <see cref="Sign"/> is exact (a single number has no scale to be relative to); a vector is zero and a
/// line degenerate only exactly. Where products of coordinates overflow a double (from about 1e154 on),
/// they are taken again as doubles with an unbounded exponent (<see cref="WideProducts"/>), so the
/// answers stay those of every other scale up to <see cref="double.MaxValue"/>.
/// Every operation is O(1) except <see cref="PolygonArea"/> (O(n)) and <see cref="ConvexHull"/> (O(n log n)).
/// </para>
/// </remarks>
public sealed class RelativeEpsilonGeometry : IPlanarGeometry
{
    /// <summary>The relative tolerance used by the parameterless constructor, as in Python's <c>math.isclose</c>.</summary>
    public const double DefaultTolerance = 1e-9;

    private readonly RelativePredicate _predicate;

    /// <summary>Creates the geometry with the relative tolerance <see cref="DefaultTolerance"/> (1e-9).</summary>
    public RelativeEpsilonGeometry()
        : this(DefaultTolerance)
    {
    }

    /// <summary>Creates the geometry with the given relative tolerance.</summary>
    /// <param name="tolerance">
    /// At least (3 + 16ε)ε ≈ 3.3e-16 (ε = 2⁻⁵³), the bound on the determinant's rounding error, so that a
    /// nonzero orientation is certain; below 1, beyond which every triple is collinear.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is outside [3.3e-16, 1) or NaN.</exception>
    public RelativeEpsilonGeometry(double tolerance)
    {
        if (!(tolerance >= ExactOrientation.ErrorBound && tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(tolerance),
                tolerance,
                $"The relative tolerance must be at least {CoordinateGuard.Format(ExactOrientation.ErrorBound)} (the bound on the rounding error of an orientation determinant) and below 1.");
        }

        Tolerance = tolerance;
        _predicate = new(tolerance);
    }

    /// <summary>Gets the relative tolerance.</summary>
    public double Tolerance { get; }

    /// <inheritdoc/>
    public int Sign(double value)
    {
        CoordinateGuard.ThrowIfNaN(value);

        return value > 0 ? 1 : value < 0 ? -1 : 0;
    }

    /// <inheritdoc/>
    /// <remarks>Equal when |a − b| ≤ tolerance · max(|a|, |b|); infinities equal only themselves.</remarks>
    public int Compare(double a, double b)
    {
        CoordinateGuard.ThrowIfNaN(a);
        CoordinateGuard.ThrowIfNaN(b);

        if (a == b)
        {
            return 0;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return a < b ? -1 : 1;
        }

        // a - b can overflow to an infinity, which is correctly beyond any finite tolerance.
        var difference = a - b;
        return Math.Abs(difference) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b)) ? 0 : Math.Sign(difference);
    }

    /// <inheritdoc/>
    public double Dot(Vec2 a, Vec2 b) => VectorMath.Dot(a, b);

    /// <inheritdoc/>
    public double Cross(Vec2 a, Vec2 b) => VectorMath.Cross(a, b);

    /// <inheritdoc/>
    public double Length(Vec2 v) => VectorMath.Length(v);

    /// <inheritdoc/>
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
    /// <remarks>Time O(1), extra space O(1): one determinant, its sign against a tolerance scaled by the magnitudes of its terms.</remarks>
    public int Orientation(Vec2 a, Vec2 b, Vec2 c) => _predicate.Orientation(a, b, c);

    /// <inheritdoc/>
    public bool OnSegment(Vec2 p, Vec2 a, Vec2 b) => PlanarAlgorithms.OnSegment(_predicate, p, a, b);

    /// <inheritdoc/>
    public bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) => PlanarAlgorithms.SegmentsIntersect(_predicate, a, b, c, d);

    /// <inheritdoc/>
    /// <remarks>Parallel when |u × v| ≤ tolerance · (|u.X·v.Y| + |u.Y·v.X|) for the directions u = b − a and v = d − c.</remarks>
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

        return _predicate.LineIntersection(a, b, c, d);
    }

    /// <inheritdoc/>
    public double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b) => VectorMath.DistanceToSegment(p, a, b);

    /// <inheritdoc/>
    public double PolygonArea(ReadOnlySpan<Vec2> polygon) => VectorMath.PolygonArea(polygon);

    /// <inheritdoc/>
    /// <remarks>Monotone chain (see <see cref="PlanarAlgorithms.ConvexHull"/>) on relative orientations: points within the tolerance of collinear are dropped. Time O(n log n), extra space O(n).</remarks>
    public Vec2[] ConvexHull(ReadOnlySpan<Vec2> points) => PlanarAlgorithms.ConvexHull(_predicate, points);

    private static void ThrowIfZero(Vec2 v, string consequence, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(v))] string? paramName = null)
    {
        if (v.X == 0 && v.Y == 0)
        {
            throw new ArgumentException($"{paramName} is the zero vector, which has no direction: {consequence}.", paramName);
        }
    }
}
