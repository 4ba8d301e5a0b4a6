using System.Globalization;
using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>Formats points and numbers round-trip exactly, so a counterexample can be pasted back into a test.</summary>
internal static class Show
{
    public static string Point(Vec2 p) => string.Create(CultureInfo.InvariantCulture, $"({p.X:R}, {p.Y:R})");

    public static string Points(IReadOnlyList<Vec2> points) => Generators.Show(points.Select(Point).ToArray());

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Two vectors.</summary>
public sealed record VectorPair(Vec2 A, Vec2 B)
{
    public override string ToString() => $"a = {Show.Point(A)}, b = {Show.Point(B)}";
}

/// <summary>A vector and an angle.</summary>
public sealed record RotationCase(Vec2 V, double Radians)
{
    public override string ToString() => $"v = {Show.Point(V)}, radians = {Show.Number(Radians)}";
}

/// <summary>Three points (a triangle, or a point and a segment).</summary>
public sealed record Triple(Vec2 A, Vec2 B, Vec2 C)
{
    public override string ToString() => $"a = {Show.Point(A)}, b = {Show.Point(B)}, c = {Show.Point(C)}";
}

/// <summary>Three points and a power of two to scale them by.</summary>
public sealed record ScaledTriple(Triple Triple, int Exponent)
{
    public override string ToString() => $"{Triple}, scaled by 2^{Exponent}";
}

/// <summary>Four points: two segments ab and cd, or the lines through them.</summary>
public sealed record Quad(Vec2 A, Vec2 B, Vec2 C, Vec2 D)
{
    public override string ToString() => $"a = {Show.Point(A)}, b = {Show.Point(B)}, c = {Show.Point(C)}, d = {Show.Point(D)}";
}

/// <summary>Points in order: a polygon, or a set to take the hull of.</summary>
public sealed record PointSet(Vec2[] Points)
{
    public override string ToString() => Show.Points(Points);
}
