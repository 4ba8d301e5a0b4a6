using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Katas.BoundingBoxes.Solutions;

/// <summary>The argument checks every solution shares; messages name the argument, the index and what is wrong.</summary>
internal static class BoxGuard
{
    /// <summary>The largest coordinate magnitude the contracts accept.</summary>
    public const double MaxCoordinate = 1e15;

    /// <summary>Throws unless <paramref name="box"/> is valid: finite, within ±1e15, corners in order.</summary>
    public static void ThrowIfInvalid(Box box, [CallerArgumentExpression(nameof(box))] string? paramName = null)
    {
        if (!IsValid(box))
        {
            ThrowInvalid(box, paramName, paramName);
        }
    }

    /// <summary>Throws unless every box of <paramref name="boxes"/> is valid; the message gives the first bad index.</summary>
    public static void ThrowIfAnyInvalid(ReadOnlySpan<Box> boxes, [CallerArgumentExpression(nameof(boxes))] string? paramName = null)
    {
        for (var i = 0; i < boxes.Length; i++)
        {
            if (!IsValid(boxes[i]))
            {
                ThrowInvalid(boxes[i], $"{paramName}[{i}]", paramName);
            }
        }
    }

    /// <summary>Throws unless every score is finite; the message gives the first bad index.</summary>
    public static void ThrowIfAnyNotFinite(ReadOnlySpan<float> scores, [CallerArgumentExpression(nameof(scores))] string? paramName = null)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (!float.IsFinite(scores[i]))
            {
                throw new ArgumentException(
                    $"{paramName}[{i}] is {Format(scores[i])}: a score must be a finite number.", paramName);
            }
        }
    }

    /// <summary>Throws unless <paramref name="length"/> equals <paramref name="expected"/>, the number of boxes.</summary>
    public static void ThrowIfLengthDiffers(int length, int expected, string paramName)
    {
        if (length != expected)
        {
            throw new ArgumentException(
                $"{paramName} has {length} values but there are {expected} boxes: one value per box is needed.", paramName);
        }
    }

    /// <summary>Throws unless <paramref name="threshold"/> lies in [0, 1].</summary>
    public static void ThrowIfNotUnitInterval(float threshold, [CallerArgumentExpression(nameof(threshold))] string? paramName = null)
    {
        if (!(threshold >= 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(
                paramName, threshold, $"{paramName} is {Format(threshold)}: an IoU threshold must lie in [0, 1].");
        }
    }

    /// <summary>Throws unless <paramref name="kind"/> is a defined <see cref="OverlapKind"/>.</summary>
    public static void ThrowIfUndefined(OverlapKind kind, [CallerArgumentExpression(nameof(kind))] string? paramName = null)
    {
        if ((uint)kind > (uint)OverlapKind.CompleteIou)
        {
            throw new ArgumentOutOfRangeException(paramName, kind, $"{paramName} is {(int)kind}, which is not an {nameof(OverlapKind)}.");
        }
    }

    /// <summary>Checks the arguments of <see cref="IBoxOverlap.OverlapMatrix"/>.</summary>
    public static void CheckMatrix(OverlapKind kind, ReadOnlySpan<Box> a, ReadOnlySpan<Box> b, Span<float> result)
    {
        ThrowIfUndefined(kind);
        ThrowIfAnyInvalid(a);
        ThrowIfAnyInvalid(b);
        if ((long)a.Length * b.Length != result.Length)
        {
            throw new ArgumentException(
                $"result has {result.Length} values; a.Length * b.Length = {a.Length} * {b.Length} = {(long)a.Length * b.Length} are needed.",
                nameof(result));
        }
    }

    /// <summary>Checks the arguments of <see cref="INonMaximumSuppression.Suppress"/>.</summary>
    public static void CheckSuppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        ThrowIfAnyInvalid(boxes);
        ThrowIfLengthDiffers(scores.Length, boxes.Length, nameof(scores));
        ThrowIfAnyNotFinite(scores);
        ThrowIfNotUnitInterval(iouThreshold);
    }

    /// <summary>Checks the arguments of <see cref="INonMaximumSuppression.SuppressPerClass"/>.</summary>
    public static void CheckSuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        CheckSuppress(boxes, scores, iouThreshold);
        ThrowIfLengthDiffers(classes.Length, boxes.Length, nameof(classes));
    }

    /// <summary>Checks the arguments of <see cref="ISoftNonMaximumSuppression.SoftSuppress"/>.</summary>
    public static void CheckSoftSuppress(
        ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, SoftNmsMethod method, float iouThreshold, float sigma, float minScore)
    {
        CheckSuppress(boxes, scores, iouThreshold);
        if (method is not (SoftNmsMethod.Linear or SoftNmsMethod.Gaussian))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, $"method is {(int)method}, which is not a {nameof(SoftNmsMethod)}.");
        }

        if (method == SoftNmsMethod.Gaussian && !(sigma > 0 && float.IsFinite(sigma)))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, $"sigma is {Format(sigma)}: the Gaussian decay needs a finite sigma > 0.");
        }

        if (!float.IsFinite(minScore))
        {
            throw new ArgumentException($"minScore is {Format(minScore)}: it must be a finite number.", nameof(minScore));
        }
    }

    /// <summary>Whether <paramref name="box"/> is finite, within ±1e15 and has its corners in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsValid(Box box) =>
        box.X1 <= box.X2 && box.Y1 <= box.Y2 // false for NaN too
        && Math.Abs(box.X1) <= MaxCoordinate && Math.Abs(box.X2) <= MaxCoordinate
        && Math.Abs(box.Y1) <= MaxCoordinate && Math.Abs(box.Y2) <= MaxCoordinate;

    [DoesNotReturn]
    private static void ThrowInvalid(Box box, string? name, string? paramName)
    {
        var problem = !float.IsFinite(box.X1) || !float.IsFinite(box.Y1) || !float.IsFinite(box.X2) || !float.IsFinite(box.Y2)
            ? "a coordinate is NaN or infinite"
            : box.X2 < box.X1 || box.Y2 < box.Y1
                ? "its corners are out of order (X2 < X1 or Y2 < Y1)"
                : "a coordinate is beyond ±1e15";
        throw new ArgumentException($"{name} is {Format(box)}: {problem}.", paramName);
    }

    private static string Format(Box box) =>
        string.Create(CultureInfo.InvariantCulture, $"({box.X1:R}, {box.Y1:R}, {box.X2:R}, {box.Y2:R})");

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
