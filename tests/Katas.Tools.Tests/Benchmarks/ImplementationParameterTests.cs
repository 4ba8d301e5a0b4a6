using Katas.Benchmarks.Infrastructure;
using Katas.Discovery;

namespace Katas.Tools.Tests.Benchmarks;

/// <summary>The benchmarks' <c>Implementation</c> parameter: every implementation by its unique label, then the Limit, which no class can stand for.</summary>
public sealed class ImplementationParameterTests
{
    [Fact]
    public void ALearnersClassNamedLimitIsBenchmarkedUnderItsOwnLabel()
    {
        var contract = Contract.For<ILimitShadowed>(_ => { }, typeof(Shadowing.Solutions.Reference), typeof(Shadowing.Solutions.Reference));

        var values = KataBenchmark<ILimitShadowed>.ImplementationsOf(contract).ToArray();

        values.Should().Equal("Shadowing.Limit", "Reference", "Limit");
        contract.Create(values[0]).Should().BeOfType<Shadowing.Limit>();
    }

    [Fact]
    public void APeerWithAReferencesClassNameGetsALabelOfItsOwn()
    {
        var contract = Contract.For<ILimitShadowed>(_ => { }, typeof(Shadowing.Solutions.Reference), typeof(Shadowing.Solutions.Reference));

        var values = KataBenchmark<ILimitShadowed>.ImplementationsOf(contract, [typeof(PeerFixtures.Reference)]).ToArray();

        values.Should().Equal("Shadowing.Limit", "Reference", "PeerFixtures.Reference", "Limit");
    }

    [Fact]
    public void EveryKatasParameterValuesAreUniqueWithOneLimit()
    {
        foreach (var contract in KataDefinition.All.SelectMany(k => k.Contracts))
        {
            var values = KataBenchmark<object>.ImplementationsOf(contract).ToArray();

            values.Should().OnlyHaveUniqueItems().And.ContainSingle(v => v == Contract.LimitName).And.EndWith(Contract.LimitName);
        }
    }
}

/// <summary>A contract with a learner's class named <c>Limit</c>.</summary>
public interface ILimitShadowed
{
}
