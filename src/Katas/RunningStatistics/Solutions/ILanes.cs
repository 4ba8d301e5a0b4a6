namespace Katas.RunningStatistics.Solutions;

/// <summary>
/// A register of independent double lanes: <see cref="Lanes256"/> (4 lanes), <see cref="Lanes128"/> (2)
/// or <see cref="Lanes1"/> (one scalar, the fallback), so that one generic kernel serves every processor
/// and the JIT compiles it once per width.
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface ILanes<TSelf>
    where TSelf : struct, ILanes<TSelf>
{
    /// <summary>Gets the number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Gets all lanes 0.</summary>
    static abstract TSelf Zero { get; }

    static abstract TSelf operator +(TSelf left, TSelf right);

    static abstract TSelf operator -(TSelf left, TSelf right);

    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Every lane <paramref name="value"/>.</summary>
    static abstract TSelf Create(double value);

    /// <summary>Reads <see cref="Count"/> values from <paramref name="source"/> + <paramref name="index"/>.</summary>
    static abstract TSelf Load(ref double source, nuint index);

    /// <summary>a·b + c, rounded once where the processor has a fused multiply-add, twice otherwise.</summary>
    static abstract TSelf MultiplyAddEstimate(TSelf a, TSelf b, TSelf c);

    /// <summary>a·b + c rounded once, always (emulated, slowly, where the processor has no fused multiply-add).</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf a, TSelf b, TSelf c);

    /// <summary>The sum of the lanes.</summary>
    static abstract double Sum(TSelf value);

    /// <summary>Writes the lanes to <paramref name="destination"/>, which holds at least <see cref="Count"/> values.</summary>
    static abstract void CopyTo(TSelf value, Span<double> destination);
}
