using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Katas.Softmax.Solutions;

/// <summary>128-bit vectors of doubles (<see cref="Vector128{T}"/>) for <see cref="BlockedOnlineSimd"/>.</summary>
internal readonly struct Simd128(Vector128<double> value) : ISimd<Simd128>
{
    /// <summary>Gets the lanes.</summary>
    public Vector128<double> Value { get; } = value;

    public static int Count => Vector128<double>.Count;

    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 Create(double value) => new(Vector128.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 Load(ref double source, nuint index) => new(Vector128.LoadUnsafe(ref source, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Simd128 value, ref double destination, nuint index) => value.Value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 operator +(Simd128 left, Simd128 right) => new(left.Value + right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 operator -(Simd128 left, Simd128 right) => new(left.Value - right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 operator *(Simd128 left, Simd128 right) => new(left.Value * right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 MultiplyAdd(Simd128 a, Simd128 b, Simd128 c) => new(Vector128.MultiplyAddEstimate(a.Value, b.Value, c.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 MaxNative(Simd128 left, Simd128 right) => new(Vector128.MaxNative(left.Value, right.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 ScaleByPowerOfTwo(Simd128 value, Simd128 shifted) =>
        new((value.Value.AsInt64() + (shifted.Value.AsInt64() << 52)).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 ZeroWhereLess(Simd128 value, Simd128 d, Simd128 threshold) =>
        new(Vector128.ConditionalSelect(Vector128.LessThan(d.Value, threshold.Value), Vector128<double>.Zero, value.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MaxAcross(Simd128 value) => Math.Max(value.Value.GetElement(0), value.Value.GetElement(1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SumAcross(Simd128 value) => Vector128.Sum(value.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(Simd128 value, Span<double> destination) => value.Value.CopyTo(destination);
}
