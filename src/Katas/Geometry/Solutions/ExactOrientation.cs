using System.Numerics;
using System.Runtime.CompilerServices;

namespace Katas.Geometry.Solutions;

/// <summary>
/// The exact orientation predicate: the sign of det = (a − c) × (b − c), exact for every finite input.
/// </summary>
/// <remarks>
/// <para>
/// Stages, each used only when the one before cannot vouch for its answer (Shewchuk's orient2d):
/// </para>
/// <list type="number">
/// <item><description>
/// Filter: det in double arithmetic, and Shewchuk's bound on its rounding error,
/// (3 + 16ε)ε · (|(ax−cx)(by−cy)| + |(ay−cy)(bx−cx)|) with ε = 2⁻⁵³. When |det| exceeds the bound its sign is
/// certain. Almost every input stops here, at the cost of a few more flops than the plain determinant.
/// </description></item>
/// <item><description>
/// Adaptive stages B and C: the determinant of the rounded differences exactly (two-products), then
/// corrected by the differences' rounding errors, each with its own error bound. Most nearly degenerate
/// inputs stop here, for a few dozen flops.
/// </description></item>
/// <item><description>
/// Stage D: det = ax(by − cy) + bx(cy − ay) + cx(ay − by) as six exact products (fused multiply-add
/// two-products) summed exactly as an expansion (Shewchuk's orient2dexact). Exact when every nonzero
/// coordinate lies in [2⁻⁴⁸⁵, 2⁵¹⁰) in magnitude, about 1e-146 to 3.3e153: then no product overflows,
/// and no product's rounding error falls below the smallest subnormal.
/// </description></item>
/// <item><description>
/// Outside that range, the determinant in <see cref="BigInteger"/> arithmetic on the doubles' exact
/// dyadic values (<see cref="Dyadic"/>): slow, but exact for all finite doubles.
/// </description></item>
/// </list>
/// <para>
/// Time O(1) in every stage (the exact stages cost tens to thousands of flops); no allocation except in the
/// last stage.
/// </para>
/// </remarks>
internal static class ExactOrientation
{
    /// <summary>Shewchuk's ccwerrboundA: (3 + 16ε)ε with ε = 2⁻⁵³, the filter's relative error bound.</summary>
    public const double ErrorBound = (3.0 + 16.0 * Epsilon) * Epsilon;

    /// <summary>
    /// An absolute floor added to the filter's bound. Shewchuk's analysis assumes no underflow; a product
    /// in the subnormal range is off by up to 2⁻¹⁰⁷⁵ however small it is, so results this close to zero
    /// are left to the exact stages. 2⁻¹⁰⁰⁰ is far above any such error and far below any ordinary input.
    /// </summary>
    public const double UnderflowGuard = 9.332636185032189e-302; // 2^-1000

    /// <summary>The smallest nonzero coordinate magnitude the expansion stage handles exactly: 2⁻⁴⁸⁵.</summary>
    public const double MinExpansionMagnitude = 1.0010415475915505e-146; // 2^-485

    /// <summary>The bound (exclusive) on the coordinate magnitudes the expansion stage handles exactly: 2⁵¹⁰.</summary>
    public const double MaxExpansionMagnitude = 3.3519519824856493e153; // 2^510

    private const double Epsilon = 1.1102230246251565e-16; // 2^-53

    // Shewchuk's ccwerrboundB, ccwerrboundC and resulterrbound for the adaptive stages.
    private const double ErrorBoundB = (2.0 + 12.0 * Epsilon) * Epsilon;
    private const double ErrorBoundC = (9.0 + 64.0 * Epsilon) * Epsilon * Epsilon;
    private const double ResultErrorBound = (3.0 + 8.0 * Epsilon) * Epsilon;

    // Below this sum of |terms| the adaptive bounds could underflow: straight to the exact expansion.
    private const double MinAdaptiveMagnitude = 1.1830521861667747e-271; // 2^-900

    /// <summary>+1 when a, b, c turn counter-clockwise, −1 when clockwise, 0 when exactly collinear.</summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sign(Vec2 a, Vec2 b, Vec2 c)
    {
        var acx = a.X - c.X;
        var bcx = b.X - c.X;
        var acy = a.Y - c.Y;
        var bcy = b.Y - c.Y;
        var left = acx * bcy;
        var right = acy * bcx;
        var det = left - right;
        var bound = ErrorBound * (Math.Abs(left) + Math.Abs(right)) + UnderflowGuard;

        // A NaN or infinite coordinate makes left or right NaN or infinite, so the bound is NaN or
        // infinite and the test fails: validation costs nothing here and happens in the slow path.
        // The test is almost always true (a predictable branch); the sign itself is computed without one.
        if (Math.Abs(det) > bound)
        {
            return (det > 0 ? 1 : 0) - (det < 0 ? 1 : 0);
        }

        return Exact(a, b, c, out _);
    }

    /// <summary>The exact value of (a − c) × (b − c) as an expansion of at most 12 components, for inputs in the expansion range.</summary>
    /// <returns>The number of components written to <paramref name="result"/>.</returns>
    [SkipLocalsInit]
    public static int Determinant(Vec2 a, Vec2 b, Vec2 c, Span<double> result)
    {
        Span<double> aTerms = stackalloc double[4];
        Span<double> bTerms = stackalloc double[4];
        Span<double> cTerms = stackalloc double[4];
        Span<double> ab = stackalloc double[8];
        Expansion.ProductDifference(a.X, b.Y, a.X, c.Y, aTerms);
        Expansion.ProductDifference(b.X, c.Y, b.X, a.Y, bTerms);
        Expansion.ProductDifference(c.X, a.Y, c.X, b.Y, cTerms);
        var length = Expansion.Sum(aTerms, bTerms, ab);
        return Expansion.Sum(ab[..length], cTerms, result);
    }

