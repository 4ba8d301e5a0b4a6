using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Katas.Geometry.Solutions;

/// <summary>The argument checks every solution shares, with messages that say which argument was wrong and why.</summary>
internal static class CoordinateGuard
{
    /// <summary>Throws unless <paramref name="value"/> is a number (infinities are fine: they have a sign and an order).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN.</exception>
    public static void ThrowIfNaN(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException($"{paramName} is NaN, which has no sign and no order.", paramName);
        }
    }

    /// <summary>Throws unless both coordinates of <paramref name="point"/> are finite.</summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    public static void ThrowIfNotFinite(Vec2 point, [CallerArgumentExpression(nameof(point))] string? paramName = null)
    {
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
        {
            ThrowNotFinite(point, paramName);
        }
    }

    /// <summary>Throws unless both coordinates of <paramref name="point"/>, described as <paramref name="name"/> in the message, are finite.</summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    public static void ThrowIfNotFinite(Vec2 point, string name, string paramName)
    {
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
        {
            ThrowNotFinite(point, name, paramName);
        }
    }

    /// <summary>Throws unless every point of <paramref name="points"/> has finite coordinates; the message gives the first bad index.</summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    public static void ThrowIfAnyNotFinite(ReadOnlySpan<Vec2> points, [CallerArgumentExpression(nameof(points))] string? paramName = null)
    {
        for (var i = 0; i < points.Length; i++)
        {
            if (!double.IsFinite(points[i].X) || !double.IsFinite(points[i].Y))
            {
                ThrowNotFinite(points[i], $"{paramName}[{i}]", paramName);
            }
        }
    }

    /// <summary>Throws because a decision was asked about a point with a NaN or infinite coordinate.</summary>
    [DoesNotReturn]
    public static void ThrowNotFinite(Vec2 point, string? name, string? paramName = null) =>
        throw new ArgumentException(
            $"{name} is {Format(point)}: a geometric decision needs finite coordinates (not NaN or infinite).",
            paramName ?? name);

    /// <summary>Throws because a line was given by two points that coincide.</summary>
    [DoesNotReturn]
    public static void ThrowDegenerateLine(string first, string second, Vec2 point) =>
        throw new ArgumentException(
            $"The line through {first} and {second} is degenerate: both are {Format(point)}, and one point does not define a line.",
            second);

    /// <summary>Formats a point for messages, round-trip exact: <c>(0.1, -2)</c>.</summary>
    public static string Format(Vec2 point) =>
        string.Create(CultureInfo.InvariantCulture, $"({point.X:R}, {point.Y:R})");

    /// <summary>Formats a number for messages, round-trip exact and culture-invariant.</summary>
    // Stryker disable once String : equivalent, since .NET Core 3.0 the empty (general) format of a double is the same shortest round-trip text as "R"
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
