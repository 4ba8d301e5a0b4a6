using System.Runtime.CompilerServices;

namespace Katas.Softmax.Solutions;

/// <summary>
/// One double as a vector of one lane, for <see cref="BlockedOnlineSimd"/> on hardware without vector
/// instructions and for the tail of an input that does not fill a vector.
/// </summary>
internal readonly struct Simd1(double value) : ISimd<Simd1>
{
    /// <summary>Gets the value.</summary>
    public double Value { get; } = value;

    public static int Count => 1;

    public static bool IsHardwareAccelerated => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 Create(double value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 Load(ref double source, nuint index) => new(Unsafe.Add(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd1 value, ref double destination, nuint index) => Unsafe.Add(ref destination, index) = value.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 operator +(Simd1 left, Simd1 right) => new(left.Value + right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 operator -(Simd1 left, Simd1 right) => new(left.Value - right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 operator *(Simd1 left, Simd1 right) => new(left.Value * right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 MultiplyAdd(Simd1 a, Simd1 b, Simd1 c) => new(double.MultiplyAddEstimate(a.Value, b.Value, c.Value));

    // Like the hardware's maxpd: the second operand when either is NaN.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 MaxNative(Simd1 left, Simd1 right) => left.Value > right.Value ? left : right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 ScaleByPowerOfTwo(Simd1 value, Simd1 shifted) =>
        new(BitConverter.Int64BitsToDouble(unchecked(BitConverter.DoubleToInt64Bits(value.Value) + (BitConverter.DoubleToInt64Bits(shifted.Value) << 52))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd1 ZeroWhereLess(Simd1 value, Simd1 d, Simd1 threshold) => d.Value < threshold.Value ? default : value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MaxAcross(Simd1 value) => value.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SumAcross(Simd1 value) => value.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(Simd1 value, Span<double> destination) => destination[0] = value.Value;
}
