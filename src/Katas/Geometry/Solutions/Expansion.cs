using System.Runtime.CompilerServices;

namespace Katas.Geometry.Solutions;

/// <summary>
/// Shewchuk's floating-point expansions: a number held exactly as a sum of doubles that do not overlap,
/// smallest first, built with error-free transformations (the rounding error of a sum or a product is
/// itself a double, and can be computed).
/// </summary>
/// <remarks>
/// J. R. Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast Robust Geometric Predicates",
/// Discrete &amp; Computational Geometry 18 (1997). Correct under IEEE round-to-nearest-even, which .NET
/// uses, as long as no product overflows or underflows (see <see cref="ExactOrientation"/> for the range).
/// The sign of an expansion is the sign of its last (largest) component.
/// </remarks>
internal static class Expansion
{
    /// <summary>a + b = sum + error exactly (Knuth's TwoSum: no precondition on the magnitudes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoSum(double a, double b, out double error)
    {
        var sum = a + b;
        var bVirtual = sum - a;
        var aVirtual = sum - bVirtual;
        error = (a - aVirtual) + (b - bVirtual);
        return sum;
    }

    /// <summary>a - b = difference + error exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoDiff(double a, double b, out double error)
    {
        var difference = a - b;
        var bVirtual = a - difference;
        var aVirtual = difference + bVirtual;
        error = (a - aVirtual) + (bVirtual - b);
        return difference;
    }

    /// <summary>The rounding error of <paramref name="difference"/> = fl(a − b): a − b = difference + tail exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DiffTail(double a, double b, double difference)
    {
        var bVirtual = a - difference;
        var aVirtual = difference + bVirtual;
        return (a - aVirtual) + (bVirtual - b);
    }

    /// <summary>a + b = sum + error exactly, provided |a| ≥ |b| (Dekker's FastTwoSum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FastTwoSum(double a, double b, out double error)
    {
        var sum = a + b;
        error = b - (sum - a);
        return sum;
    }

    /// <summary>
    /// a × b = product + error exactly: the fused multiply-add computes a × b - product with a single
    /// rounding, and that difference is representable, so it is exact (barring overflow and underflow).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoProduct(double a, double b, out double error)
    {
        var product = a * b;
        error = Math.FusedMultiplyAdd(a, b, -product);
        return product;
    }

    /// <summary>
    /// Writes a·b − c·d exactly as a four-component expansion (Shewchuk's Two_Two_Diff of two
    /// TwoProducts), smallest component first; some components may be zero.
    /// </summary>
    public static void ProductDifference(double a, double b, double c, double d, Span<double> result)
    {
        var left = TwoProduct(a, b, out var leftError);
        var right = TwoProduct(c, d, out var rightError);

        // Two_One_Diff(left, leftError, rightError), then Two_One_Diff of that with right.
        var low = TwoDiff(leftError, rightError, out result[0]);
        var high = TwoSum(left, low, out var middle);
        var low2 = TwoDiff(middle, right, out result[1]);
        result[3] = TwoSum(high, low2, out result[2]);
    }

    /// <summary>
    /// a·b − c·d computed exactly as in <see cref="ProductDifference"/>, then rounded by summing the four
    /// components smallest first (Shewchuk's estimate): within about an ulp, with the exact sign.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ProductDifferenceEstimate(double a, double b, double c, double d)
    {
        var left = TwoProduct(a, b, out var leftError);
        var right = TwoProduct(c, d, out var rightError);
        var low = TwoDiff(leftError, rightError, out var x0);
        var high = TwoSum(left, low, out var middle);
        var low2 = TwoDiff(middle, right, out var x1);
        var x3 = TwoSum(high, low2, out var x2);
        return x0 + x1 + x2 + x3;
    }

