namespace Katas.Geometry;

/// <summary>Your solution. Replace the exceptions with your code; until you start, its tests are skipped.</summary>
public sealed class Practice : IPlanarGeometry
{
    /// <inheritdoc/>
    public int Sign(double value)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public int Compare(double a, double b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public double Dot(Vec2 a, Vec2 b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public double Cross(Vec2 a, Vec2 b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public double Length(Vec2 v)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public double Angle(Vec2 a, Vec2 b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public Vec2 Rotate(Vec2 v, double radians)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public Vec2 Project(Vec2 v, Vec2 onto)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public bool OnSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public double PolygonArea(ReadOnlySpan<Vec2> polygon)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }

    /// <inheritdoc/>
    public Vec2[] ConvexHull(ReadOnlySpan<Vec2> points)
    {
        throw new NotImplementedException("Write your solution in src/Katas/Geometry/Practice.cs.");
    }
}
