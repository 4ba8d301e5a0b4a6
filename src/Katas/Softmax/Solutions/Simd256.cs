using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Katas.Softmax.Solutions;

/// <summary>256-bit vectors of doubles (<see cref="Vector256{T}"/>) for <see cref="BlockedOnlineSimd"/>.</summary>
internal readonly struct Simd256(Vector256<double> value) : ISimd<Simd256>
{
    /// <summary>Gets the lanes.</summary>
    public Vector256<double> Value { get; } = value;

    public static int Count => Vector256<double>.Count;

    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Create(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Load(ref double source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd256 value, ref double destination, nuint index) => value.Value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator +(Simd256 left, Simd256 right) => new(left.Value + right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator -(Simd256 left, Simd256 right) => new(left.Value - right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator *(Simd256 left, Simd256 right) => new(left.Value * right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 MultiplyAdd(Simd256 a, Simd256 b, Simd256 c) => new(Vector256.MultiplyAddEstimate(a.Value, b.Value, c.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 MaxNative(Simd256 left, Simd256 right) => new(Vector256.MaxNative(left.Value, right.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 ScaleByPowerOfTwo(Simd256 value, Simd256 shifted) =>
        new((value.Value.AsInt64() + (shifted.Value.AsInt64() << 52)).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 ZeroWhereLess(Simd256 value, Simd256 d, Simd256 threshold) =>
        new(Vector256.ConditionalSelect(Vector256.LessThan(d.Value, threshold.Value), Vector256<double>.Zero, value.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MaxAcross(Simd256 value) => Simd128.MaxAcross(new(Vector128.MaxNative(value.Value.GetLower(), value.Value.GetUpper())));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SumAcross(Simd256 value) => Vector256.Sum(value.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(Simd256 value, Span<double> destination) => value.Value.CopyTo(destination);
}
