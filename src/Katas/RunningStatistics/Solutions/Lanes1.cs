using System.Runtime.CompilerServices;

namespace Katas.RunningStatistics.Solutions;

/// <summary>One scalar lane: the kernels' fallback where no vector hardware is available.</summary>
internal readonly struct Lanes1 : ILanes<Lanes1>
{
    private readonly double _value;

    private Lanes1(double value) => _value = value;

    public static int Count => 1;

    public static Lanes1 Zero => default;

    public static Lanes1 operator +(Lanes1 left, Lanes1 right) => new(left._value + right._value);

    public static Lanes1 operator -(Lanes1 left, Lanes1 right) => new(left._value - right._value);

    public static Lanes1 operator *(Lanes1 left, Lanes1 right) => new(left._value * right._value);

    public static Lanes1 Create(double value) => new(value);

    public static Lanes1 Load(ref double source, nuint index) => new(Unsafe.Add(ref source, index));

    public static Lanes1 MultiplyAddEstimate(Lanes1 a, Lanes1 b, Lanes1 c) => new(double.MultiplyAddEstimate(a._value, b._value, c._value));

    public static Lanes1 FusedMultiplyAdd(Lanes1 a, Lanes1 b, Lanes1 c) => new(Math.FusedMultiplyAdd(a._value, b._value, c._value));

    public static double Sum(Lanes1 value) => value._value;

    public static void CopyTo(Lanes1 value, Span<double> destination) => destination[0] = value._value;
}
