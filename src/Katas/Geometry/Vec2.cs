namespace Katas.Geometry;

/// <summary>A vector (or a point) of the plane, with the arithmetic of vectors.</summary>
/// <param name="X">The first coordinate.</param>
/// <param name="Y">The second coordinate.</param>
/// <remarks>
/// The operators are plain IEEE double arithmetic, one rounding per coordinate: they never throw, and NaN
/// and infinities propagate. Equality is the record's: coordinate by coordinate with
/// <see cref="double.Equals(double)"/>, so <c>-0.0</c> equals <c>0.0</c> and NaN equals NaN.
/// </remarks>
public readonly record struct Vec2(double X, double Y)
{
    /// <summary>Adds two vectors coordinate by coordinate.</summary>
    public static Vec2 operator +(Vec2 left, Vec2 right) => new(left.X + right.X, left.Y + right.Y);

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/> coordinate by coordinate: the vector from <paramref name="right"/> to <paramref name="left"/>.</summary>
    public static Vec2 operator -(Vec2 left, Vec2 right) => new(left.X - right.X, left.Y - right.Y);

    /// <summary>Negates both coordinates: the same length, the opposite direction.</summary>
    public static Vec2 operator -(Vec2 value) => new(-value.X, -value.Y);

    /// <summary>Multiplies both coordinates by <paramref name="scalar"/>.</summary>
    public static Vec2 operator *(Vec2 vector, double scalar) => new(vector.X * scalar, vector.Y * scalar);

    /// <summary>Multiplies both coordinates by <paramref name="scalar"/>.</summary>
    public static Vec2 operator *(double scalar, Vec2 vector) => new(scalar * vector.X, scalar * vector.Y);

    /// <summary>Divides both coordinates by <paramref name="scalar"/> (IEEE: dividing by zero gives infinities or NaN).</summary>
    public static Vec2 operator /(Vec2 vector, double scalar) => new(vector.X / scalar, vector.Y / scalar);
}
