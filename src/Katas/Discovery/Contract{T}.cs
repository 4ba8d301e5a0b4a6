namespace Katas.Discovery;

/// <summary>A kata contract for the interface <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The interface.</typeparam>
public sealed class Contract<T> : Contract
    where T : class
{
    private readonly Action<T> _probe;
    private readonly Lazy<IReadOnlyList<Implementation>> _implementations;

    internal Contract(Action<T> probe, Type oracle, Type baseline)
        : base(oracle, baseline)
    {
        _probe = probe;
        _implementations = new(() => Discover().ToArray());
    }

    /// <inheritdoc/>
    public override Type Interface => typeof(T);

    /// <inheritdoc/>
    public override IReadOnlyList<Implementation> Implementations => _implementations.Value;

    /// <summary>Creates a fresh instance of the named implementation.</summary>
    public T Create(string name) => (T)Find(name).Create();

    private protected override NotImplementedException? ProbeCore(object instance)
    {
        try
        {
            _probe((T)instance);
            return null;
        }
        catch (NotImplementedException e)
        {
            return e;
        }
        catch (Exception)
        {
            // Started code that fails on the probe's input is still started: the tests report its
            // failure like any other. The probe only tells stubs apart.
            return null;
        }
    }

    // Every public, concrete class with a public parameterless constructor that implements T:
    // learners' own classes included (nested ones too, when every enclosing class is public). The learner's classes come first,
    // then the references, each by label, then by full name.
    private IEnumerable<Implementation> Discover()
    {
        var types = typeof(T).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsVisible: true, ContainsGenericParameters: false }
                && typeof(T).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToArray();
        var labels = Labels(types);
        return types
            .Select(t => new Implementation(t, this, labels[t]))
            .OrderBy(i => i.IsReference)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ThenBy(i => i.FullName, StringComparer.Ordinal);
    }
}
