namespace Katas.Softmax.Solutions;

/// <summary>
/// A running sum that keeps the rounding error of every addition (Neumaier's variant of Kahan
/// summation): <see cref="Sum"/> + <see cref="Error"/> is the exact sum to within about 2 ulps of it
/// plus n·ε² relative, where a plain running sum drifts by up to n·ε.
/// </summary>
internal struct CompensatedSum
{
    /// <summary>Gets the running sum as a double.</summary>
    public double Sum { get; private set; }

    /// <summary>Gets the accumulated rounding error: the exact sum is about <see cref="Sum"/> + <see cref="Error"/>.</summary>
    public double Error { get; private set; }

    /// <summary>Gets the sum with its correction applied.</summary>
    public readonly double Value => Sum + Error;

    /// <summary>Adds <paramref name="value"/>, keeping the part of it that the addition rounds away.</summary>
    public void Add(double value)
    {
        var total = Sum + value;

        // Fast2Sum of the larger and the smaller operand: the rounding error, exactly.
        Error += Math.Abs(Sum) >= Math.Abs(value) ? (Sum - total) + value : (value - total) + Sum;
        Sum = total;
    }

    /// <summary>Multiplies the sum by <paramref name="factor"/> (the online normaliser's rescaling).</summary>
    public void Scale(double factor)
    {
        Sum *= factor;
        Error *= factor;
    }
}
