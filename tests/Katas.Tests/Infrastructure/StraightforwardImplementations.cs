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

    /// <summary>Creates the stand-in named <paramref name="name"/> that implements <typeparamref name="T"/>, or returns <see langword="null"/> when there is none.</summary>
    public static T? Create<T>(string name)
        where T : class =>
        For<T>().FirstOrDefault(t => t.Name == name) is { } type ? (T)Activator.CreateInstance(type)! : null;
}
