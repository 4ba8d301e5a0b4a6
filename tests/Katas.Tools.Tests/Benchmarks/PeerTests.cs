using BenchmarkDotNet.Running;
using Katas.Benchmarks.Infrastructure;
using Katas.Benchmarks.RunningStatistics;
using Katas.Benchmarks.SlidingWindowMaximum;
using Katas.RunningStatistics;

namespace Katas.Tools.Tests.Benchmarks;

public sealed class PeerTests
{
    [Fact]
    public void DeclaredPeersRunBesideTheImplementationsAndBeforeTheLimit()
    {
        var implementations = KataBenchmark<IRunningStatistics>.Implementations().ToArray();

        implementations.Should().Contain([RunningStatisticsBenchmarks.MathNetMeanVariancePeer, RunningStatisticsBenchmarks.MathNetRunningStatisticsPeer, "BlockedSimd"]);
        implementations[^1].Should().Be(KataBenchmark<IRunningStatistics>.Limit);
        implementations.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void APeerIsMeasuredByTheBenchmarkThatDeclaresIt()
    {
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(RunningStatisticsBenchmarks)).BenchmarksCases
            .Where(KataBenchmarkConfig.IsFeasible)
            .Select(c => (string)c.Parameters["Implementation"])
            .Distinct();
        var peer = new RunningStatisticsBenchmarks { Implementation = RunningStatisticsBenchmarks.MathNetRunningStatisticsPeer };

        cases.Should().Contain(RunningStatisticsBenchmarks.MathNetRunningStatisticsPeer);
        peer.IsPeer.Should().BeTrue();
        peer.IsOthersPeer.Should().BeFalse();
        new RunningStatisticsBenchmarks { Implementation = "BlockedSimd" }.IsPeer.Should().BeFalse();
        new GeneratedRunner { Implementation = RunningStatisticsBenchmarks.MathNetRunningStatisticsPeer }.IsPeer.Should().BeTrue(
            "BenchmarkDotNet runs a class it derives from the benchmark");
    }

    [Fact]
    public void OtherKatasHaveNoPeersUnlessTheyDeclareThem() =>
        KataBenchmark<Katas.SlidingWindowMaximum.ISlidingWindowMaximum>.Implementations()
            .Should().NotContain(RunningStatisticsBenchmarks.MathNetRunningStatisticsPeer)
            .And.Subject.Last().Should().Be(nameof(SlidingWindowMaximumBenchmarks.Limit));

    // What BenchmarkDotNet generates to run a benchmark: a class derived from it.
    private sealed class GeneratedRunner : RunningStatisticsBenchmarks;
}
