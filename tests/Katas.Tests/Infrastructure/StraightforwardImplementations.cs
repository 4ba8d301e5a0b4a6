using System.Reflection;
using Katas.Discovery;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// The learner stand-ins written in the tests: for each kata, classes in the namespace
/// <c>Katas.Tests.&lt;Kata&gt;.Straightforward</c> (folder <c>tests/Katas.Tests/&lt;Kata&gt;/Straightforward/</c>)
/// that do what a learner who read only the README would do: a plain algorithm, guards written with the
/// BCL's throw helpers, no <c>ActualValue</c>, no particular message. Every learner-facing test runs them
/// (trait <c>Kind=straightforward</c>), so a test that asks more of a learner than the statement does
/// fails in CI rather than on a learner's screen.
/// </summary>
public static class StraightforwardImplementations
{
    /// <summary>The last namespace segment that marks a stand-in.</summary>
    public const string NamespaceSuffix = ".Straightforward";

    private static readonly Lazy<Type[]> All = new(() =>
        typeof(StraightforwardImplementations).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true, ContainsGenericParameters: false }
                && t.Namespace?.EndsWith(NamespaceSuffix, StringComparison.Ordinal) == true
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray());

    /// <summary>Gets the stand-ins that implement <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<Type> For<T>()
        where T : class =>
        All.Value.Where(typeof(T).IsAssignableFrom).ToArray();

    /// <summary>Gets every stand-in, whatever it implements.</summary>
    public static IReadOnlyList<Type> Types => All.Value;

    /// <summary>Gets the kata whose tests hold <paramref name="type"/>: the namespace segment after <c>Katas.Tests.</c>.</summary>
    public static KataDefinition? KataOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        var ns = type.Namespace ?? "";
        const string Prefix = "Katas.Tests.";
        return ns.StartsWith(Prefix, StringComparison.Ordinal) && ns.EndsWith(NamespaceSuffix, StringComparison.Ordinal)
            ? KataDefinition.Find(ns[Prefix.Length..^NamespaceSuffix.Length])
            : null;
    }

    /// <summary>
    /// Gets the label of each stand-in that implements <typeparamref name="T"/>: as the kata's own
    /// implementations are labelled (<see cref="Contract.Labels"/>), its class name unless a stand-in or an
    /// implementation of the kata ends with the same dotted tail. It is never the label of an implementation
    /// of the kata, so a learner's class of the same name is neither shadowed by it nor shadows it.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> Labels<T>()
        where T : class
    {
        var standIns = For<T>();
        var labels = Contract.Labels([.. standIns, .. KataDefinition.ContractFor<T>().Implementations.Select(i => i.Type)]);
        return standIns.ToDictionary(t => t, t => labels[t]);
    }

    /// <summary>Creates the stand-in labelled <paramref name="name"/> that implements <typeparamref name="T"/>, or returns <see langword="null"/> when there is none.</summary>
    public static T? Create<T>(string name)
        where T : class =>
        Labels<T>().FirstOrDefault(pair => pair.Value == name).Key is { } type ? (T)Activator.CreateInstance(type)! : null;
}
