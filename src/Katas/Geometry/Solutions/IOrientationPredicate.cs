namespace Katas.Geometry.Solutions;

/// <summary>
/// The two decisions the segment and hull algorithms are built on. Each solution supplies them as a
/// struct, so <see cref="PlanarAlgorithms"/> is compiled once per solution with the calls inlined.
/// </summary>
/// <remarks>Callers have already checked that every coordinate is finite.</remarks>
internal interface IOrientationPredicate
{
    /// <summary>+1 when a, b, c turn counter-clockwise, -1 when clockwise, 0 when collinear.</summary>
    int Orientation(Vec2 a, Vec2 b, Vec2 c);

    /// <summary>For a point <paramref name="p"/> that <see cref="Orientation"/> found collinear with a and b: whether it lies between them, endpoints included.</summary>
    bool IsBetween(Vec2 p, Vec2 a, Vec2 b);
}
