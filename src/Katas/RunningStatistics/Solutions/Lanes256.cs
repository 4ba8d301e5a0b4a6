using System.Runtime.Intrinsics;

namespace Katas.RunningStatistics.Solutions;

/// <summary>Four double lanes in a <see cref="Vector256{T}"/> (AVX on x64; two NEON registers on ARM64).</summary>
internal readonly struct Lanes256 : ILanes<Lanes256>
{
    private readonly Vector256<double> _value;

    private Lanes256(Vector256<double> value) => _value = value;

    public static int Count => Vector256<double>.Count;

    public static Lanes256 Zero => default;

    public static Lanes256 operator +(Lanes256 left, Lanes256 right) => new(left._value + right._value);

    public static Lanes256 operator -(Lanes256 left, Lanes256 right) => new(left._value - right._value);

    public static Lanes256 operator *(Lanes256 left, Lanes256 right) => new(left._value * right._value);

    public static Lanes256 Create(double value) => new(Vector256.Create(value));

    public static Lanes256 Load(ref double source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

    public static Lanes256 MultiplyAddEstimate(Lanes256 a, Lanes256 b, Lanes256 c) =>
        new(Vector256.MultiplyAddEstimate(a._value, b._value, c._value));

    public static Lanes256 FusedMultiplyAdd(Lanes256 a, Lanes256 b, Lanes256 c) =>
        new(Vector256.FusedMultiplyAdd(a._value, b._value, c._value));

    public static double Sum(Lanes256 value) => Vector256.Sum(value._value);

    public static void CopyTo(Lanes256 value, Span<double> destination) => value._value.CopyTo(destination);
}
