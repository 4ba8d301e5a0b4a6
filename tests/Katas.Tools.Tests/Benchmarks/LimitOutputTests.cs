using Katas.Benchmarks.CombinationSum;
using Katas.Benchmarks.Geometry;
using Katas.Benchmarks.SlidingWindowMaximum;
using Katas.CombinationSum;
using Katas.Discovery;

namespace Katas.Tools.Tests.Benchmarks;

/// <summary>Each kata's <c>Limit</c> writes the output a solution writes: as many values, of the same shape, and no more.</summary>
public sealed class LimitOutputTests
{
    [Fact]
    public void SlidingWindowMaximumsLimitWritesOneValuePerWindow()
    {
        var benchmark = new SlidingWindowMaximumBenchmarks { N = 1_000, K = 16, Shape = InputShape.Random, Implementation = Contract.LimitName };
        benchmark.Setup();

        benchmark.MaxSlidingWindow().Should().HaveCount(1_000 - 16 + 1);
    }

    [Fact]
    public void CombinationSumsLimitWritesAnArrayPerCombinationOfItsLength()
    {
        var benchmark = new CombinationSumBenchmarks { Input = CombinationSumInput.From2To40, Implementation = Contract.LimitName };
        benchmark.Setup();

        var limit = benchmark.CombinationSum();

        var answer = KataDefinition.ContractFor<ICombinationSum>().Create("SortedBacktracking").CombinationSum([.. Enumerable.Range(2, 39)], 40);
        limit.Select(c => c.Length).Order().Should().Equal(answer.Select(c => c.Length).Order());
    }

    [Fact]
    public void TheHullsLimitWritesAsManyVerticesAsTheHullHas()
    {
        var benchmark = new ConvexHullBenchmarks { N = 100_000, Shape = HullInput.Disk, Implementation = Contract.LimitName };
        benchmark.Setup();
        var solution = new ConvexHullBenchmarks { N = 100_000, Shape = HullInput.Disk, Implementation = "ExactGeometry" };
        solution.Setup();

        benchmark.ConvexHull().Should().HaveCount(solution.ConvexHull().Length);
    }
}
