namespace Katas.Softmax.Solutions;

/// <summary>
/// The operations <see cref="BlockedOnlineSimd"/> needs on a vector of doubles, one implementation per
/// width (<see cref="Simd512"/>, <see cref="Simd256"/>, <see cref="Simd128"/>, and <see cref="Simd1"/>
/// for plain doubles), so that one generic algorithm serves them all. The JIT compiles each
/// instantiation separately and inlines these static calls: the generic code costs nothing.
/// </summary>
/// <typeparam name="TSelf">The implementing vector type.</typeparam>
internal interface ISimd<TSelf>
    where TSelf : struct, ISimd<TSelf>
{
    /// <summary>Gets the number of doubles in a vector.</summary>
    static abstract int Count { get; }

    /// <summary>Gets whether the hardware runs this width natively.</summary>
    static abstract bool IsHardwareAccelerated { get; }

    /// <summary>Returns a vector with every lane equal to <paramref name="value"/>.</summary>
    static abstract TSelf Create(double value);

    /// <summary>Loads <see cref="Count"/> doubles from <c>source[index..]</c>.</summary>
    static abstract TSelf Load(ref double source, nuint index);

    /// <summary>Stores the lanes at <c>destination[index..]</c>.</summary>
    static abstract void Store(TSelf value, ref double destination, nuint index);

    /// <summary>Adds lane-wise.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Subtracts lane-wise.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Multiplies lane-wise.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Returns a·b + c, fused (one rounding) where the hardware has FMA, otherwise rounded twice.</summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

    /// <summary>The lane-wise maximum as the hardware computes it: when a lane of either is NaN, the result's lane may be either operand.</summary>
    static abstract TSelf MaxNative(TSelf left, TSelf right);

    /// <summary>
    /// Multiplies each lane of <paramref name="value"/> by 2ᵏ, where k is held in the low bits of the
    /// lane of <paramref name="shifted"/> (k + 1.5·2⁵²), by adding k to the exponent field. Exact as long
    /// as the result stays a normal number; otherwise meaningless.
    /// </summary>
    static abstract TSelf ScaleByPowerOfTwo(TSelf value, TSelf shifted);

    /// <summary>Returns <paramref name="value"/> with 0 in every lane where <paramref name="d"/> is less than <paramref name="threshold"/> (NaN lanes of <paramref name="d"/> keep their value).</summary>
    static abstract TSelf ZeroWhereLess(TSelf value, TSelf d, TSelf threshold);

    /// <summary>Returns the largest lane (a NaN lane may or may not win).</summary>
    static abstract double MaxAcross(TSelf value);

    /// <summary>Returns the sum of the lanes, rounded as the hardware adds them.</summary>
    static abstract double SumAcross(TSelf value);

    /// <summary>Copies the lanes into <paramref name="destination"/>, which holds at least <see cref="Count"/> doubles.</summary>
    static abstract void CopyTo(TSelf value, Span<double> destination);
}
