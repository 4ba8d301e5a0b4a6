using System.Reflection;
using Katas.Discovery;

namespace Katas.Tests.Infrastructure;

/// <summary>A learner's run (<see cref="LearnerRun"/>) makes exactly the rows an ordinary run's filter would keep.</summary>
public sealed class LearnerRunTests
{
    [Fact]
    public void ALearnersRunMakesExactlyTheLearnerRowsOfItsKatas()
    {
        var compared = 0;
        foreach (var (method, attribute) in ImplementationsTests())
        {
            var kata = KataDefinition.All.First(k => k.Contracts.Any(c => c.Interface == ((IImplementationsData)attribute).Contract)).Name;
            var ordinary = Rows(attribute, method, null);
            foreach (var checkedKata in KataDefinition.All.Select(k => k.Name))
            {
                // What `katas check <checkedKata>` selects: its namespace (here, its kata) and Kind=learner.
                var expected = checkedKata == kata ? ordinary.Where(r => r.Traits![KataTraits.Kind].Contains(KataTraits.Learner)).ToArray() : [];

                var learnerRun = Rows(attribute, method, [checkedKata]);

                learnerRun.Select(Describe).Should().BeEquivalentTo(expected.Select(Describe), o => o.WithStrictOrdering(), "{0} in a check of {1}", method.Name, checkedKata);
                compared += expected.Length;
            }
        }

        compared.Should().BePositive("some learner rows are compared");
    }

    private static IEnumerable<(MethodInfo Method, Attribute Attribute)> ImplementationsTests() =>
        typeof(LearnerRunTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes().Where(a => a is IImplementationsData).Select(a => (m, a)));

    // ImplementationsAttribute<T>.GetData(method, learnerRun), for whichever T.
    private static ITheoryDataRow[] Rows(Attribute attribute, MethodInfo method, IReadOnlyCollection<string>? learnerRun)
    {
        var getData = attribute.GetType().GetMethod("GetData", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(MethodInfo), typeof(IReadOnlyCollection<string>)])!;
        return ((ValueTask<IReadOnlyCollection<ITheoryDataRow>>)getData.Invoke(attribute, [method, learnerRun])!).AsTask().Result.ToArray();
    }

    private static object Describe(ITheoryDataRow row) => new
    {
        row.Label,
        row.Skip,
        row.TestDisplayName,
        Traits = row.Traits!.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={string.Join(',', t.Value.Order(StringComparer.Ordinal))}").ToArray(),
        Data = row.GetData(),
    };
}
