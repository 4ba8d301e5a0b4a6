using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Katas.Softmax.Solutions;

/// <summary>
/// exp(d) for d ≤ 0, four, eight or two at a time: the exponential <see cref="BlockedOnlineSimd"/> is
/// built on, written with the cross-platform vector API (no table, no gather), so that it vectorises on
/// every processor.
/// </summary>
/// <remarks>
/// <para>
/// Range reduction: d = k·ln 2 + r with k = round(d / ln 2) and |r| ≤ ln 2 / 2. Adding 1.5·2⁵² to
/// d / ln 2 rounds it to the integer k and leaves k in the low bits of the sum, ready to become an
/// exponent. ln 2 is split in two (Cody and Waite): its high part has 32 significant bits, so k·ln2ₕᵢ is
/// exact for |k| &lt; 2²¹ and d − k·ln2ₕᵢ is exact (Sterbenz), and the low part brings r to within half
/// an ulp of d − k·ln 2.
/// </para>
/// <para>
/// Polynomial: exp(r) = 1 + r + r²·q(r) with q of degree 9, the Chebyshev interpolant of
/// (eʳ − 1 − r)/r² on [−ln 2/2, ln 2/2] (near-minimax; computed with mpmath at 60 digits and rounded to
/// doubles). With rounded coefficients it is within 1.6e-17 relative of eʳ (0.14 units of 2⁻⁵³); the
/// leading 1 + r is added last, so the rounding errors of q are scaled down by r² ≤ 0.12. Then 2ᵏ is
/// applied by adding k to the exponent bits.
/// </para>
/// <para>
/// Domain: d ≤ 0, −∞ and NaN included. Results below e⁻⁷⁰⁸ (about 3.3e-308, where 2ᵏ stops being a normal
/// number) are flushed to 0: the kata only takes exponentials of xᵢ − max, so they are at least 2⁻¹⁰²¹
/// below the largest term, which is 1. −∞ gives 0 and NaN gives NaN. For d &gt; 0 the result is
/// unspecified.
/// </para>
/// <para>
/// Error: the reduction leaves r within half an ulp (0.25 ulp of the result), the polynomial 0.14 ulp,
/// its evaluation about 0.4 and the final 1 + … half an ulp: at most 1.3 ulps. Measured against a
/// double-double oracle on 10⁵ arguments per width (tests/Katas.Tests/Softmax/VectorExpTests.cs): at
/// most 1.02 ulps, with FMA or without, at every width.
/// </para>
/// <para>Cost: 15 multiply-adds or multiplications and 6 other operations per vector, no branch.</para>
/// </remarks>
public static class VectorExp
{
    /// <summary>Below this, the result is flushed to 0: k = round(d / ln 2) ≥ −1021 keeps p·2ᵏ normal.</summary>
    public const double FlushBelow = -708.0;

    private const double InverseLn2 = 1.4426950408889634;     // 1/ln 2
    private const double Shifter = 6755399441055744.0;        // 1.5·2⁵²: adding it rounds to an integer, kept in the low bits
    private const double Ln2High = 0.6931471803691238;        // ln 2 to 32 significant bits (0x3FE62E42FEE00000)
    private const double Ln2Low = 1.9082149292705877e-10;     // ln 2 − Ln2High, rounded (0x3DEA39EF35793C76)

    // q(r) ≈ (eʳ − 1 − r)/r², highest power first.
    private const double Q9 = 2.5100375832561234e-08;
    private const double Q8 = 2.7620075879983367e-07;
    private const double Q7 = 2.7557268480310024e-06;
    private const double Q6 = 2.4801521322368692e-05;
    private const double Q5 = 0.00019841269863040545;
    private const double Q4 = 0.0013888888917196719;
    private const double Q3 = 0.008333333333330065;
    private const double Q2 = 0.041666666666624164;
    private const double Q1 = 0.16666666666666669;
    private const double Q0 = 0.5000000000000001;

    // For Quick: eʳ ≈ 1 + r·(c1 + c2·r + … + c9·r⁸), the inner polynomial the Chebyshev interpolant of
    // degree 8 of (eʳ − 1)/r on [−ln 2/2, ln 2/2] (mpmath at 60 digits, rounded to doubles): within
    // 3.7e-14 relative of eʳ there, and exactly 1 at r = 0.
    private const double C9 = 2.7625102005388108e-06;
    private const double C8 = 2.4876164022625967e-05;
    private const double C7 = 0.0001984120875699232;
    private const double C6 = 0.0013888821677630362;
    private const double C5 = 0.008333333353717156;
    private const double C4 = 0.041666666890957;
    private const double C3 = 0.16666666666648303;
    private const double C2 = 0.49999999999797934;

    /// <summary>Returns exp(<paramref name="d"/>) for one double d ≤ 0.</summary>
    public static double Exp(double d) => Exp(new Simd1(d)).Value;

