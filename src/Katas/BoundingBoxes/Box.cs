namespace Katas.BoundingBoxes;

/// <summary>An axis-aligned box by its corners, X1 &lt;= X2 and Y1 &lt;= Y2 (the x1, y1, x2, y2 format).</summary>
/// <param name="X1">The left edge (the smaller x).</param>
/// <param name="Y1">The top edge in image coordinates (the smaller y).</param>
/// <param name="X2">The right edge: at least <paramref name="X1"/>.</param>
/// <param name="Y2">The bottom edge: at least <paramref name="Y1"/>.</param>
/// <remarks>
/// The record itself accepts any floats; the operations of this kata reject a box whose corners are out of
/// order (X2 &lt; X1 or Y2 &lt; Y1), NaN or infinite, or beyond ±1e15. A box of zero width or height is
/// valid (a segment or a point): its area is 0.
/// </remarks>
public readonly record struct Box(float X1, float Y1, float X2, float Y2);
