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

    /// <summary>
    /// What a stand-in's name starts with in a test row (<c>Straightforward.ScanEveryWindow</c>), so that it
    /// never shadows a learner's class or a reference of the same name.
    /// </summary>
    public const string RowPrefix = "Straightforward.";

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

    /// <summary>Gets the name of <paramref name="type"/>'s test rows: <see cref="RowPrefix"/> and the class name.</summary>
    public static string RowName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        return RowPrefix + type.Name;
    }

    /// <summary>
    /// Creates the stand-in whose row name (see <see cref="RowName"/>) is <paramref name="name"/> and that
    /// implements <typeparamref name="T"/>, or returns <see langword="null"/> when <paramref name="name"/> is not a stand-in's.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> has the stand-ins' prefix but no stand-in has that name.</exception>
    public static T? Create<T>(string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith(RowPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var type = For<T>().FirstOrDefault(t => RowName(t) == name)
            ?? throw new ArgumentException($"No stand-in of {typeof(T).Name} is named '{name}'.", nameof(name));
        return (T)Activator.CreateInstance(type)!;
    }
}
