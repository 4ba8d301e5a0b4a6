namespace Katas.Geometry;

/// <summary>
/// Planar vector geometry on doubles: signs and comparisons, vector arithmetic, and the point, segment,
/// line and polygon routines built on them. Implementations differ in how they decide signs: with an
/// absolute tolerance (EPS), a relative one, or exactly.
/// </summary>
/// <remarks>
/// <para>
/// Two kinds of members. <em>Decisions</em> (<see cref="Sign"/>, <see cref="Compare"/>,
/// <see cref="Orientation"/>, <see cref="OnSegment"/>, <see cref="SegmentsIntersect"/>,
/// <see cref="LineIntersection"/> and <see cref="ConvexHull"/>) answer a combinatorial question and throw
/// <see cref="ArgumentException"/> when a coordinate is NaN or infinite, because no answer would be
/// meaningful; its <c>ParamName</c> names the argument and its message says what was wrong (in your
/// words). <em>Measurements</em> (<see cref="Dot"/>, <see cref="Cross"/>, <see cref="Length"/>,
/// <see cref="Angle"/>, <see cref="Rotate"/>, <see cref="Project"/>, <see cref="DistanceToSegment"/> and
/// <see cref="PolygonArea"/>) follow IEEE semantics: they never throw for NaN or infinities, which propagate.
/// </para>
/// <para>
/// Orientation convention: the y axis points up, so counter-clockwise turns are left turns and have
/// positive cross products.
/// </para>
/// </remarks>
public interface IPlanarGeometry
{
    /// <summary>Gets the sign of <paramref name="value"/>, as this implementation decides it.</summary>
    /// <param name="value">Any number but NaN; infinities have the sign you expect.</param>
    /// <returns>-1, 0 or +1. An EPS implementation returns 0 for every value within its tolerance of zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN.</exception>
    int Sign(double value);

    /// <summary>Compares two numbers, as this implementation decides it.</summary>
    /// <param name="a">Any number but NaN.</param>
    /// <param name="b">Any number but NaN.</param>
    /// <returns>-1 when <paramref name="a"/> is less than <paramref name="b"/>, 0 when they are equal (within the tolerance, if any), +1 when greater.</returns>
    /// <exception cref="ArgumentException"><paramref name="a"/> or <paramref name="b"/> is NaN.</exception>
    int Compare(double a, double b);

    /// <summary>Gets the dot product <c>a.X*b.X + a.Y*b.Y</c>: |a||b|cos θ, zero for perpendicular vectors.</summary>
    /// <returns>The product in double arithmetic (IEEE: NaN and infinities propagate, overflow gives infinity).</returns>
    double Dot(Vec2 a, Vec2 b);

    /// <summary>Gets the cross product <c>a.X*b.Y - a.Y*b.X</c>: |a||b|sin θ, the signed area of the parallelogram on a and b.</summary>
    /// <returns>The product in double arithmetic: positive when b is counter-clockwise from a, zero when parallel (IEEE semantics).</returns>
    double Cross(Vec2 a, Vec2 b);

    /// <summary>Gets the Euclidean length √(X² + Y²) of <paramref name="v"/>.</summary>
    /// <returns>The length, without intermediate overflow or underflow: the length of (3e200, 4e200) is 5e200, not infinity (IEEE semantics otherwise).</returns>
    double Length(Vec2 v);

    /// <summary>Gets the unsigned angle between two vectors.</summary>
    /// <returns>The angle in radians, in [0, π]: 0 for vectors pointing the same way, π for opposite ones.</returns>
    /// <exception cref="ArgumentException"><paramref name="a"/> or <paramref name="b"/> is the zero vector (as this implementation decides it), so the angle is undefined.</exception>
    double Angle(Vec2 a, Vec2 b);

    /// <summary>Rotates <paramref name="v"/> counter-clockwise about the origin.</summary>
    /// <param name="v">The vector.</param>
    /// <param name="radians">The angle; negative turns clockwise.</param>
    /// <returns>The rotated vector (IEEE semantics).</returns>
    Vec2 Rotate(Vec2 v, double radians);

    /// <summary>Projects <paramref name="v"/> orthogonally onto the line through the origin along <paramref name="onto"/>.</summary>
    /// <returns><c>onto * (v·onto / onto·onto)</c>: the component of <paramref name="v"/> along <paramref name="onto"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="onto"/> is the zero vector (as this implementation decides it), so it has no direction.</exception>
    Vec2 Project(Vec2 v, Vec2 onto);

    /// <summary>Tells on which side of the directed line a→b the point <paramref name="c"/> lies.</summary>
    /// <returns>+1 when a, b, c turn counter-clockwise (c is left of a→b), -1 when clockwise, 0 when collinear (including repeated points).</returns>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite; the parameter name says which point.</exception>
    int Orientation(Vec2 a, Vec2 b, Vec2 c);

    /// <summary>Tells whether <paramref name="p"/> lies on the closed segment from <paramref name="a"/> to <paramref name="b"/>.</summary>
    /// <returns><see langword="true"/> when p is on the segment, endpoints included; a zero-length segment contains only its point.</returns>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite; the parameter name says which point.</exception>
    bool OnSegment(Vec2 p, Vec2 a, Vec2 b);

    /// <summary>Tells whether the closed segments ab and cd have a point in common.</summary>
    /// <returns><see langword="true"/> when they cross, touch (an endpoint on the other segment, a T-junction) or overlap; zero-length segments are points.</returns>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite; the parameter name says which point.</exception>
    bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d);

    /// <summary>Intersects the infinite lines through a and b and through c and d.</summary>
    /// <returns>
    /// The intersection point, or <see langword="null"/> when the lines are parallel (coincident lines
    /// included). A coordinate beyond the range of <see cref="double"/> is an infinity of its sign.
    /// </returns>
    /// <exception cref="ArgumentException">A line is degenerate (<paramref name="a"/> and <paramref name="b"/>, or <paramref name="c"/> and <paramref name="d"/>, are the same point, as this implementation decides it), or a coordinate is NaN or infinite.</exception>
    Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d);

    /// <summary>Gets the distance from <paramref name="p"/> to the nearest point of the closed segment ab.</summary>
    /// <returns>The distance: to the segment's interior when the perpendicular foot falls inside it, otherwise to the nearer endpoint; to a itself when a = b (IEEE semantics).</returns>
    double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b);

    /// <summary>Gets the signed area of the polygon whose vertices are given in order (the shoelace formula).</summary>
    /// <param name="polygon">The vertices, the closing edge implied; not modified.</param>
    /// <returns>Positive for counter-clockwise vertices, negative for clockwise, 0 for fewer than three (IEEE semantics).</returns>
    double PolygonArea(ReadOnlySpan<Vec2> polygon);

    /// <summary>Gets the convex hull of a set of points.</summary>
    /// <param name="points">The points, in any order, repeats allowed; not modified.</param>
    /// <returns>
    /// The hull's vertices counter-clockwise, starting from the lowest point (the leftmost of the lowest),
    /// without collinear or repeated points. With fewer than three non-collinear points: the distinct extreme
    /// points, so one point for one (or repeated) points, the two ends for collinear points, none for none.
    /// </returns>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite; <c>ParamName</c> is <c>"points"</c>.</exception>
    Vec2[] ConvexHull(ReadOnlySpan<Vec2> points);
}
