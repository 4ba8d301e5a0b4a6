using System.Runtime.Intrinsics;

namespace Katas.Softmax.Solutions;

/// <summary>
/// The fastest solution here: the online normaliser over cache-sized blocks with a vectorised
/// exponential of its own (<see cref="VectorExp"/>), so that log-sum-exp reads memory once and softmax
/// twice, one exponential per element.
/// </summary>
/// <remarks>
/// <para>
/// Blocks of <see cref="BlockLength"/> doubles (8 KB). A block's maximum updates the running maximum m,
/// and rescales the sum so far by exp(m_old − m) once per block, not once per element; then
/// Σ exp(xᵢ − m) over the block, with <see cref="VectorExp"/> on 8, 4 or 2 lanes. The next block's
/// maximum is taken in the same loop (software pipelining), so that each block is read from memory
/// once: by the time its exponentials are computed it is in L1.
/// </para>
/// <para>
/// Log-sum-exp sums the terms lane by lane from 1 (so that a lane's sum is never below a term, and
/// Fast2Sum, three operations, keeps each addition's rounding error exactly), and ends with
/// m + log(high) + low/high for the double-double total high + low ≥ 1: the log1p treatment comes free,
/// since the tiny terms stay in low. Softmax writes each block's exponentials, relative to the maximum
/// of the time, straight into the destination, and records where the maximum changed; pass 2
/// multiplies each block by exp(m_block − m)/Σ, from the last block back, so that the blocks pass 1
/// wrote last are still in cache. So each element costs one exponential, where the online normaliser's
/// two passes would compute it twice (as <c>TensorPrimitives.SoftMax</c> does).
/// </para>
/// <para>
/// Special values cost nothing on the way: a block whose maximum is +∞ or NaN stops the pass before
/// anything of it is written (so in place still sees x), and a NaN that a maximum passes over makes the
/// sum NaN. Every index is a <see cref="nuint"/>: safe up to <see cref="Array.MaxLength"/>.
/// </para>
/// <para>
/// Time O(n): log-sum-exp one read of x; softmax one read of x, one write and one read-modify-write of
/// the destination; one exponential per element either way. Extra space O(1) on the stack, plus O(r)
/// on the heap when the maximum grows r &gt; 32 times (up to n / 1 024, for an increasing input).
/// The width is the widest the hardware runs (Vector512, Vector256 or Vector128), else scalar code.
/// </para>
/// </remarks>
public sealed class BlockedOnlineSimd : ISoftmax
{
    /// <summary>Doubles per block.</summary>
    public const int BlockLength = BlockedOnline<Simd1>.BlockLength;

    private readonly int _vectorBits;

    /// <summary>Initializes an instance that uses the widest vectors the hardware runs natively.</summary>
    public BlockedOnlineSimd()
        : this(WidestAccelerated)
    {
    }

    /// <summary>
    /// Initializes an instance that uses vectors of <paramref name="vectorBits"/> bits whether or not the
    /// hardware runs them natively (slowly, in software, if not), so that tests can run every path on any
    /// machine.
    /// </summary>
    /// <param name="vectorBits">512, 256 or 128, or 64 for scalar code.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vectorBits"/> is none of those.</exception>
    public BlockedOnlineSimd(int vectorBits)
    {
        if (vectorBits is not (512 or 256 or 128 or 64))
        {
            throw new ArgumentOutOfRangeException(nameof(vectorBits), vectorBits, "The vector width must be 512, 256, 128 or 64 (scalar) bits.");
        }

        _vectorBits = vectorBits;
    }

    /// <summary>Gets the widest vector width the hardware runs natively: 512, 256 or 128 bits, or 64 (scalar code).</summary>
    public static int WidestAccelerated =>
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : Vector128.IsHardwareAccelerated ? 128 : 64;

    /// <summary>Gets the vector width this instance uses, in bits (64 for scalar code).</summary>
    public int VectorBits => _vectorBits;

    /// <inheritdoc/>
    public double LogSumExp(ReadOnlySpan<double> x) => _vectorBits switch
    {
        512 => BlockedOnline<Simd512>.LogSumExp(x),
        256 => BlockedOnline<Simd256>.LogSumExp(x),
        128 => BlockedOnline<Simd128>.LogSumExp(x),
        _ => BlockedOnline<Simd1>.LogSumExp(x),
    };

    /// <inheritdoc/>
    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        SoftmaxGuard.ThrowIfInvalid(x, destination);

        switch (_vectorBits)
        {
            case 512:
                BlockedOnline<Simd512>.Softmax(x, destination);
                break;
            case 256:
                BlockedOnline<Simd256>.Softmax(x, destination);
                break;
            case 128:
                BlockedOnline<Simd128>.Softmax(x, destination);
                break;
            default:
                BlockedOnline<Simd1>.Softmax(x, destination);
                break;
        }
    }
}
