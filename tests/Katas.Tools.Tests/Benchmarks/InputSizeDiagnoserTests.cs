using BenchmarkDotNet.Running;
using Katas.Benchmarks.CombinationSum;
using Katas.Benchmarks.Infrastructure;
using Katas.Benchmarks.SlidingWindowMaximum;

namespace Katas.Tools.Tests.Benchmarks;

public sealed class InputSizeDiagnoserTests
{
    [Fact]
    public void ReportsTheNumberOfCombinationsOfEachNamedInput()
    {
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(CombinationSumBenchmarks)).BenchmarksCases;

        // Independent of CombinationCase's counting: the partitions of 40, and of 40 without a 1 (p(40) − p(39)).
        var sizes = cases.ToLookup(c => c.Parameters["Input"], InputSizeDiagnoser.Size);
        sizes[CombinationSumInput.From1To40].Should().AllBeEquivalentTo((37_338.0, "Combinations"));
        sizes[CombinationSumInput.From2To40].Should().AllBeEquivalentTo((37_338.0 - 31_185.0, "Combinations"));
    }

    [Fact]
    public void ReportsNothingForABenchmarkSizedByN()
    {
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(SlidingWindowMaximumBenchmarks)).BenchmarksCases.First();

        InputSizeDiagnoser.Size(benchmarkCase).Size.Should().BeNull("the size is its parameter N, so it reports no metric");
    }
}