    /// <summary>Returns exp(<paramref name="d"/>) for one double d ≤ 0, within 1e-13 relative (see <see cref="Quick{T}"/>).</summary>
    public static double QuickExp(double d) => Quick(new Simd1(d)).Value;

    /// <summary>Returns exp(d) for each of two lanes d ≤ 0, within 1e-13 relative.</summary>
    public static Vector128<double> QuickExp(Vector128<double> d) => Quick(new Simd128(d)).Value;

    /// <summary>Returns exp(d) for each of four lanes d ≤ 0, within 1e-13 relative.</summary>
    public static Vector256<double> QuickExp(Vector256<double> d) => Quick(new Simd256(d)).Value;

    /// <summary>Returns exp(d) for each of eight lanes d ≤ 0, within 1e-13 relative.</summary>
    public static Vector512<double> QuickExp(Vector512<double> d) => Quick(new Simd512(d)).Value;

    /// <summary>Returns exp(d) for each of two lanes d ≤ 0.</summary>
    public static Vector128<double> Exp(Vector128<double> d) => Exp(new Simd128(d)).Value;

    /// <summary>Returns exp(d) for each of four lanes d ≤ 0.</summary>
    public static Vector256<double> Exp(Vector256<double> d) => Exp(new Simd256(d)).Value;

    /// <summary>Returns exp(d) for each of eight lanes d ≤ 0.</summary>
    public static Vector512<double> Exp(Vector512<double> d) => Exp(new Simd512(d)).Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T Exp<T>(T d)
        where T : struct, ISimd<T>
    {
        var r = Reduce(d, out var shifted);

        var q = T.MultiplyAdd(T.Create(Q9), r, T.Create(Q8));
        q = T.MultiplyAdd(q, r, T.Create(Q7));
        q = T.MultiplyAdd(q, r, T.Create(Q6));
        q = T.MultiplyAdd(q, r, T.Create(Q5));
        q = T.MultiplyAdd(q, r, T.Create(Q4));
        q = T.MultiplyAdd(q, r, T.Create(Q3));
        q = T.MultiplyAdd(q, r, T.Create(Q2));
        q = T.MultiplyAdd(q, r, T.Create(Q1));
        q = T.MultiplyAdd(q, r, T.Create(Q0));
        var p = T.MultiplyAdd(r * r, q, r) + T.Create(1.0);

        return T.ZeroWhereLess(T.ScaleByPowerOfTwo(p, shifted), d, T.Create(FlushBelow));
    }

    /// <summary>
    /// exp(d) for d ≤ 0 within 1e-13 relative, in 13 multiply-adds or subtractions per vector where
    /// <see cref="Exp{T}"/> takes 16: what softmax's 1e-12 allows, not log-sum-exp's 2 ulps.
    /// </summary>
    /// <remarks>
    /// The same reduction as <see cref="Exp{T}"/> (the shifter trick for k, ln 2 in two parts, so that r is
    /// as accurate without a fused multiply-add as with one), and a degree-9 polynomial in Horner's form,
    /// 1 + r·q(r) with q the Chebyshev interpolant of (eʳ − 1)/r (3.7e-14, plus a few ulps of evaluation),
    /// so that exp(0) is exactly 1. The softmax kernel is bound by the processor's multiply-add units, not
    /// by memory, so three fewer per vector is a fifth of its time.
    /// Flushing and special values as <see cref="Exp{T}"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T Quick<T>(T d)
        where T : struct, ISimd<T>
    {
        var r = Reduce(d, out var shifted);

        var p = T.MultiplyAdd(T.Create(C9), r, T.Create(C8));
        p = T.MultiplyAdd(p, r, T.Create(C7));
        p = T.MultiplyAdd(p, r, T.Create(C6));
        p = T.MultiplyAdd(p, r, T.Create(C5));
        p = T.MultiplyAdd(p, r, T.Create(C4));
        p = T.MultiplyAdd(p, r, T.Create(C3));
        p = T.MultiplyAdd(p, r, T.Create(C2));
        p = T.MultiplyAdd(p, r, T.Create(1.0));
        p = T.MultiplyAdd(p, r, T.Create(1.0));

        return T.ZeroWhereLess(T.ScaleByPowerOfTwo(p, shifted), d, T.Create(FlushBelow));
    }

    // d = k·ln 2 + r: k = round(d / ln 2), left in the low bits of shifted by the 1.5·2⁵² trick, and r
    // from ln 2 in two parts (Cody and Waite), exact without a fused multiply-add too.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Reduce<T>(T d, out T shifted)
        where T : struct, ISimd<T>
    {
        shifted = T.MultiplyAdd(d, T.Create(InverseLn2), T.Create(Shifter));
        var k = shifted - T.Create(Shifter);
        var r = T.MultiplyAdd(k, T.Create(-Ln2High), d);
        return T.MultiplyAdd(k, T.Create(-Ln2Low), r);
    }
}
