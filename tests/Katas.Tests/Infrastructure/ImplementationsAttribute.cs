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
/// <para>
/// A learner is held to the statement and no further: a test that checks more than the README and the
/// XML docs promise (the wording of a message, say) sets <see cref="ReferencesOnly"/>.
/// </para>
/// <para>
/// A learner's class that is still an unstarted stub gets one row in an ordinary run, skipped with a
/// summary of the whole kata (see <see cref="NotStarted"/>), rather than one skipped row per test. With
/// <c>KATAS_EVERY_TEST=1</c> it gets them all, each skipped with the stub's message.
/// </para>
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
public sealed class ImplementationsAttribute<T> : DataAttribute, IImplementationsData
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
    /// (a message that names the index, say) that the references meet and a learner is not held to, and
    /// for inputs sized for a reference's own thresholds, too large for a learner's every save to wait for.
    /// </summary>
    public bool ReferencesOnly { get; set; }

    /// <inheritdoc/>
    Type IImplementationsData.Contract => typeof(T);

    /// <inheritdoc/>
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        GetData(testMethod, LearnerRun.Katas());

    /// <summary>The rows, for a learner's run of <paramref name="learnerRun"/> (<see cref="LearnerRun"/>) or, when it is <see langword="null"/>, an ordinary run.</summary>
    internal ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, IReadOnlyCollection<string>? learnerRun)
    {
        ArgumentNullException.ThrowIfNull(testMethod);

        var contract = KataDefinition.ContractFor<T>();
        var definition = KataDefinition.All.First(k => k.Contracts.Contains(contract));
        var kata = definition.Name;
        if (learnerRun is not null && !learnerRun.Contains(kata))
        {
            return new([]);
        }

        var learnerOnly = learnerRun is not null;
        var cases = Cases is null ? null : ReadCases(testMethod.ReflectedType ?? testMethod.DeclaringType!);
        var implementations = contract.Implementations
            .Where(i => i.IsReference ? !learnerOnly : !ReferencesOnly)
            .Select(i => (i.Name, Kind: i.IsReference ? KataTraits.Reference : KataTraits.Learner, Learner: i.IsReference ? null : i))
            .Concat(ReferencesOnly || learnerOnly ? [] : StraightforwardImplementations.For<T>().Select(t => (Name: StraightforwardImplementations.RowName(t), Kind: KataTraits.Straightforward, Learner: (Implementation?)null)));
        var rows = new List<ITheoryDataRow>();
        foreach (var (name, kind, learner) in implementations)
        {
            // Traits let a run pick one kata, one implementation, or only the learner's code:
            // dotnet test -- --filter-trait "Kind=learner"
            var traits = new Dictionary<string, HashSet<string>>
            {
                [KataTraits.Kata] = [kata],
                [KataTraits.Implementation] = [name],
                [KataTraits.Kind] = [kind],
            };

            // An unstarted stub's rows would each say "skipped, not started": one row says it for the kata.
            if (learner is not null && !NotStarted.EveryTest && NotStarted.Stub(learner) is not null)
            {
                if (NotStarted.Summary(testMethod, learner) is { } summary)
                {
                    rows.Add(new TheoryDataRow(cases is not { Length: > 0 } ? [name] : [name, .. cases[0]])
                    {
                        TestDisplayName = definition.Title,
                        Label = learner.Name == "Practice" ? "not started" : $"{learner.Name} not started",
                        Skip = summary,
                        Traits = traits,
                    });
                }

                continue;
            }

            // "Method [BruteForce]" reads better than "Method(implementation: "BruteForce")".
            rows.AddRange(cases is null
                ? [new TheoryDataRow(name) { Label = name, Traits = traits }]
                : cases.Select(c => new TheoryDataRow([name, .. c]) { Traits = traits }));
        }

        return new(rows);
    }

    /// <inheritdoc/>
    int IImplementationsData.CaseCount(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);

        return Cases is null ? 1 : ReadCases(testMethod.ReflectedType ?? testMethod.DeclaringType!).Length;
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
