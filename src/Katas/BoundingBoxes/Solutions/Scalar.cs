namespace Katas.BoundingBoxes.Solutions;

/// <summary>The formulas as written, pair by pair, in double precision.</summary>
/// <remarks>
/// <para>
/// Each measure is computed from the float corners in double (see <c>BoxMath</c> for why double is
/// enough for 1e-6 everywhere: no overflow, no underflow, errors of a few 2⁻⁵³) and rounded once to float.
/// The matrix calls the pairwise formula for every pair.
/// </para>
/// <para>Time O(1) per pair, O(N·M) for the matrix; extra space O(1).</para>
/// </remarks>
public sealed class Scalar : IBoxOverlap
{
    /// <inheritdoc/>
    public float Overlap(OverlapKind kind, Box a, Box b)
    {
        BoxGuard.ThrowIfUndefined(kind);
        BoxGuard.ThrowIfInvalid(a);
        BoxGuard.ThrowIfInvalid(b);

        return BoxMath.Overlap(kind, a, b);
    }

    /// <inheritdoc/>
    public void OverlapMatrix(OverlapKind kind, ReadOnlySpan<Box> a, ReadOnlySpan<Box> b, Span<float> result)
    {
        BoxGuard.CheckMatrix(kind, a, b, result);

        for (var i = 0; i < a.Length; i++)
        {
            var row = result.Slice(i * b.Length, b.Length);
            for (var j = 0; j < b.Length; j++)
            {
                row[j] = BoxMath.Overlap(kind, a[i], b[j]);
            }
        }
    }
}
