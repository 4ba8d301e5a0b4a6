namespace Katas.BoundingBoxes.Solutions;

/// <summary>The cells a box covers in a <see cref="UniformGrid"/>: first and last column and row, inclusive.</summary>
internal readonly record struct CellRange(int X0, int Y0, int X1, int Y1)
{
    /// <summary>Gets whether the box covers more than <see cref="UniformGrid.MaxCells"/> cells.</summary>
    public bool IsLarge => (long)(X1 - X0 + 1) * (Y1 - Y0 + 1) > UniformGrid.MaxCells;
}
