using System.Collections;
using System.Reflection;
using Katas.Discovery;
using Xunit.Sdk;
using Xunit.v3;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Supplies a theory with the name of every implementation of the contract <typeparamref name="T"/>
/// (references and the learner's, found by reflection), optionally crossed with the rows of a static
/// member of the test class. The implementation name is always the first argument.
/// </summary>
/// <typeparam name="T">The kata contract.</typeparam>
/// <example>
/// <code>
/// [Theory, Implementations&lt;ISlidingWindowMaximum&gt;]
/// public void Law(string implementation) { var sut = Subject.Create&lt;ISlidingWindowMaximum&gt;(implementation); ... }
///
/// [Theory, Implementations&lt;ISlidingWindowMaximum&gt;(Cases = nameof(Examples))]
/// public void Example(string implementation, int[] nums, int k, int[] expected) { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ImplementationsAttribute<T> : DataAttribute
    where T : class
{
    /// <summary>
    /// Gets or sets the name of a public static property or method of the test class that returns
    /// the cases (an <see cref="IEnumerable"/> of <see cref="ITheoryDataRow"/> or of <c>object?[]</c>).
    /// Each implementation runs every case.
    /// </summary>
    public string? Cases { get; set; }

    /// <inheritdoc/>
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        ArgumentNullException.ThrowIfNull(testMethod);

        var names = KataDefinition.ContractFor<T>().Implementations.Select(i => i.Name).ToArray();
        var rows = new List<ITheoryDataRow>();
        if (Cases is null)
        {
            // "Method [BruteForce]" reads better than "Method(implementation: "BruteForce")".
            rows.AddRange(names.Select(name => new TheoryDataRow(name) { Label = name }));
        }
        else
        {
            var cases = ReadCases(testMethod.ReflectedType ?? testMethod.DeclaringType!);
            foreach (var name in names)
            {
                rows.AddRange(cases.Select(c => new TheoryDataRow([name, .. c])));
            }
        }

        return new(rows);
    }

    /// <inheritdoc/>
    public override bool SupportsDiscoveryEnumeration() => true;

    private object?[][] ReadCases(Type testClass)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        var value = testClass.GetProperty(Cases!, Flags)?.GetValue(null)
            ?? testClass.GetMethod(Cases!, Flags, Type.EmptyTypes)?.Invoke(null, null)
            ?? throw new InvalidOperationException(
                $"{testClass.Name} has no public static property or method '{Cases}' returning the cases.");

        return ((IEnumerable)value).Cast<object>()
            .Select(row => row switch
            {
                ITheoryDataRow theoryRow => theoryRow.GetData(),
                object?[] array => array,
                _ => throw new InvalidOperationException($"A row of '{Cases}' is a {row.GetType().Name}, not a theory data row."),
            })
            .ToArray();
    }
}
