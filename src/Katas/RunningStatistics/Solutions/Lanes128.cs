using System.Runtime.Intrinsics;

namespace Katas.RunningStatistics.Solutions;

/// <summary>Two double lanes in a <see cref="Vector128{T}"/> (SSE2 on x64, NEON on ARM64).</summary>
internal readonly struct Lanes128 : ILanes<Lanes128>
{
    private readonly Vector128<double> _value;

    private Lanes128(Vector128<double> value) => _value = value;

    public static int Count => Vector128<double>.Count;

    public static Lanes128 Zero => default;

    public static Lanes128 operator +(Lanes128 left, Lanes128 right) => new(left._value + right._value);

    public static Lanes128 operator -(Lanes128 left, Lanes128 right) => new(left._value - right._value);

    public static Lanes128 operator *(Lanes128 left, Lanes128 right) => new(left._value * right._value);

    public static Lanes128 Create(double value) => new(Vector128.Create(value));

    public static Lanes128 Load(ref double source, nuint index) => new(Vector128.LoadUnsafe(ref source, index));

    public static Lanes128 MultiplyAddEstimate(Lanes128 a, Lanes128 b, Lanes128 c) =>
        new(Vector128.MultiplyAddEstimate(a._value, b._value, c._value));

    public static Lanes128 FusedMultiplyAdd(Lanes128 a, Lanes128 b, Lanes128 c) =>
        new(Vector128.FusedMultiplyAdd(a._value, b._value, c._value));

    public static double Sum(Lanes128 value) => Vector128.Sum(value._value);

    public static void CopyTo(Lanes128 value, Span<double> destination) => value._value.CopyTo(destination);
}
