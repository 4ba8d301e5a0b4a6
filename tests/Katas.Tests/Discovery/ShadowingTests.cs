using Katas.Discovery;
using Katas.SlidingWindowMaximum;
using Katas.Tests.Discovery.Shadowing;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Discovery;

/// <summary>
/// Implementations are keyed by full name: a learner's class that has a reference's name, or the name
/// <c>Limit</c>, is an implementation of its own and never stands for the other.
/// </summary>
public sealed class ShadowingTests
{
    private static readonly Contract<IShadowed> Contract =
        Katas.Discovery.Contract.For<IShadowed>(s => s.Who(), typeof(Shadowing.Solutions.BruteForce), typeof(Shadowing.Solutions.BruteForce));

    [Fact]
    public void ClassesOfOneNameInDifferentNamespacesAreDifferentImplementations()
    {
        Contract.Implementations.Select(i => i.Type).Should().BeEquivalentTo(
            [typeof(MonotonicDeque), typeof(Shadowing.Solutions.MonotonicDeque), typeof(Limit), typeof(Shadowing.Solutions.BruteForce)]);
        Contract.Implementations.Should().OnlyHaveUniqueItems(i => i.Name).And.OnlyHaveUniqueItems(i => i.FullName);
    }

    [Fact]
    public void LabelsStayShortWhereTheyAreUnique()
    {
        Label<Shadowing.Solutions.BruteForce>().Should().Be("BruteForce");
        Label<Shadowing.Solutions.MonotonicDeque>().Should().Be("Solutions.MonotonicDeque");
        Label<MonotonicDeque>().Should().Be("Shadowing.MonotonicDeque");
    }

    [Fact]
    public void NoImplementationIsLabelledLimit()
    {
        Label<Limit>().Should().Be("Shadowing.Limit");
        Contract.Implementations.Should().NotContain(i => i.Name == Katas.Discovery.Contract.LimitName);

        var act = () => Contract.Find(Katas.Discovery.Contract.LimitName);
        act.Should().Throw<ArgumentException>("'Limit' names the benchmarks' floor, never a learner's class");
    }

    [Theory]
    [InlineData("Solutions.MonotonicDeque", "reference MonotonicDeque")]
    [InlineData("Katas.Tests.Discovery.Shadowing.Solutions.MonotonicDeque", "reference MonotonicDeque")]
    [InlineData("Shadowing.MonotonicDeque", "learner's MonotonicDeque")]
    [InlineData("Katas.Tests.Discovery.Shadowing.MonotonicDeque", "learner's MonotonicDeque")]
    [InlineData("Shadowing.Limit", "learner's Limit")]
    [InlineData("BruteForce", "reference BruteForce")]
    public void FindsByLabelOrFullNameAndCreatesThatClass(string name, string who) =>
        Contract.Create(name).Who().Should().Be(who);

    [Fact]
    public void TheAmbiguousClassNameFindsNeither()
    {
        var act = () => Contract.Find("MonotonicDeque");

        act.Should().Throw<ArgumentException>().WithParameterName("name")
            .WithMessage("'MonotonicDeque' is the class name of 2 implementations of IShadowed: *")
            .Which.Message.Should().Contain("Solutions.MonotonicDeque").And.Contain("Shadowing.MonotonicDeque");
    }

    [Fact]
    public void FindsTheOracleByType() =>
        Contract.Find(Contract.Oracle).Name.Should().Be("BruteForce");

    [Fact]
    public void ALabelIsNeverAnotherClasssFullName()
    {
        // "Shadowing.MonotonicDeque" is the whole name of one class and a tail of the other's, so it labels only the first.
        var labels = Katas.Discovery.Contract.Labels([typeof(global::Shadowing.MonotonicDeque), typeof(MonotonicDeque)]);

        labels[typeof(global::Shadowing.MonotonicDeque)].Should().Be("Shadowing.MonotonicDeque");
        labels[typeof(MonotonicDeque)].Should().Be("Discovery.Shadowing.MonotonicDeque");
    }

    [Fact]
    public void TheTestsStandInsAreLabelledApartFromTheKatasImplementations()
    {
        var rows = StraightforwardImplementations.For<ISlidingWindowMaximum>().Select(StraightforwardImplementations.RowName).ToArray();
        var implementations = KataDefinition.ContractFor<ISlidingWindowMaximum>().Implementations.Select(i => i.Name);

        rows.Should().NotBeEmpty();
        rows.Should().NotIntersectWith(implementations).And.NotContain(Katas.Discovery.Contract.LimitName);
    }

    private static string Label<TClass>() => Contract.Find(typeof(TClass)).Name;
}
