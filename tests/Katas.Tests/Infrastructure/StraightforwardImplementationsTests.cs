using System.Runtime.CompilerServices;
using Katas.Discovery;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Holds every kata to the rule that its learner-facing tests ask no more than its statement: each
/// contract has at least one straightforward stand-in (a plain learner's solution written in the tests),
/// and every learner-facing test runs them.
/// </summary>
public sealed class StraightforwardImplementationsTests
{
    public static TheoryData<string> Katas { get; } = new(KataDefinition.All.Select(k => k.Name));

    [Theory, MemberData(nameof(Katas))]
    public void EveryContractOfTheKataHasAStandIn(string kata)
    {
        var definition = KataDefinition.Find(kata)!;
        var standIns = StraightforwardImplementations.Types.Where(t => StraightforwardImplementations.KataOf(t) == definition).ToArray();

        foreach (var contract in definition.Contracts)
        {
            standIns.Should().Contain(
                t => contract.Interface.IsAssignableFrom(t),
                "{0} needs a public sealed class implementing {1} in tests/Katas.Tests/{2}/Straightforward/ (namespace Katas.Tests.{2}{3}): "
                + "what a learner who read only the README would write, with the BCL's guards, so that a learner-facing test asking more than the statement fails in CI "
                + "(see docs/adding-a-kata.md)",
                kata,
                contract.Interface.Name,
                definition.Folder,
                StraightforwardImplementations.NamespaceSuffix);
        }
    }

    [Fact]
    public void EveryClassInAStraightforwardNamespaceIsAStandInOfItsKata()
    {
        // A class there that the discovery skips (not public, no parameterless constructor, abstract) or
        // that implements none of its kata's contracts would silently test nothing. Static classes are
        // the stand-ins' own helpers (the guards a learner writes once), as are internal classes that
        // implement no contract.
        var contracts = KataDefinition.All.SelectMany(k => k.Contracts).Select(c => c.Interface).ToArray();
        var declared = typeof(StraightforwardImplementations).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsNested: false } && !t.IsDefined(typeof(CompilerGeneratedAttribute), false)
                && t.Namespace?.EndsWith(StraightforwardImplementations.NamespaceSuffix, StringComparison.Ordinal) == true
                && !(t.IsAbstract && t.IsSealed)
                && (t.IsPublic || contracts.Any(c => c.IsAssignableFrom(t))))
            .ToArray();

        declared.Should().NotBeEmpty();
        foreach (var type in declared)
        {
            StraightforwardImplementations.Types.Should().Contain(type, "{0} must be public, concrete and have a parameterless constructor", type.FullName);
            type.IsSealed.Should().BeTrue("{0} is a stand-in: sealed, like a learner's Practice", type.FullName);
            var kata = StraightforwardImplementations.KataOf(type);
            kata.Should().NotBeNull("{0} must live in Katas.Tests.<Kata>.Straightforward, <Kata> a kata's folder", type.FullName);
            kata!.Contracts.Should().Contain(c => c.Interface.IsAssignableFrom(type), "{0} must implement a contract of {1}", type.FullName, kata.Name);
        }
    }

    [Fact]
    public void StandInsAreWrittenOnceTheReferencesAre()
    {
        // A kata fresh from katas new is stubs throughout, its tests skipped; once a contract has a
        // working reference, its stand-in must work too, or it would hold the tests to nothing.
        foreach (var type in StraightforwardImplementations.Types)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var contract in StraightforwardImplementations.KataOf(type)!.Contracts.Where(c => c.Interface.IsAssignableFrom(type)))
            {
                if (contract.Implementations.Any(i => i.IsReference && i.IsStarted))
                {
                    contract.Probe(instance).Should().BeNull("{0} stands for a finished learner's {1}, not a stub", type.Name, contract.Interface.Name);
                }
            }
        }
    }
}
