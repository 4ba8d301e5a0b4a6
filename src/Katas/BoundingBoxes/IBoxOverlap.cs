namespace Katas.BoundingBoxes;

/// <summary>
/// Overlap measures between axis-aligned boxes: IoU and its generalised (GIoU), distance (DIoU) and complete
/// (CIoU) variants, for one pair or for every pair of two lists.
/// </summary>
/// <remarks>
/// <para>
/// Definitions (torchvision's). Area = (X2 − X1)·(Y2 − Y1). I = the area of the intersection (0 when the
/// boxes are apart or only touch), U = area(a) + area(b) − I, IoU = I ÷ U, and IoU = 0 when U = 0 (two
/// zero-area boxes). C = the area of the smallest box enclosing both; GIoU = IoU − (C − U) ÷ C, and
/// GIoU = IoU when C = 0. DIoU = IoU − ρ² ÷ (c² + 1e-7), with ρ the distance between the two centres and c
/// the diagonal of the enclosing box. CIoU = DIoU − α·v with v = (4/π²)·(atan2(w_b, h_b) − atan2(w_a, h_a))²
/// (w and h the width and height; atan2 makes zero-width and zero-height boxes well defined, atan2(0, 0) = 0)
/// and α = v ÷ (1 − IoU + v + 1e-7).
/// </para>
/// <para>
/// Accuracy: every value is within 1e-6 of the value computed exactly from the float inputs, for any
/// coordinates up to 1e15 in magnitude: areas and products neither overflow nor underflow (two identical
/// boxes at 1e10 have IoU 1, and so do two identical boxes of width 1e-30).
/// </para>
/// <para>
/// Bad input: a box with X2 &lt; X1 or Y2 &lt; Y1, a NaN or infinite coordinate, or a coordinate beyond ±1e15
/// throws <see cref="ArgumentException"/> (or <see cref="ArgumentOutOfRangeException"/>) whose
/// <see cref="ArgumentException.ParamName"/> names the argument. Inputs are never modified.
/// </para>
/// </remarks>
public interface IBoxOverlap
{
    /// <summary>Computes one overlap measure between two boxes.</summary>
    /// <param name="kind">The measure: IoU, GIoU, DIoU or CIoU.</param>
    /// <param name="a">The first box.</param>
    /// <param name="b">The second box.</param>
    /// <returns>The measure, within 1e-6 of its exact value: IoU in [0, 1]; GIoU in [−1, 1]; DIoU and CIoU in (−1, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="OverlapKind"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> or <paramref name="b"/> is not a valid box (corners out of order, NaN, infinite, or beyond ±1e15); the parameter name says which.</exception>
    float Overlap(OverlapKind kind, Box a, Box b);

    /// <summary>Computes one overlap measure between every box of <paramref name="a"/> and every box of <paramref name="b"/>.</summary>
    /// <param name="kind">The measure: IoU, GIoU, DIoU or CIoU.</param>
    /// <param name="a">The boxes of the rows; may be empty.</param>
    /// <param name="b">The boxes of the columns; may be empty.</param>
    /// <param name="result">
    /// Receives result[i * b.Length + j] = Overlap(kind, a[i], b[j]); result.Length must be a.Length * b.Length.
    /// Every entry is written; nothing else is.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="OverlapKind"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A box of <paramref name="a"/> or <paramref name="b"/> is not valid (the parameter name says which list), or
    /// <paramref name="result"/>'s length is not a.Length * b.Length.
    /// </exception>
    void OverlapMatrix(OverlapKind kind, ReadOnlySpan<Box> a, ReadOnlySpan<Box> b, Span<float> result);
}
