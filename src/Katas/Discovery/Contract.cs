namespace Katas.Discovery;

/// <summary>
/// One interface of a kata, with a probe that tells an unstarted stub from started code, and the
/// reference solutions that play special parts in the benchmarks (the oracle whose answers every other
/// solution's are checked against before it is timed, and the peer baseline the times are compared
/// with). The tests do not use the oracle: they have independent oracles of their own.
/// </summary>
public abstract class Contract
{
    private protected Contract(Type oracle, Type baseline)
    {
        Oracle = oracle;
        Baseline = baseline;
    }

    /// <summary>Gets the interface type.</summary>
    public abstract Type Interface { get; }

    /// <summary>Gets the reference solution whose answers the benchmarks check the other implementations' against.</summary>
    public Type Oracle { get; }

    /// <summary>Gets the reference solution that stands for typical published code, used as the benchmark baseline.</summary>
    public Type Baseline { get; }

    /// <summary>Gets every concrete implementation of the interface in the <c>Katas</c> assembly.</summary>
    public abstract IReadOnlyList<Implementation> Implementations { get; }

    /// <summary>Creates a contract for <typeparamref name="T"/>.</summary>
    /// <param name="probe">A call on a tiny valid input. A stub throws <see cref="NotImplementedException"/> from it.</param>
    /// <param name="oracle">The trusted, readable reference solution the benchmarks check answers against.</param>
    /// <param name="baseline">The solution that stands for typical published code.</param>
    public static Contract<T> For<T>(Action<T> probe, Type oracle, Type baseline)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(baseline);
        if (!typeof(T).IsInterface)
        {
            throw new ArgumentException($"A contract must be an interface; {typeof(T).Name} is not.", nameof(T));
        }

        return new Contract<T>(probe, oracle, baseline);
    }

    /// <summary>Finds an implementation by its class name.</summary>
    /// <exception cref="ArgumentException">No implementation has that name.</exception>
    public Implementation Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return Implementations.FirstOrDefault(i => i.Name == name)
            ?? throw new ArgumentException(
                $"No implementation of {Interface.Name} is named '{name}'. Known: {string.Join(", ", Implementations.Select(i => i.Name))}.",
                nameof(name));
    }

    /// <summary>
    /// Runs the contract's probe on <paramref name="instance"/>: returns the
    /// <see cref="NotImplementedException"/> of an unstarted stub, or <see langword="null"/> for started code
    /// (any other exception counts as started; the tests report it).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="instance"/> does not implement the interface.</exception>
    public NotImplementedException? Probe(object instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!Interface.IsInstanceOfType(instance))
        {
            throw new ArgumentException($"{instance.GetType().Name} does not implement {Interface.Name}.", nameof(instance));
        }

        return ProbeCore(instance);
    }

    private protected abstract NotImplementedException? ProbeCore(object instance);
}
