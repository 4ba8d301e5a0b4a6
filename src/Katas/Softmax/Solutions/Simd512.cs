using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Katas.Softmax.Solutions;

/// <summary>512-bit vectors of doubles (<see cref="Vector512{T}"/>) for <see cref="BlockedOnlineSimd"/>.</summary>
internal readonly struct Simd512(Vector512<double> value) : ISimd<Simd512>
{
    /// <summary>Gets the lanes.</summary>
    public Vector512<double> Value { get; } = value;

    public static int Count => Vector512<double>.Count;

    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Load(ref double source, nuint index) => new(Vector512.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd512 value, ref double destination, nuint index) => value.Value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator +(Simd512 left, Simd512 right) => new(left.Value + right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator -(Simd512 left, Simd512 right) => new(left.Value - right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator *(Simd512 left, Simd512 right) => new(left.Value * right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 MultiplyAdd(Simd512 a, Simd512 b, Simd512 c) => new(Vector512.MultiplyAddEstimate(a.Value, b.Value, c.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 MaxNative(Simd512 left, Simd512 right) => new(Vector512.MaxNative(left.Value, right.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 ScaleByPowerOfTwo(Simd512 value, Simd512 shifted) =>
        new((value.Value.AsInt64() + (shifted.Value.AsInt64() << 52)).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 ZeroWhereLess(Simd512 value, Simd512 d, Simd512 threshold) =>
        new(Vector512.ConditionalSelect(Vector512.LessThan(d.Value, threshold.Value), Vector512<double>.Zero, value.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MaxAcross(Simd512 value) => Simd256.MaxAcross(new(Vector256.MaxNative(value.Value.GetLower(), value.Value.GetUpper())));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SumAcross(Simd512 value) => Vector512.Sum(value.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(Simd512 value, Span<double> destination) => value.Value.CopyTo(destination);
}
