using FsCheck;
using FsCheck.Fluent;
using Katas.SegmentationMetrics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

public sealed class ConfusionMatrixPropertyTests
{
    [Theory, Implementations<ISegmentationMetrics>]
    public void AgreesWithCountingEveryPixelForFewClasses(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(LabelCase.FewClasses, c => Matrix(sut, c).Should().Equal(Oracle.ConfusionMatrix(c.Truth, c.Predicted, c.ClassCount, c.IgnoreLabel)));
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void AgreesWithCountingEveryPixelForAnyClassCount(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(LabelCase.AnyClassCount, c => Matrix(sut, c).Should().Equal(Oracle.ConfusionMatrix(c.Truth, c.Predicted, c.ClassCount, c.IgnoreLabel)), maxTest: 60);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void AgreesWithCountingEveryPixelOnRuns(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(LabelCase.Runs, c => Matrix(sut, c).Should().Equal(Oracle.ConfusionMatrix(c.Truth, c.Predicted, c.ClassCount, c.IgnoreLabel)), maxTest: 60);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void SumsToTheNumberOfCountedPixels(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(LabelCase.Runs, c =>
        {
            var counted = Enumerable.Range(0, c.Truth.Length).Count(c.IsCounted);
            var matrix = Matrix(sut, c);
            matrix.Should().HaveCount(c.ClassCount * c.ClassCount).And.OnlyContain(n => n >= 0);
            matrix.Sum().Should().Be(counted, "every pixel whose true label is not {0} is counted once", c.IgnoreLabel);
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void PermutingPixelsChangesNothing(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(WithSeed(LabelCase.Runs), input =>
        {
            var (c, seed) = input;
            var order = Enumerable.Range(0, c.Truth.Length).ToArray();
            new Random(seed).Shuffle(order);
            var shuffled = c with { Truth = order.Select(i => c.Truth[i]).ToArray(), Predicted = order.Select(i => c.Predicted[i]).ToArray() };

            Matrix(sut, shuffled).Should().Equal(Matrix(sut, c));
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void RelabellingClassesPermutesTheMatrix(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(WithSeed(LabelCase.Runs), input =>
        {
            var (c, seed) = input;
            var k = c.ClassCount;
            var relabel = Enumerable.Range(0, k).Select(i => (byte)i).ToArray();
            new Random(seed).Shuffle(relabel);
            var relabelled = c with
            {
                Truth = c.Truth.Select(t => t < k ? relabel[t] : t).ToArray(),
                Predicted = c.Predicted.Select((p, i) => c.IsCounted(i) ? relabel[p] : p).ToArray(),
            };

            var matrix = Matrix(sut, c);
            var permuted = Matrix(sut, relabelled);
            permuted.Should().HaveCount(k * k);
            for (var t = 0; t < k; t++)
            {
                for (var p = 0; p < k; p++)
                {
                    permuted[(relabel[t] * k) + relabel[p]].Should().Be(matrix[(t * k) + p], "class {0} became {1} and class {2} became {3}", t, relabel[t], p, relabel[p]);
                }
            }
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void AppendingIgnoredPixelsChangesNothing(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(WithSeed(LabelCase.Runs), input =>
        {
            var (c, seed) = input;
            var random = new Random(seed);
            var extra = random.Next(1, 300);
            var predictedExtra = Enumerable.Range(0, extra).Select(_ => (byte)random.Next(256));
            var longer = c with
            {
                Truth = [.. c.Truth, .. Enumerable.Repeat(c.IgnoreLabel, extra)],
                Predicted = [.. c.Predicted, .. predictedExtra],
            };

            Matrix(sut, longer).Should().Equal(Matrix(sut, c));
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void TheMatrixOfAConcatenationIsTheSumOfTheMatrices(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(WithSeed(LabelCase.Runs), input =>
        {
            var (c, seed) = input;
            var cut = new Random(seed).Next(c.Truth.Length + 1);
            var head = c with { Truth = c.Truth[..cut], Predicted = c.Predicted[..cut] };
            var tail = c with { Truth = c.Truth[cut..], Predicted = c.Predicted[cut..] };

            Matrix(sut, c).Should().Equal(Matrix(sut, head).Zip(Matrix(sut, tail), (a, b) => a + b), "the maps were cut at pixel {0}", cut);
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void ReadsOnlyTheGivenSpans(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        // The maps sit inside larger arrays padded with counted pixels of class 0: a solution that reads
        // past either end of its spans counts them.
        PropertyCheck.ForAll(LabelCase.Runs, c =>
        {
            var (truth, predicted) = (new byte[c.Truth.Length + 128], new byte[c.Truth.Length + 128]);
            c.Truth.CopyTo(truth, 64);
            c.Predicted.CopyTo(predicted, 64);

            sut.ConfusionMatrix(truth.AsSpan(64, c.Truth.Length), predicted.AsSpan(64, c.Truth.Length), c.ClassCount, c.IgnoreLabel)
                .Should().Equal(Oracle.ConfusionMatrix(c.Truth, c.Predicted, c.ClassCount, c.IgnoreLabel));
        }, maxTest: 30);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void InputsAreNotModified(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        PropertyCheck.ForAll(LabelCase.Runs, c =>
        {
            var (truth, predicted) = ((byte[])c.Truth.Clone(), (byte[])c.Predicted.Clone());
            _ = Matrix(sut, c);
            c.Truth.Should().Equal(truth, "truth must not be modified");
            c.Predicted.Should().Equal(predicted, "predicted must not be modified");
        }, maxTest: 20);
    }

    [Theory, Implementations<ISegmentationMetrics>]
    public void AnInvalidLabelAnywhereIsRejected(string implementation)
    {
        var sut = Subject.Create<ISegmentationMetrics>(implementation);

        // A valid case with one label made invalid at a generated position: a true label that is neither
        // a class nor ignored, or a predicted label that is not a class on a counted pixel.
        PropertyCheck.ForAll(WithSeed(LabelCase.Runs), input =>
        {
            var (c, seed) = input;
            var random = new Random(seed);
            var counted = Enumerable.Range(0, c.Truth.Length).Where(c.IsCounted).ToArray();
            var badTruths = Enumerable.Range(c.ClassCount, 256 - c.ClassCount).Where(v => v != c.IgnoreLabel).ToArray();
            if (counted.Length == 0)
            {
                return;
            }

            var at = counted[random.Next(counted.Length)];
            var (truth, predicted) = ((byte[])c.Truth.Clone(), (byte[])c.Predicted.Clone());
            var parameter = badTruths.Length > 0 && random.Next(2) == 0 ? "truth" : "predicted";
            if (parameter == "truth")
            {
                truth[at] = (byte)badTruths[random.Next(badTruths.Length)];
            }
            else
            {
                predicted[at] = (byte)random.Next(c.ClassCount, 256);
            }

            sut.Invoking(s => s.ConfusionMatrix(truth, predicted, c.ClassCount, c.IgnoreLabel))
                .Should().ThrowExactly<ArgumentException>("{0}[{1}] is {2}", parameter, at, parameter == "truth" ? truth[at] : predicted[at])
                .WithParameterName(parameter);
        }, maxTest: 50);
    }

    private static long[] Matrix(ISegmentationMetrics sut, LabelCase c) => sut.ConfusionMatrix(c.Truth, c.Predicted, c.ClassCount, c.IgnoreLabel);

    // The case shrinks as usual, the seed stays.
    private static Arbitrary<SeededCase> WithSeed(Arbitrary<LabelCase> cases) =>
        Arb.From(
            cases.Generator.Zip(Gen.Choose(0, int.MaxValue), (c, seed) => new SeededCase(c, seed)),
            s => cases.Shrinker(s.Case).Select(c => s with { Case = c }));
}