    /// <summary>Whether every coordinate is zero or within [<see cref="MinExpansionMagnitude"/>, <see cref="MaxExpansionMagnitude"/>).</summary>
    public static bool InExpansionRange(Vec2 p) => InExpansionRange(p.X) && InExpansionRange(p.Y);

    /// <summary>The sign for an input the filter could not decide, and the stage that decided it (for the tests).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int Exact(Vec2 a, Vec2 b, Vec2 c, out Stage stage)
    {
        // NaN and infinities are outside the expansion range too, so the common case pays for one
        // range check per coordinate and no separate finiteness check.
        if (!(InExpansionRange(a) && InExpansionRange(b) && InExpansionRange(c)))
        {
            CoordinateGuard.ThrowIfNotFinite(a);
            CoordinateGuard.ThrowIfNotFinite(b);
            CoordinateGuard.ThrowIfNotFinite(c);
            stage = Stage.Dyadic;
            return DyadicDeterminant(a, b, c).Sign;
        }

        var acx = a.X - c.X;
        var bcx = b.X - c.X;
        var acy = a.Y - c.Y;
        var bcy = b.Y - c.Y;
        var sum = Math.Abs(acx * bcy) + Math.Abs(acy * bcx);

        // Shewchuk's adaptive stages B and C. Their bounds, like the filter's, assume that nothing
        // underflows; with |terms| ≥ 2⁻⁹⁰⁰ every bound is a normal number far above any subnormal
        // rounding error, and below that the full expansion (stage D) decides.
        if (sum >= MinAdaptiveMagnitude)
        {
            // B: the determinant of the rounded differences, exactly (in range, the differences' products
            // are exact two-products), as a four-component expansion, then rounded.
            var det = Expansion.ProductDifferenceEstimate(acx, bcy, acy, bcx);
            var bound = ErrorBoundB * sum;
            // Stryker disable once Logical,Unary,Block : equivalent, bound > 0, and any input this stage does not answer goes on to stages C and D, which are exact
            if (det >= bound || -det >= bound)
            {
                stage = Stage.B;
                return Math.Sign(det);
            }

            var acxTail = Expansion.DiffTail(a.X, c.X, acx);
            var bcxTail = Expansion.DiffTail(b.X, c.X, bcx);
            var acyTail = Expansion.DiffTail(a.Y, c.Y, acy);
            var bcyTail = Expansion.DiffTail(b.Y, c.Y, bcy);
            // Stryker disable once Block : equivalent, with zero tails stage C keeps det unchanged and stage D is exact
            if (acxTail == 0 && acyTail == 0 && bcxTail == 0 && bcyTail == 0)
            {
                // The differences were exact, so B is the determinant itself.
                stage = Stage.ExactDifferences;
                return Math.Sign(det);
            }

            // C: add the first-order corrections from the differences' rounding errors.
            bound = ErrorBoundC * sum + ResultErrorBound * Math.Abs(det);
            det += (acx * bcyTail + bcy * acxTail) - (acy * bcxTail + bcx * acyTail);
            // Stryker disable once Logical,Unary,Block : equivalent, bound > 0, and any input this stage does not answer goes on to stage D, which is exact
            if (det >= bound || -det >= bound)
            {
                stage = Stage.C;
                return Math.Sign(det);
            }
        }

        stage = Stage.D;
        return StageD(a, b, c);
    }

    // D: the determinant from the raw coordinates, six two-products summed exactly. A method of its own,
    // so that its stack buffer costs nothing in the stages before it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SkipLocalsInit]
    private static int StageD(Vec2 a, Vec2 b, Vec2 c)
    {
        Span<double> exact = stackalloc double[12];
        var length = Determinant(a, b, c, exact);
        return Expansion.Sign(exact[..length]);
    }

    /// <summary>The exact value of (a − c) × (b − c) in <see cref="BigInteger"/> arithmetic, for any finite input.</summary>
    public static Dyadic DyadicDeterminant(Vec2 a, Vec2 b, Vec2 c)
    {
        var (cx, cy) = (Dyadic.From(c.X), Dyadic.From(c.Y));
        return ((Dyadic.From(a.X) - cx) * (Dyadic.From(b.Y) - cy)) - ((Dyadic.From(a.Y) - cy) * (Dyadic.From(b.X) - cx));
    }

    private static bool InExpansionRange(double x)
    {
        var magnitude = Math.Abs(x);
        return magnitude == 0 || (magnitude >= MinExpansionMagnitude && magnitude < MaxExpansionMagnitude);
    }

    /// <summary>The stage of <see cref="Exact"/> that decided a sign.</summary>
    internal enum Stage
    {
        /// <summary>Stage B: the determinant of the rounded differences, within its bound.</summary>
        B,

        /// <summary>Stage B's determinant, exact because every difference was.</summary>
        ExactDifferences,

        /// <summary>Stage C: B corrected by the differences' rounding errors, within its bound.</summary>
        C,

        /// <summary>Stage D: the exact expansion.</summary>
        D,

        /// <summary>A coordinate outside the expansion range: <see cref="BigInteger"/> arithmetic.</summary>
        Dyadic,
    }
}
