using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Tools.Tests.Benchmarks;

public sealed class ParameterFilterTests
{
    [Fact]
    public void WithoutTheOptionArgumentsPassThrough()
    {
        var (remaining, filter) = ParameterFilter.Extract(["--filter", "*Sliding*", "--job", "short"]);

        remaining.Should().Equal("--filter", "*Sliding*", "--job", "short");
        filter.Should().BeNull();
    }

    [Fact]
    public void TheOptionAndItsPairsAreRemoved()
    {
        var (remaining, filter) = ParameterFilter.Extract(["--filter", "*X*", "--params", "N=10", "Shape=A,B", "--job", "dry"]);

        remaining.Should().Equal("--filter", "*X*", "--job", "dry");
        filter.Should().NotBeNull();
    }

    [Theory]
    [InlineData("N")]
    [InlineData("=3")]
    [InlineData("N=")]
    public void MalformedPairsAreRejected(string pair)
    {
        var act = () => ParameterFilter.Extract(["--params", pair]);

        act.Should().Throw<ArgumentException>().WithMessage($"*{pair}*");
    }

    [Fact]
    public void KeepsOnlyCasesWhoseParametersHaveTheListedValues()
    {
        var (_, filter) = ParameterFilter.Extract(["--params", "n=2,3", "Shape=b"]);

        var kept = Cases().Where(filter!.Predicate).Select(Describe);

        kept.Should().BeEquivalentTo(["2/B", "3/B"]);
    }

    [Fact]
    public void FeasibilityFilterAsksTheBenchmark()
    {
        var kept = Cases().Where(KataBenchmarkConfig.IsFeasible).Select(Describe);

        kept.Should().BeEquivalentTo(["1/A", "1/B", "2/A", "2/B"], "FilterProbe is feasible only for N ≤ 2");
    }

    private static BenchmarkCase[] Cases() =>
        BenchmarkConverter.TypeToBenchmarks(typeof(FilterProbe)).BenchmarksCases;

    private static string Describe(BenchmarkCase c) => $"{c.Parameters["N"]}/{c.Parameters["Shape"]}";

    public enum ProbeShape
    {
        A,
        B,
    }

    public class FilterProbe
    {
        [Params(1, 2, 3)]
        public int N { get; set; }

        [Params(ProbeShape.A, ProbeShape.B)]
        public ProbeShape Shape { get; set; }

        public bool IsFeasible => N <= 2;

        [Benchmark]
        public int Run() => N;
    }
}