    /// <summary>
    /// Sums two expansions exactly into <paramref name="h"/> (at least <c>e.Length + f.Length</c> long),
    /// dropping zero components; returns the length used (at least 1: a zero sum is the expansion [0]).
    /// Shewchuk's Fast-Expansion-Sum-Zeroelim: merge the components by magnitude and accumulate them
    /// with error-free sums.
    /// </summary>
    public static int Sum(ReadOnlySpan<double> e, ReadOnlySpan<double> f, Span<double> h)
    {
        int ei = 0, fi = 0, hi = 0;
        var eNow = e[0];
        var fNow = f[0];
        double q;

        // (fNow > eNow) == (fNow > -eNow) holds exactly when |eNow| < |fNow|: take the smaller first.
        if ((fNow > eNow) == (fNow > -eNow))
        {
            q = eNow;
            eNow = Next(e, ref ei);
        }
        else
        {
            q = fNow;
            fNow = Next(f, ref fi);
        }

        double error;
        if (ei < e.Length && fi < f.Length)
        {
            if ((fNow > eNow) == (fNow > -eNow))
            {
                q = FastTwoSum(eNow, q, out error);
                eNow = Next(e, ref ei);
            }
            else
            {
                q = FastTwoSum(fNow, q, out error);
                fNow = Next(f, ref fi);
            }

            if (error != 0)
            {
                h[hi++] = error;
            }

            while (ei < e.Length && fi < f.Length)
            {
                if ((fNow > eNow) == (fNow > -eNow))
                {
                    q = TwoSum(q, eNow, out error);
                    eNow = Next(e, ref ei);
                }
                else
                {
                    q = TwoSum(q, fNow, out error);
                    fNow = Next(f, ref fi);
                }

                if (error != 0)
                {
                    h[hi++] = error;
                }
            }
        }

        while (ei < e.Length)
        {
            q = TwoSum(q, eNow, out error);
            eNow = Next(e, ref ei);
            if (error != 0)
            {
                h[hi++] = error;
            }
        }

        while (fi < f.Length)
        {
            q = TwoSum(q, fNow, out error);
            fNow = Next(f, ref fi);
            if (error != 0)
            {
                h[hi++] = error;
            }
        }

        if (q != 0 || hi == 0)
        {
            h[hi++] = q;
        }

        return hi;
    }

    /// <summary>
    /// Multiplies an expansion by a double exactly into <paramref name="h"/> (at least <c>2 · e.Length</c>
    /// long), dropping zero components; returns the length used (at least 1). Shewchuk's
    /// Scale-Expansion-Zeroelim: a two-product per component, accumulated with error-free sums.
    /// </summary>
    public static int Scale(ReadOnlySpan<double> e, double b, Span<double> h)
    {
        var hi = 0;
        var q = TwoProduct(e[0], b, out var error);
        if (error != 0)
        {
            h[hi++] = error;
        }

        for (var i = 1; i < e.Length; i++)
        {
            var product = TwoProduct(e[i], b, out var productError);
            var sum = TwoSum(q, productError, out error);
            if (error != 0)
            {
                h[hi++] = error;
            }

            q = FastTwoSum(product, sum, out error);
            if (error != 0)
            {
                h[hi++] = error;
            }
        }

        if (q != 0 || hi == 0)
        {
            h[hi++] = q;
        }

        return hi;
    }

    /// <summary>Negates every component in place: the negated expansion, exactly.</summary>
    public static void Negate(Span<double> e)
    {
        for (var i = 0; i < e.Length; i++)
        {
            e[i] = -e[i];
        }
    }

    /// <summary>The sign of the expansion's value: the sign of its largest component.</summary>
    public static int Sign(ReadOnlySpan<double> e) => Math.Sign(e[^1]);

    /// <summary>
    /// The expansion's value as m · 2^exponent with |m| in about [1, 2): the components are scaled by the
    /// power of two of the largest before they are summed, so the sum neither overflows nor loses digits
    /// to underflow. The expansion must not be zero.
    /// </summary>
    public static double Normalized(ReadOnlySpan<double> e, out int exponent)
    {
        exponent = Math.ILogB(e[^1]);
        var sum = 0.0;
        foreach (var component in e)
        {
            sum += Math.ScaleB(component, -exponent);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Next(ReadOnlySpan<double> e, ref int index) => ++index < e.Length ? e[index] : 0;
}
