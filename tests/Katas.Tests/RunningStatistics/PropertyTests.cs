using FsCheck;
using FsCheck.Fluent;
using Katas.RunningStatistics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.RunningStatistics;

public sealed class PropertyTests
{
    [Theory, Implementations<IRunningStatistics>]
    public void AgreesWithExactArithmeticOnSmallIntegers(string implementation) => AgreesWithExact(implementation, Sample.SmallIntegers);

    [Theory, Implementations<IRunningStatistics>]
    public void AgreesWithExactArithmeticOnHugeOffsets(string implementation) => AgreesWithExact(implementation, Sample.HugeOffsets);

    [Theory, Implementations<IRunningStatistics>]
    public void AgreesWithExactArithmeticOnMixedMagnitudes(string implementation) => AgreesWithExact(implementation, Sample.MixedMagnitudes);

    [Theory, Implementations<IRunningStatistics>]
    public void AgreesWithExactArithmeticOnMeansNearZero(string implementation) => AgreesWithExact(implementation, Sample.MeansNearZero);

    [Theory, Implementations<IRunningStatistics>]
    public void AgreesWithExactArithmeticOnAlternatingSigns(string implementation) => AgreesWithExact(implementation, Sample.AlternatingSigns);

    [Theory, Implementations<IRunningStatistics>]
    public void AgreesWithExactArithmeticOnLongInputs(string implementation) => AgreesWithExact(implementation, Sample.Long, maxTest: 10);

