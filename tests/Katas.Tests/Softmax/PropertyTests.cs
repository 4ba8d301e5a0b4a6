using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

public sealed class PropertyTests
{
    [Theory, Implementations<ISoftmax>]
    public void LogSumExpAgreesWithTheExactValueWithinTheBound(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Any, c => Laws.LogSumExpIsWithinTheBound(sut, c.X));
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxAgreesWithTheExactValueWithin1e12(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Any, c => Laws.SoftmaxIsWithinTheBound(sut, c.X));
    }

    [Theory, Implementations<ISoftmax>]
    public void BothAgreeWithTheExactValuesOnLongInputs(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.LongInputs, c =>
        {
            Laws.LogSumExpIsWithinTheBound(sut, c.X);
            Laws.SoftmaxIsWithinTheBound(sut, c.X);
        }, maxTest: 30);
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxIsNonNegativeAndSumsToOne(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Any, c =>
        {
            var p = new double[c.Length];
            sut.Softmax(c.X, p);

            p.Should().OnlyContain(v => v >= 0, "probabilities are never negative");
            var sum = DoubleDouble.Zero;
            foreach (var v in p)
            {
                sum += v;
            }

            Math.Abs((sum - 1).High).Should().BeLessThanOrEqualTo(Tolerance.Relative, "the outputs sum to 1");
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void AddingAConstantLeavesTheSoftmaxUnchanged(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(ShiftedCase.Any, s =>
        {
            var p = new double[s.Case.Length];
            var shifted = new double[s.Case.Length];
            sut.Softmax(s.Case.X, p);
            sut.Softmax(s.Shifted, shifted);

            // Rounding x + c moves each value by at most E, so each exact output moves by at most a
            // factor e^(±2E); each computed one is within 1e-12 of its own exact value.
            var drift = Math.Exp(2 * s.LargestRoundingError) - 1;
            for (var i = 0; i < p.Length; i++)
            {
                var allowed = (((2 * Tolerance.Relative) + drift) * Math.Max(p[i], shifted[i]) * 1.01) + (2 * Tolerance.Absolute);
                shifted[i].Should().BeApproximately(p[i], allowed, "entry {0}", i);
            }
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void AddingAConstantShiftsTheLogSumExpByIt(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(ShiftedCase.Any, s =>
        {
            var shifted = s.Shifted;
            var (exact, l, max) = Oracle.LogSumExp(s.Case.X);
            var (exactShifted, lShifted, maxShifted) = Oracle.LogSumExp(shifted);

            // Both within their bounds of their exact values, which differ by c up to the rounding of x + c.
            var allowed = Oracle.LogSumExpBound(exact, l, max) + Oracle.LogSumExpBound(exactShifted, lShifted, maxShifted) + s.LargestRoundingError;
            var difference = new DoubleDouble(sut.LogSumExp(shifted), 0) - sut.LogSumExp(s.Case.X) - s.Shift;
            Math.Abs(difference.High).Should().BeLessThanOrEqualTo(allowed);
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void PermutingTheInputPermutesTheSoftmax(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(PermutedCase.Any, c =>
        {
            var p = new double[c.Case.Length];
            var permuted = new double[c.Case.Length];
            sut.Softmax(c.Case.X, p);
            sut.Softmax(c.Permuted, permuted);

            for (var i = 0; i < p.Length; i++)
            {
                permuted[c.Permutation[i]].Should().BeApproximately(p[i], (2 * Tolerance.Relative * p[i]) + (2 * Tolerance.Absolute), "value {0} moved to {1}", i, c.Permutation[i]);
            }
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void PermutingTheInputLeavesTheLogSumExp(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(PermutedCase.Any, c =>
        {
            var (exact, l, max) = Oracle.LogSumExp(c.Case.X);
            sut.LogSumExp(c.Permuted).Should().BeApproximately(sut.LogSumExp(c.Case.X), 2 * Oracle.LogSumExpBound(exact, l, max));
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void LogSumExpLiesBetweenTheMaximumAndTheMaximumPlusLnN(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Any, c =>
        {
            var actual = sut.LogSumExp(c.X);
            var (exact, l, max) = Oracle.LogSumExp(c.X);

            actual.Should().BeGreaterThanOrEqualTo(max, "every term but the largest only adds");
            var ceiling = new DoubleDouble(max, 0) + DoubleDoubleMath.Log(c.Length);
            (new DoubleDouble(actual, 0) - ceiling).High.Should().BeLessThanOrEqualTo(Oracle.LogSumExpBound(exact, l, max), "n terms of at most e^max");
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxOfTwoIsTheLogisticOfTheirDifference(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Pairs, c =>
        {
            var (a, b) = (c.X[0], c.X[1]);
            var p = new double[2];
            sut.Softmax(c.X, p);

            var expected = Oracle.Logistic(a, b).High;
            p[0].Should().BeApproximately(expected, Tolerance.Softmax(expected), "σ(a − b)");
            var other = Oracle.Logistic(b, a).High;
            p[1].Should().BeApproximately(other, Tolerance.Softmax(other), "σ(b − a)");
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxInPlaceAgreesWithTheExactValue(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Any, c =>
        {
            var exact = Oracle.Softmax(c.X);
            var inPlace = (double[])c.X.Clone();
            sut.Softmax(inPlace, inPlace);

            for (var i = 0; i < inPlace.Length; i++)
            {
                inPlace[i].Should().BeApproximately(exact[i].High, Tolerance.Softmax(exact[i].High), "entry {0}", i);
            }
        });
    }

    [Theory, Implementations<ISoftmax>]
    public void ReadsAndWritesOnlyTheGivenSpans(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        // The spans sit inside larger arrays. Past x's ends lie values that would change every answer
        // (NaN, +∞, a new maximum); past the destination's ends lie sentinels that must survive.
        PropertyCheck.ForAll(SoftmaxCase.LongInputs, c =>
        {
            const int Pad = 40;
            var padded = new double[c.Length + (2 * Pad)];
            padded.AsSpan().Fill(double.NaN);
            padded[Pad - 1] = double.PositiveInfinity;
            padded[Pad + c.Length] = 1e300;
            c.X.CopyTo(padded, Pad);
            var x = new ReadOnlySpan<double>(padded, Pad, c.Length);

            var destination = new double[c.Length + (2 * Pad)];
            destination.AsSpan().Fill(-1);
            sut.Softmax(x, destination.AsSpan(Pad, c.Length));

            var exact = Oracle.Softmax(c.X);
            for (var i = 0; i < c.Length; i++)
            {
                destination[Pad + i].Should().BeApproximately(exact[i].High, Tolerance.Softmax(exact[i].High), "entry {0}", i);
            }

            destination.Take(Pad).Concat(destination.Skip(Pad + c.Length)).Should().OnlyContain(v => v == -1, "nothing outside the destination is written");
            Laws.LogSumExpIsWithinTheBound(c.X, sut.LogSumExp(x));
        }, maxTest: 30);
    }

    [Theory, Implementations<ISoftmax>]
    public void InputIsNotModified(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SoftmaxCase.Any, c =>
        {
            var before = (double[])c.X.Clone();
            _ = sut.LogSumExp(c.X);
            sut.Softmax(c.X, new double[c.Length]);

            c.X.Should().Equal(before);
        });
    }
}
