using System.Collections;
using System.Reflection;
using Katas.Discovery;
using Xunit.Sdk;
using Xunit.v3;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Supplies a theory with the name of every implementation of the contract <typeparamref name="T"/>
/// (references and the learner's, found by reflection, and the tests' straightforward learner
/// stand-ins, see <see cref="StraightforwardImplementations"/>), optionally crossed with the rows of a
/// static member of the test class. The implementation name is always the first argument.
/// </summary>
/// <remarks>
/// A learner is held to the statement and no further: a test that checks more than the README and the
/// XML docs promise (the wording of a message, say) sets <see cref="ReferencesOnly"/>.
/// </remarks>
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

    /// <summary>
    /// Gets or sets whether only the reference solutions run this test: for checks beyond the statement
    /// (a message that names the index, say) that the references meet and a learner is not held to.
    /// </summary>
    public bool ReferencesOnly { get; set; }

    /// <inheritdoc/>
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        ArgumentNullException.ThrowIfNull(testMethod);

        var contract = KataDefinition.ContractFor<T>();
        var kata = KataDefinition.All.First(k => k.Contracts.Contains(contract)).Name;
        var cases = Cases is null ? null : ReadCases(testMethod.ReflectedType ?? testMethod.DeclaringType!);
        var implementations = contract.Implementations
            .Where(i => i.IsReference || !ReferencesOnly)
            .Select(i => (i.Name, Kind: i.IsReference ? KataTraits.Reference : KataTraits.Learner))
            .Concat(ReferencesOnly ? [] : StraightforwardImplementations.For<T>().Select(t => (t.Name, Kind: KataTraits.Straightforward)));
        var rows = new List<ITheoryDataRow>();
        foreach (var (name, kind) in implementations)
        {
            // Traits let a run pick one kata, one implementation, or only the learner's code:
            // dotnet test -- --filter-trait "Kind=learner"
            var traits = new Dictionary<string, HashSet<string>>
            {
                [KataTraits.Kata] = [kata],
                [KataTraits.Implementation] = [name],
                [KataTraits.Kind] = [kind],
            };

            // "Method [BruteForce]" reads better than "Method(implementation: "BruteForce")".
            rows.AddRange(cases is null
                ? [new TheoryDataRow(name) { Label = name, Traits = traits }]
                : cases.Select(c => new TheoryDataRow([name, .. c]) { Traits = traits }));
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
