using FsCheck;
using FsCheck.Fluent;
using Katas.Reporting;
using Katas.Tests.Infrastructure;

namespace Katas.Tools.Tests.Reporting;

public sealed class ScalingTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void TimesProportionalToNHaveSlopeOne()
    {
        Scaling.Slope([(1_000, 3_000), (100_000, 300_000), (10_000_000, 30_000_000)]).Should().BeApproximately(1.0, Tolerance);
    }

    [Fact]
    public void TimesProportionalToNSquaredHaveSlopeTwo()
    {
        Scaling.Slope([(1_000, 1e6), (10_000, 1e8), (100_000, 1e10)]).Should().BeApproximately(2.0, Tolerance);
    }

    [Fact]
    public void ConstantTimesHaveSlopeZero()
    {
        Scaling.Slope([(10, 5), (1_000, 5), (1_000_000, 5)]).Should().BeApproximately(0.0, Tolerance);
    }

    [Fact]
    public void FitsTheLeastSquaresLineThroughPointsOffAnyLine()
    {
        // log10 sizes 3, 5, 7 and log10 times 3, 7, 9: x̄ = 5, ȳ = 19/3,
        // slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = ((−2)(−10/3) + 0 + 2(8/3)) / 8 = 1.5 (the two halves alone give 2 and 1).
        Scaling.Slope([(1e3, 1e3), (1e5, 1e7), (1e7, 1e9)]).Should().BeApproximately(1.5, Tolerance);
    }

    [Fact]
    public void NeedsTwoDistinctSizes()
    {
        Scaling.Slope([]).Should().BeNull();
        Scaling.Slope([(1_000, 5)]).Should().BeNull();
        Scaling.Slope([(1_000, 5), (1_000, 7)]).Should().BeNull();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(1, double.PositiveInfinity)]
    public void RejectsPointsWithoutALogarithm(double size, double time)
    {
        var act = () => Scaling.Slope([(10, 10), (size, time)]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive and finite*");
    }

    [Fact]
    public void RecoversTheExponentOfAnyPowerLaw()
    {
        // time = c·size^b at 2 to 8 distinct sizes.
        var cases =
            from exponent in Gen.Choose(-20, 40).Select(e => e / 10.0)
            from constant in Gen.Choose(1, 1_000_000).Select(c => c / 1000.0)
            from sizes in DistinctSizes
            select (Exponent: exponent, Points: sizes.Select(s => (s, constant * Math.Pow(s, exponent))).ToArray());

        PropertyCheck.ForAll(cases.ToArbitrary(), c =>
            Scaling.Slope(c.Points).Should().BeApproximately(c.Exponent, 1e-9, "the points are {0}", string.Join(", ", c.Points)));
    }

    [Fact]
    public void ScalingTimesByAConstantLeavesTheSlope()
    {
        var cases =
            from sizes in DistinctSizes
            from times in Gen.Choose(1, 1_000_000).ArrayOf(sizes.Length)
            from factor in Gen.Choose(1, 100_000).Select(f => f / 100.0)
            select (Points: sizes.Zip(times, (s, t) => (s, (double)t)).ToArray(), Factor: factor);

        PropertyCheck.ForAll(cases.ToArbitrary(), c =>
            Scaling.Slope(c.Points.Select(p => (p.Item1, p.Item2 * c.Factor)))
                .Should().BeApproximately(Scaling.Slope(c.Points)!.Value, 1e-9));
    }

    [Fact]
    public void TheOrderOfThePointsDoesNotMatter()
    {
        var cases =
            from sizes in DistinctSizes
            from times in Gen.Choose(1, 1_000_000).ArrayOf(sizes.Length)
            select sizes.Zip(times, (s, t) => (s, (double)t)).ToArray();

        PropertyCheck.ForAll(cases.ToArbitrary(), points =>
            Scaling.Slope(points.Reverse()).Should().BeApproximately(Scaling.Slope(points)!.Value, 1e-9));
    }

    // 2 to 8 sizes, each 2 to 10 times the one before, from a start in [1, 1000]: distinct by construction.
    private static Gen<double[]> DistinctSizes =>
        from count in Gen.Choose(2, 8)
        from start in Gen.Choose(1, 1_000)
        from steps in Gen.Choose(2, 10).ArrayOf(count - 1)
        select steps.Aggregate(new List<double> { start }, (sizes, step) => { sizes.Add(sizes[^1] * step); return sizes; }).ToArray();
}
