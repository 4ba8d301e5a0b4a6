using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

public sealed class BadInputTests
{
    private static readonly Box Good = new(0, 0, 1, 1);

    public static TheoryData<string, Box> BadBoxes { get; } = new()
    {
        { "X2 < X1", new(2, 0, 1, 1) },
        { "Y2 < Y1", new(0, 2, 1, 1) },
        { "NaN", new(float.NaN, 0, 1, 1) },
        { "NaN corner 2", new(0, 0, 1, float.NaN) },
        { "+∞", new(0, 0, float.PositiveInfinity, 1) },
        { "−∞", new(float.NegativeInfinity, 0, 1, 1) },
        { "beyond 1e15", new(0, 0, 1.0000001e15f, 1) },
        { "beyond −1e15", new(0, -1.0000001e15f, 1, 1) },
        { "float.MaxValue", new(0, 0, float.MaxValue, float.MaxValue) },
    };

    public static TheoryData<string, float> BadThresholds { get; } = new()
    {
        { "negative", -0.01f },
        { "above 1", 1.01f },
        { "NaN", float.NaN },
        { "+∞", float.PositiveInfinity },
        { "−∞", float.NegativeInfinity },
    };

    public static TheoryData<string, float> BadScores { get; } = new()
    {
        { "NaN", float.NaN },
        { "+∞", float.PositiveInfinity },
        { "−∞", float.NegativeInfinity },
    };

