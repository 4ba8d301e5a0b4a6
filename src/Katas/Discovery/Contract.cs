namespace Katas.Discovery;

/// <summary>
/// One interface of a kata, with a probe that tells an unstarted stub from started code, and the
/// reference solutions that play special parts in the benchmarks (the oracle whose answers every other
/// solution's are checked against before it is timed, and the peer baseline the times are compared
/// with). The tests do not use the oracle: they have independent oracles of their own.
/// </summary>
public abstract class Contract
{
    /// <summary>
    /// The name of the reference that every kata benchmark measures beside the implementations: it does
    /// only the memory traffic no solution can avoid. No implementation is labelled with it, so a
    /// learner's class named <c>Limit</c> never stands for the floor (its label gets its namespace).
    /// </summary>
    public const string LimitName = "Limit";

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

    /// <summary>
    /// Finds an implementation by its full name or by its label (<see cref="Implementation.Name"/>: the
    /// class name where that is unique). Both identify one implementation: labels are unique, and a label
    /// that is also another class's full name cannot occur (a label is a dotted tail of its own full name
    /// that no other full name ends with).
    /// </summary>
    /// <exception cref="ArgumentException">No implementation has that name.</exception>
    public Implementation Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        var found = Implementations.FirstOrDefault(i => i.FullName == name) ?? Implementations.FirstOrDefault(i => i.Name == name);
        if (found is not null)
        {
            return found;
        }

        var sameClassName = Implementations.Where(i => i.Type.Name == name).Select(i => i.Name).ToArray();
        throw new ArgumentException(
            sameClassName.Length > 1
                ? $"'{name}' is the class name of {sameClassName.Length} implementations of {Interface.Name}: {string.Join(", ", sameClassName)}. Give one of these labels, or a full name."
                : $"No implementation of {Interface.Name} is named '{name}'. Known: {string.Join(", ", Implementations.Select(i => i.Name))}.",
            nameof(name));
    }

    /// <summary>Finds the implementation that is the class <paramref name="type"/>, for example the contract's <see cref="Oracle"/>.</summary>
    /// <exception cref="ArgumentException">The class is not an implementation of this contract.</exception>
    public Implementation Find(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        return Implementations.FirstOrDefault(i => i.Type == type)
            ?? throw new ArgumentException($"{type.FullName} is not an implementation of {Interface.Name}.", nameof(type));
    }

    /// <summary>
    /// Gives each type its label: the shortest dotted tail of its full name (the class name, then with
    /// its namespace's last segment, and so on) that no other type's full name ends with and that is not
    /// <see cref="LimitName"/>; the full name when no tail is unique.
    /// </summary>
    /// <param name="types">The implementations of one contract.</param>
    public static IReadOnlyDictionary<Type, string> Labels(IReadOnlyCollection<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);

        var fullNames = types.ToDictionary(t => t, Implementation.FullNameOf);
        var labels = new Dictionary<Type, string>();
        foreach (var (type, fullName) in fullNames)
        {
            var segments = fullName.Split('.');
            labels[type] = fullName;
            for (var length = 1; length < segments.Length; length++)
            {
                var tail = string.Join('.', segments[^length..]);
                var shared = fullNames.Any(other => other.Key != type && (other.Value == tail || other.Value.EndsWith("." + tail, StringComparison.Ordinal)));
                if (!shared && tail != LimitName)
                {
                    labels[type] = tail;
                    break;
                }
            }
        }

        return labels;
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
