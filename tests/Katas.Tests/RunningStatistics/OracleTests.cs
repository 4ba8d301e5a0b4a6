using System.Numerics;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.RunningStatistics;

/// <summary>The exact oracle, checked against IEEE division and against a slower rational computation of another formula.</summary>
public sealed class OracleTests
{
    private static readonly BigInteger TwoTo53 = BigInteger.One << 53;

    public static TheoryData<string, BigInteger, BigInteger, double> Roundings { get; } = new()
    {
        { "1/3", 1, 3, 1.0 / 3 },
        { "exact", 5, 4, 1.25 },
        { "a tie rounds to even (down)", TwoTo53 + 1, 1, 9007199254740992 },
        { "a tie rounds to even (up)", TwoTo53 + 3, 1, 9007199254740996 },
        { "just above a tie rounds up", (2 * (TwoTo53 + 1)) + 1, 2, 9007199254740994 },
        { "negative", -7, 2, -3.5 },
        { "the smallest subnormal", 1, BigInteger.One << 1074, double.Epsilon },
        { "half the smallest subnormal ties to 0", 1, BigInteger.One << 1075, 0 },
        { "three quarters of it rounds up", 3, BigInteger.One << 1076, double.Epsilon },
        { "a subnormal with a sticky bit", (BigInteger.One << 60) + 1, BigInteger.One << 1100, Math.ScaleB(1, -1040) },
        { "double.MaxValue", (TwoTo53 - 1) << 971, 1, double.MaxValue },
        { "just below half an ulp above MaxValue", ((((TwoTo53 - 1) << 1) + 1) << 970) - 1, 1, double.MaxValue },
        { "half an ulp above MaxValue overflows", (((TwoTo53 - 1) << 1) + 1) << 970, 1, double.PositiveInfinity },
    };

    [Theory, MemberData(nameof(Roundings))]
    public void RoundsARationalOnceToTheNearestDouble(string example, BigInteger numerator, BigInteger denominator, double expected) =>
        ExactDouble.Round(numerator, denominator).Should().Be(expected, example);

    [Fact]
    public void RoundingAgreesWithIeeeDivisionOfExactIntegers() =>
        PropertyCheck.ForAll(
            Arb.From(Gen.Choose(-int.MaxValue, int.MaxValue).SelectMany(a => Gen.Choose(1, int.MaxValue).SelectMany(b =>
                Gen.Choose(0, 20).Select(shift => ((long)a << shift, (long)b))))),
            pair => ExactDouble.Round(pair.Item1, pair.Item2).Should().Be((double)pair.Item1 / pair.Item2, "{0} / {1}", pair.Item1, pair.Item2));

    [Fact]
    public void DecomposesEveryDoubleExactly()
    {
        foreach (var value in new[] { 0.1, -3.0, double.Epsilon, double.MaxValue, -double.MinValue, 1e-310, 6.02e23 })
        {
            var (negative, mantissa, exponent) = ExactDouble.Decompose(value);

            mantissa.Should().BeLessThan(1UL << 53);
            ((negative ? -1 : 1) * Math.ScaleB(mantissa, exponent)).Should().Be(value);
        }
    }

    [Fact]
    public void CarryingAsOftenAsPossibleChangesNothing()
    {
        var random = new Random(5);
        var rare = new FixedPointSum(-1074, 1056);
        var often = new FixedPointSum(-1074, 1056, carryEvery: 1);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300));
            var (negative, mantissa, exponent) = ExactDouble.Decompose(value);
            rare.Add(mantissa, exponent, negative);
            often.Add(mantissa, exponent, negative);
        }

        often.ToBigInteger().Should().Be(rare.ToBigInteger());
    }

    // The oracle computes (n·Σx² − (Σx)²) / n from fixed-point sums; here Σ(n·xᵢ − Σx)² / n² is computed
    // from BigIntegers directly: another formula, another method.
    [Fact]
    public void AgreesWithARationalTwoPassComputation() =>
        PropertyCheck.ForAll(Sample.Any, sample =>
        {
            var scaled = sample.Values.Select(x =>
            {
                var (negative, mantissa, exponent) = ExactDouble.Decompose(x);
                var units = new BigInteger(mantissa) << (exponent + 1074);
                return negative ? -units : units;
            }).ToArray();
            var n = new BigInteger(scaled.Length);
            var sum = scaled.Aggregate(BigInteger.Zero, (a, b) => a + b);
            var deviations = scaled.Aggregate(BigInteger.Zero, (a, x) => a + BigInteger.Pow((n * x) - sum, 2));
            var exact = ExactMoments.Of(sample.Values);

            exact.Mean.Should().Be(ExactDouble.Round(sum, n << 1074), "the mean of {0}", sample);
            exact.M2.Should().Be(ExactDouble.Round(deviations, (n * n) << 2148), "M2 of {0}", sample);
        }, maxTest: 50);

    [Fact]
    public void HandlesTheWholeRangeOfDoubles()
    {
        var extremes = ExactMoments.Of([double.MaxValue, -double.MaxValue]);
        var tiny = ExactMoments.Of([double.Epsilon, 3 * double.Epsilon]);

        extremes.Mean.Should().Be(0);
        extremes.M2.Should().Be(double.PositiveInfinity, "2·MaxValue² is beyond the doubles");
        tiny.Mean.Should().Be(2 * double.Epsilon);
        tiny.M2.Should().Be(0, "2·Epsilon² rounds to 0");
        ExactMoments.Of([1, 2, 3, 4]).M2.Should().Be(5);
    }

    [Fact]
    public void GeneratedSamplesAreInsideTheContract()
    {
        foreach (var (name, samples) in new[]
        {
            ("small integers", Sample.SmallIntegers), ("huge offsets", Sample.HugeOffsets), ("mixed magnitudes", Sample.MixedMagnitudes),
            ("means near zero", Sample.MeansNearZero), ("alternating signs", Sample.AlternatingSigns), ("constant", Sample.Constant),
        })
        {
            var exact = samples.Generator.Sample(100, 200).Select(s => ExactMoments.Of(s.Values)).ToArray();

            exact.Should().OnlyContain(e => Accuracy.IsPromised(e), "every {0} sample is one the contract covers", name);
            if (name == "huge offsets")
            {
                exact.Max(e => e.Ratio).Should().BeGreaterThan(1e5, "the offsets reach the contract's limit");
            }
            else if (name == "means near zero" || name == "alternating signs")
            {
                exact.Where(e => e.Count > 1).Should().OnlyContain(e => e.Ratio < 1, "the mean is small beside the spread");
            }
            else if (name == "constant")
            {
                exact.Should().OnlyContain(e => e.IsConstant);
            }
        }
    }
}