    [Theory, Implementations<IBoxOverlap>(Cases = nameof(BadBoxes))]
    public void OverlapRejectsAnInvalidBoxNamingIt(string implementation, string example, Box bad)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        FluentActions.Invoking(() => sut.Overlap(OverlapKind.Iou, bad, Good)).Should().Throw<ArgumentException>(example).WithParameterName("a");
        FluentActions.Invoking(() => sut.Overlap(OverlapKind.CompleteIou, Good, bad)).Should().Throw<ArgumentException>(example).WithParameterName("b");
    }

    [Theory, Implementations<IBoxOverlap>(Cases = nameof(BadBoxes))]
    public void OverlapMatrixRejectsAnInvalidBoxNamingTheList(string implementation, string example, Box bad)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        FluentActions.Invoking(() => sut.OverlapMatrix(OverlapKind.Iou, [Good, bad], [Good], new float[2]))
            .Should().Throw<ArgumentException>(example).WithParameterName("a");
        FluentActions.Invoking(() => sut.OverlapMatrix(OverlapKind.GeneralizedIou, [Good], [Good, Good, bad], new float[3]))
            .Should().Throw<ArgumentException>(example).WithParameterName("b");
    }

    [Theory, Implementations<IBoxOverlap>]
    public void OverlapRejectsAnUndefinedKind(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        FluentActions.Invoking(() => sut.Overlap((OverlapKind)4, Good, Good)).Should().Throw<ArgumentException>().WithParameterName("kind");
        FluentActions.Invoking(() => sut.OverlapMatrix((OverlapKind)(-1), [Good], [Good], new float[1])).Should().Throw<ArgumentException>().WithParameterName("kind");
    }

    [Theory, Implementations<IBoxOverlap>]
    public void OverlapMatrixRejectsAResultOfTheWrongLength(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        foreach (var length in new[] { 0, 5, 7 })
        {
            FluentActions.Invoking(() => sut.OverlapMatrix(OverlapKind.Iou, [Good, Good], [Good, Good, Good], new float[length]))
                .Should().Throw<ArgumentException>("a 2 × 3 matrix has 6 entries, not {0}", length).WithParameterName("result");
        }

        FluentActions.Invoking(() => sut.OverlapMatrix(OverlapKind.Iou, [], [Good], new float[1]))
            .Should().Throw<ArgumentException>("a 0 × 1 matrix has no entries").WithParameterName("result");
    }

    [Theory, Implementations<IBoxOverlap>]
    public void CoordinatesOfExactly1e15AreValid(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        // 1e15f is the float nearest 1e15 (just below it); the next float up is beyond.
        sut.Overlap(OverlapKind.Iou, new(-1e15f, -1e15f, 1e15f, 1e15f), new(-1e15f, -1e15f, 1e15f, 1e15f)).Should().BeApproximately(1f, 1e-6f);
    }

    [Theory, Implementations<INonMaximumSuppression>(Cases = nameof(BadBoxes))]
    public void SuppressRejectsAnInvalidBox(string implementation, string example, Box bad)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        FluentActions.Invoking(() => sut.Suppress([Good, bad], [1, 2], 0.5f)).Should().Throw<ArgumentException>(example).WithParameterName("boxes");
        FluentActions.Invoking(() => sut.SuppressPerClass([bad, Good], [1, 2], [0, 0], 0.5f)).Should().Throw<ArgumentException>(example).WithParameterName("boxes");
    }

    [Theory, Implementations<INonMaximumSuppression>(Cases = nameof(BadScores))]
    public void SuppressRejectsANonFiniteScore(string implementation, string example, float bad)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        FluentActions.Invoking(() => sut.Suppress([Good, Good], [1, bad], 0.5f)).Should().Throw<ArgumentException>(example).WithParameterName("scores");
        FluentActions.Invoking(() => sut.SuppressPerClass([Good, Good], [bad, 1], [0, 1], 0.5f)).Should().Throw<ArgumentException>(example).WithParameterName("scores");
    }

    [Theory, Implementations<INonMaximumSuppression>(Cases = nameof(BadThresholds))]
    public void SuppressRejectsAThresholdOutsideZeroToOne(string implementation, string example, float bad)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        FluentActions.Invoking(() => sut.Suppress([Good], [1], bad)).Should().Throw<ArgumentException>(example).WithParameterName("iouThreshold");
        FluentActions.Invoking(() => sut.SuppressPerClass([Good], [1], [0], bad)).Should().Throw<ArgumentException>(example).WithParameterName("iouThreshold");
        FluentActions.Invoking(() => sut.Suppress([], [], bad)).Should().Throw<ArgumentException>("{0}, even without boxes", example).WithParameterName("iouThreshold");
    }

    [Theory, Implementations<INonMaximumSuppression>]
    public void SuppressRejectsSpansOfDifferentLengths(string implementation)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        FluentActions.Invoking(() => sut.Suppress([Good, Good], [1], 0.5f)).Should().Throw<ArgumentException>().WithParameterName("scores");
        FluentActions.Invoking(() => sut.Suppress([Good], [1, 2], 0.5f)).Should().Throw<ArgumentException>().WithParameterName("scores");
        FluentActions.Invoking(() => sut.SuppressPerClass([Good, Good], [1, 2], [0], 0.5f)).Should().Throw<ArgumentException>().WithParameterName("classes");
        FluentActions.Invoking(() => sut.SuppressPerClass([Good], [1], [0, 1], 0.5f)).Should().Throw<ArgumentException>().WithParameterName("classes");
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>(Cases = nameof(BadBoxes))]
    public void SoftSuppressRejectsAnInvalidBox(string implementation, string example, Box bad)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        FluentActions.Invoking(() => sut.SoftSuppress([Good, bad], [1, 2], SoftNmsMethod.Linear, 0.3f, 0.5f, 0.001f))
            .Should().Throw<ArgumentException>(example).WithParameterName("boxes");
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>]
    public void SoftSuppressRejectsBadScoresAndParameters(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);
        Box[] boxes = [Good, Good];
        float[] scores = [0.9f, 0.8f];

        FluentActions.Invoking(() => sut.SoftSuppress(boxes, [0.9f, float.NaN], SoftNmsMethod.Linear, 0.3f, 0.5f, 0.001f))
            .Should().Throw<ArgumentException>("a NaN score").WithParameterName("scores");
        FluentActions.Invoking(() => sut.SoftSuppress(boxes, [0.9f], SoftNmsMethod.Linear, 0.3f, 0.5f, 0.001f))
            .Should().Throw<ArgumentException>("one score for two boxes").WithParameterName("scores");
        FluentActions.Invoking(() => sut.SoftSuppress(boxes, scores, (SoftNmsMethod)2, 0.3f, 0.5f, 0.001f))
            .Should().Throw<ArgumentException>("an undefined method").WithParameterName("method");
        foreach (var threshold in new[] { -0.1f, 1.5f, float.NaN })
        {
            FluentActions.Invoking(() => sut.SoftSuppress(boxes, scores, SoftNmsMethod.Gaussian, threshold, 0.5f, 0.001f))
                .Should().Throw<ArgumentException>("threshold {0}", threshold).WithParameterName("iouThreshold");
        }

        foreach (var sigma in new[] { 0f, -0.5f, float.NaN, float.PositiveInfinity })
        {
            FluentActions.Invoking(() => sut.SoftSuppress(boxes, scores, SoftNmsMethod.Gaussian, 0.3f, sigma, 0.001f))
                .Should().Throw<ArgumentException>("Gaussian with sigma {0}", sigma).WithParameterName("sigma");
        }

        foreach (var minScore in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity })
        {
            FluentActions.Invoking(() => sut.SoftSuppress(boxes, scores, SoftNmsMethod.Linear, 0.3f, 0.5f, minScore))
                .Should().Throw<ArgumentException>("minScore {0}", minScore).WithParameterName("minScore");
        }
    }

    [Theory, Implementations<ISoftNonMaximumSuppression>]
    public void LinearIgnoresSigma(string implementation)
    {
        var sut = Subject.Create<ISoftNonMaximumSuppression>(implementation);

        sut.SoftSuppress([Good], [0.5f], SoftNmsMethod.Linear, 0.3f, 0f, 0.001f).Should().Equal(new ScoredIndex(0, 0.5f));
        sut.SoftSuppress([Good], [0.5f], SoftNmsMethod.Linear, 0.3f, -1f, 0.001f).Should().Equal(new ScoredIndex(0, 0.5f));
    }

    // Beyond the statement: the references' messages give the index of the bad value.
    [Theory, Implementations<INonMaximumSuppression>(ReferencesOnly = true)]
    public void ReferenceMessagesGiveTheIndex(string implementation)
    {
        var sut = Subject.Create<INonMaximumSuppression>(implementation);

        FluentActions.Invoking(() => sut.Suppress([Good, Good, new(1, 0, 0, 1)], [1, 2, 3], 0.5f)).Should().Throw<ArgumentException>().WithMessage("*boxes[2]*");
        FluentActions.Invoking(() => sut.Suppress([Good, Good], [1, float.NaN], 0.5f)).Should().Throw<ArgumentException>().WithMessage("*scores[1]*");
    }

    [Theory, Implementations<IBoxOverlap>(ReferencesOnly = true)]
    public void ReferenceMatrixMessagesGiveTheIndex(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        FluentActions.Invoking(() => sut.OverlapMatrix(OverlapKind.Iou, [Good], [Good, new(0, 0, float.NaN, 1)], new float[2]))
            .Should().Throw<ArgumentException>().WithMessage("*b[1]*");
    }
}