    [Theory, Implementations<IRunningStatistics>]
    public void EqualValuesGiveExactlyTheValueAndNoSpread(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(Sample.Constant, sample =>
        {
            var value = sample.Values[0];
            var expected = new Moments(sample.Values.Length, value, 0);

            var half = sample.Values.Length / 2;

            sut.Summarize(sample.Values).Should().Be(expected, "every value is {0:R}", value);
            sample.Values.Aggregate(Moments.Empty, sut.Add).Should().Be(expected, "adding {0:R} one at a time", value);
            sut.Combine(sut.Summarize(sample.Values[..half]), sut.Summarize(sample.Values[half..])).Should().Be(
                expected, "two summaries of {0:R} alone merge into exactly it, with no spread", value);
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void AChainOfAddsAgreesWithExactArithmetic(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(Sample.Any, sample =>
            Accuracy.ShouldMeetTheContract(sample.Values.Aggregate(Moments.Empty, sut.Add), ExactMoments.Of(sample.Values), $"Add, one value at a time: {sample}"));
    }

    [Theory, Implementations<IRunningStatistics>]
    public void AnySplitCombinedAgreesWithTheWhole(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(SplitCase.Any, c =>
        {
            var exact = ExactMoments.Of(c.Sample.Values);
            var left = sut.Summarize(c.Left);
            var rest = sut.Summarize(c.Sample.Values[c.First..]);

            Accuracy.ShouldMeetTheContract(sut.Combine(left, rest), exact, $"Combine(Summarize(first {c.First}), Summarize(the rest)) of {c}");
            Accuracy.ShouldMeetTheContract(sut.Combine(left, c.Sample.Values[c.First..].Aggregate(Moments.Empty, sut.Add)), exact, $"Combine with the rest added one at a time: {c}");
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void CombineIsCommutative(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(SplitCase.Any, c =>
        {
            var exact = ExactMoments.Of(c.Sample.Values);
            var (left, right) = (sut.Summarize(c.Left), sut.Summarize(c.Sample.Values[c.First..]));
            var forwards = sut.Combine(left, right);
            var backwards = sut.Combine(right, left);

            Accuracy.ShouldMeetTheContract(forwards, exact, $"Combine(left, right) of {c}");
            Accuracy.ShouldMeetTheContract(backwards, exact, $"Combine(right, left) of {c}");
            if (Accuracy.IsPromised(exact))
            {
                AgreeWithEachOther(forwards, backwards, exact, $"Combine(left, right) and Combine(right, left) of {c}");
            }
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void CombineIsAssociative(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(SplitCase.Any, c =>
        {
            var exact = ExactMoments.Of(c.Sample.Values);
            var (a, b, d) = (sut.Summarize(c.Left), sut.Summarize(c.Middle), sut.Summarize(c.Right));
            var leftFirst = sut.Combine(sut.Combine(a, b), d);
            var rightFirst = sut.Combine(a, sut.Combine(b, d));

            Accuracy.ShouldMeetTheContract(leftFirst, exact, $"Combine(Combine(a, b), c) of {c}");
            Accuracy.ShouldMeetTheContract(rightFirst, exact, $"Combine(a, Combine(b, c)) of {c}");
            if (Accuracy.IsPromised(exact))
            {
                AgreeWithEachOther(leftFirst, rightFirst, exact, $"(a + b) + c and a + (b + c) of {c}");
            }
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void ShiftingEveryValueShiftsTheMeanAndLeavesTheSpread(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(ShiftCase.Any, c =>
        {
            var (values, shifted) = (c.Values, c.Shifted);
            var (exact, exactShifted) = (ExactMoments.Of(values), ExactMoments.Of(shifted));
            var (original, moved) = (sut.Summarize(values), sut.Summarize(shifted));
            if (exact.IsConstant || !Accuracy.IsPromised(exactShifted))
            {
                return;
            }

            var meanTolerance = Accuracy.Mean * (exact.MeanScale + exactShifted.MeanScale);
            Math.Abs(moved.Mean - (original.Mean + c.Shift)).Should().BeLessThanOrEqualTo(
                meanTolerance, "the mean of the shifted values, {0:R}, should be the mean {1:R} plus the shift: {2}", moved.Mean, original.Mean, c);
            Math.Abs(moved.M2 - original.M2).Should().BeLessThanOrEqualTo(
                2 * Accuracy.M2 * exact.M2, "M2 of the shifted values, {0:R}, should be M2 {1:R}: {2}", moved.M2, original.M2, c);
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void ScalingByAPowerOfTwoScalesExactly(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(ScaledCase.Any, c =>
        {
            var (values, scaled) = (c.Sample.Values, c.Scaled);
            var half = values.Length / 2;

            Bits(sut.Summarize(scaled)).Should().Be(Bits(Scale(sut.Summarize(values), c.Power)), "Summarize of {0}", c);
            Bits(scaled.Aggregate(Moments.Empty, sut.Add)).Should().Be(Bits(Scale(values.Aggregate(Moments.Empty, sut.Add), c.Power)), "Add, one at a time, of {0}", c);
            Bits(sut.Combine(sut.Summarize(scaled[..half]), sut.Summarize(scaled[half..]))).Should().Be(
                Bits(Scale(sut.Combine(sut.Summarize(values[..half]), sut.Summarize(values[half..])), c.Power)), "Combine of the two halves of {0}", c);
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void CombiningWithEmptyReturnsTheOtherBitForBit(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(Sample.Any, sample =>
        {
            foreach (var moments in new[] { sut.Summarize(sample.Values), sample.Values.Aggregate(Moments.Empty, sut.Add) })
            {
                Bits(sut.Combine(Moments.Empty, moments)).Should().Be(Bits(moments), "Combine(Empty, {0})", moments);
                Bits(sut.Combine(moments, Moments.Empty)).Should().Be(Bits(moments), "Combine({0}, Empty)", moments);
            }
        });
    }

    [Theory, Implementations<IRunningStatistics>]
    public void AddingToEmptyGivesTheValueAlone(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(FiniteDoubles, value =>
            sut.Add(Moments.Empty, value).Should().Be(new Moments(1, value, 0), "Add(Empty, {0:R})", value));
    }

    [Theory, Implementations<IRunningStatistics>]
    public void InputIsNotModified(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(Sample.Long, sample =>
        {
            var before = (double[])sample.Values.Clone();
            _ = sut.Summarize(sample.Values);
            sample.Values.Should().Equal(before);
        }, maxTest: 5);
    }

    [Theory, Implementations<IRunningStatistics>]
    public void ReadsOnlyTheGivenSpan(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        // NaN on either side of the span: a solution that reads past either end throws or returns NaN.
        PropertyCheck.ForAll(Sample.Long, sample =>
        {
            var padded = Enumerable.Repeat(double.NaN, sample.Values.Length + 64).ToArray();
            sample.Values.CopyTo(padded, 32);

            Accuracy.ShouldMeetTheContract(sut.Summarize(padded.AsSpan(32, sample.Values.Length)), ExactMoments.Of(sample.Values), $"{sample}, inside NaN padding");
        }, maxTest: 5);
    }

    // Any finite double: a sign, a biased exponent from 0 (subnormal) to 2046 and 52 fraction bits.
    private static Arbitrary<double> FiniteDoubles { get; } = Arb.From(
        Gen.Choose(0, 2046).SelectMany(exponent => Gen.Choose(0, int.MaxValue).SelectMany(high => Gen.Choose(0, int.MaxValue).SelectMany(low =>
            Gen.Elements(false, true).Select(negative =>
                BitConverter.Int64BitsToDouble((negative ? long.MinValue : 0) | ((long)exponent << 52) | ((((long)high << 31) | (uint)low) & 0xF_FFFF_FFFF_FFFFL)))))));

    private static void AgreesWithExact(string implementation, Arbitrary<Sample> samples, int maxTest = PropertyCheck.DefaultMaxTest)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        PropertyCheck.ForAll(samples, sample =>
            Accuracy.ShouldMeetTheContract(sut.Summarize(sample.Values), ExactMoments.Of(sample.Values), sample.ToString()), maxTest);
    }

    // Two results that each meet the contract may differ by twice its bound, no more (for equal values,
    // not at all).
    private static void AgreeWithEachOther(Moments a, Moments b, ExactMoments exact, string what)
    {
        Math.Abs(a.Mean - b.Mean).Should().BeLessThanOrEqualTo(2 * Accuracy.Mean * exact.MeanScale, "the means of {0}", what);
        Math.Abs(a.M2 - b.M2).Should().BeLessThanOrEqualTo(2 * Accuracy.M2 * exact.M2, "the M2s of {0}", what);
    }

    private static Moments Scale(Moments m, int power) => new(m.Count, Math.ScaleB(m.Mean, power), Math.ScaleB(m.M2, 2 * power));

    private static (long Count, long Mean, long M2) Bits(Moments m) =>
        (m.Count, BitConverter.DoubleToInt64Bits(m.Mean), BitConverter.DoubleToInt64Bits(m.M2));
}
