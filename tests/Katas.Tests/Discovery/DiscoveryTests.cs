using Katas.Discovery;
using Katas.SlidingWindowMaximum;
using Katas.SlidingWindowMaximum.Solutions;

namespace Katas.Tests.Discovery;

public sealed class DiscoveryTests
{
    [Fact]
    public void FindsEveryKataInTheSuggestedOrder()
    {
        KataDefinition.All.Should().NotBeEmpty()
            .And.BeInAscendingOrder(k => k.Order)
            .And.OnlyHaveUniqueItems(k => k.Name);
        KataDefinition.All.Should().ContainSingle(k => k is SlidingWindowMaximumKata);
    }

    [Theory]
    [InlineData("sliding-window-maximum")]
    [InlineData("Sliding-Window-Maximum")]
    [InlineData("SlidingWindowMaximum")]
    [InlineData("slidingwindowmaximum")]
    public void FindsAKataByKebabOrFolderNameIgnoringCase(string name)
    {
        var kata = KataDefinition.Find(name);

        kata.Should().BeOfType<SlidingWindowMaximumKata>();
        kata!.Name.Should().Be("sliding-window-maximum");
        kata.Folder.Should().Be("SlidingWindowMaximum");
        kata.SourceDirectory.Should().Be("src/Katas/SlidingWindowMaximum");
    }

    [Fact]
    public void UnknownKataIsNull() => KataDefinition.Find("no-such-kata").Should().BeNull();

    [Fact]
    public void FindsEveryImplementationWithTheLearnersFirst()
    {
        var implementations = KataDefinition.ContractFor<ISlidingWindowMaximum>().Implementations;

        implementations.Select(i => i.Type).Should().Contain(
            [typeof(Practice), typeof(BruteForce), typeof(LinkedListDeque), typeof(MonotonicDeque), typeof(BlockPrefixSuffix), typeof(CacheBlockedSimd)]);
        implementations.Should().BeInAscendingOrder(i => i.IsReference);
        implementations.Single(i => i.Type == typeof(Practice)).IsReference.Should().BeFalse();
        implementations.Where(i => i.Type.Namespace!.EndsWith(".Solutions", StringComparison.Ordinal)).Should().OnlyContain(i => i.IsReference);
    }

    [Fact]
    public void ContractNamesItsOracleAndBaseline()
    {
        var contract = KataDefinition.ContractFor<ISlidingWindowMaximum>();

        contract.Oracle.Should().Be<BruteForce>();
        contract.Baseline.Should().Be<LinkedListDeque>();
        contract.Find(nameof(BruteForce)).IsOracle.Should().BeTrue();
        contract.Find(nameof(LinkedListDeque)).IsBaseline.Should().BeTrue();
    }

    [Fact]
    public void UnknownImplementationNameListsTheKnownOnes()
    {
        var act = () => KataDefinition.ContractFor<ISlidingWindowMaximum>().Find("Nope");

        act.Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("*Nope*BruteForce*");
    }

    [Fact]
    public void ContractMustBeDeclaredByAKata()
    {
        var act = () => KataDefinition.ContractFor<IDisposable>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*IDisposable*");
    }

    [Fact]
    public void ReferenceSolutionsAreStarted() =>
        KataDefinition.ContractFor<ISlidingWindowMaximum>().Implementations
            .Where(i => i.IsReference)
            .Should().OnlyContain(i => i.IsStarted);

    [Fact]
    public void AProbeThatFailsOtherwiseCountsAsStarted()
    {
        var failing = Contract.For<ISlidingWindowMaximum>(_ => throw new InvalidOperationException("bug"), typeof(BruteForce), typeof(LinkedListDeque));
        var stubbed = Contract.For<ISlidingWindowMaximum>(_ => throw new NotImplementedException("stub"), typeof(BruteForce), typeof(LinkedListDeque));

        failing.Find(nameof(BruteForce)).IsStarted.Should().BeTrue("only NotImplementedException marks a stub");
        stubbed.Find(nameof(BruteForce)).Probe().Should().BeOfType<NotImplementedException>().Which.Message.Should().Be("stub");
    }

    [Fact]
    public void NotStartedMessageNamesTheFileToEdit()
    {
        var practice = KataDefinition.ContractFor<ISlidingWindowMaximum>().Find(nameof(Practice));

        var message = practice.DescribeNotStarted(new NotImplementedException("Not yet."));

        message.Should().Contain("Practice").And.Contain("Not yet.").And.Contain("src/Katas/SlidingWindowMaximum/Practice.cs");
    }

    [Fact]
    public void RepositoryRootHoldsTheSolution()
    {
        var root = Repository.FindRoot();

        root.Should().NotBeNull();
        File.Exists(Path.Combine(root!, Repository.MarkerFile)).Should().BeTrue();
    }

    [Theory]
    [InlineData("/_/src/Katas/X.cs", "src/Katas/X.cs")]
    [InlineData("relative/path.cs", "relative/path.cs")]
    public void PathsAreShownRelativeToTheRepository(string path, string expected) =>
        Repository.Relative("/repo", path).Should().Be(expected);

    [Fact]
    public void PathsInsideTheRootAreMadeRelative() =>
        Repository.Relative(Path.GetTempPath(), Path.Combine(Path.GetTempPath(), "a", "b.cs")).Should().Be("a/b.cs");
}
