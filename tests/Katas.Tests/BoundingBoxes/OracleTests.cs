using FsCheck.Fluent;
using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

/// <summary>The oracles judge the library, so they are checked first: against values worked out by hand.</summary>
public sealed class OracleTests
{
    [Fact]
    public void IouOfHandWorkedPairs()
    {
        ExactOverlap.Iou(new(0, 0, 2, 2), new(1, 0, 3, 2)).Should().Be(Rational.Of(1, 3));
        ExactOverlap.Iou(new(0, 0, 1, 1), new(1, 0, 2, 1)).Should().Be(Rational.Zero);
        ExactOverlap.Iou(new(1, 1, 1, 1), new(1, 1, 1, 1)).Should().Be(Rational.Zero);
        ExactOverlap.Measure(OverlapKind.GeneralizedIou, new(0, 0, 1, 1), new(1, 1, 2, 2)).Should().Be(Rational.Of(-1, 2));
        ExactOverlap.Measure(OverlapKind.GeneralizedIou, new(0, 0, 0, 0), new(1, 1, 1, 1)).Should().Be(-Rational.One);
    }

    [Fact]
    public void ApproximateIouIsWithinItsBound()
    {
        // Pairs of one frame (any magnitude, float subnormals included), often overlapping, often nearly equal.
        var pairs = (from frame in BoxGen.Frames
                     from a in BoxGen.BoxIn(frame)
                     from b in BoxGen.Near(a, frame)
                     select (A: a, B: b)).ToArbitrary();
        PropertyCheck.ForAll(pairs, p =>
        {
            var exact = ExactOverlap.Iou(p.A, p.B);
            ExactOverlap.Intersects(p.A, p.B).Should().Be(ExactOverlap.Intersection(p.A, p.B).Sign > 0);
            (Rational.From(ExactOverlap.ApproximateIou(p.A, p.B)) - exact).Abs().Should().BeLessThanOrEqualTo(Rational.From(ExactOverlap.IouError / 40));
        }, maxTest: 2000);
    }

    [Fact]
    public void CompareIouIsTheSignOfTheExactDifference()
    {
        // Values at the exact IoU, a hair (1e-15) either side of it, where the doubles cannot decide, and
        // anywhere in [−0.5, 1.5].
        var cases = (from frame in BoxGen.Frames
                     from a in BoxGen.BoxIn(frame)
                     from b in BoxGen.Near(a, frame)
                     from offset in Gen.Elements(0, 1e-15, -1e-15, double.NaN)
                     from anywhere in Gen.Choose(-500, 1500).Select(v => v / 1000.0)
                     select (A: a, B: b, Offset: offset, Anywhere: anywhere)).ToArbitrary();
        PropertyCheck.ForAll(cases, c =>
        {
            var exact = ExactOverlap.Iou(c.A, c.B);
            var value = double.IsNaN(c.Offset) ? Rational.From(c.Anywhere) : exact + Rational.From(c.Offset);
            ExactOverlap.CompareIou(c.A, c.B, value).Should().Be(Math.Sign(exact.CompareTo(value)));
        }, maxTest: 1000);
    }

    [Fact]
    public void DiouUsesTheCentresAndTheEnclosingDiagonal()
    {
        // IoU 1/4, ρ² = 1/2, c² = 8: 1/4 − (1/2)/(8 + 1e-7).
        var expected = Rational.Of(1, 4) - (Rational.Of(1, 2) / (Rational.From(8) + Rational.Of(1, 10_000_000)));
        ExactOverlap.Measure(OverlapKind.DistanceIou, new(-1, -1, 1, 1), new(0, 0, 1, 1)).Should().Be(expected);
    }

    [Fact]
    public void CiouAspectTermIsOneForAWidthOnlyAndAHeightOnlyBox()
    {
        // atan2(1, 0) − atan2(0, 1) = π/2, so v = (4/π²)(π/2)² = 1 exactly; the boxes do not overlap (IoU 0)
        // and α = 1/(1 + 1 + 1e-7). The arctangents and π are computed to 300 bits.
        Box a = new(0, 0, 0, 1), b = new(5, 0, 6, 0);
        var diou = ExactOverlap.Measure(OverlapKind.DistanceIou, a, b);
        var alpha = Rational.One / (Rational.From(2) + Rational.Of(1, 10_000_000));
        var ciou = ExactOverlap.Measure(OverlapKind.CompleteIou, a, b);
        (ciou - (diou - alpha)).Abs().Should().BeLessThan(Rational.Of(1, System.Numerics.BigInteger.Pow(10, 80)));
    }

    [Fact]
    public void CiouMatchesDoubleArithmeticOnOrdinaryBoxes()
    {
        Box a = new(0, 0, 4, 2), b = new(1, 1, 2, 4);
        var (iou, diou) = (1.0 / 10, (1.0 / 10) - ((0.25 + 2.25) / (16 + 16 + 1e-7))); // centres (2, 1) and (1.5, 2.5)
        var v = 4 / (Math.PI * Math.PI) * Math.Pow(Math.Atan2(1, 3) - Math.Atan2(4, 2), 2);
        var expected = diou - (v / (1 - iou + v + 1e-7) * v);
        ExactOverlap.Measure(OverlapKind.CompleteIou, a, b).ToDouble().Should().BeApproximately(expected, 1e-14);
    }

    [Fact]
    public void NmsOracleFollowsTheImplementationOnlyWithinTheTolerance()
    {
        // IoU exactly 0.5 against threshold 0.5: kept without tolerance; with it, either way is accepted.
        Box[] boxes = [new(0, 0, 2, 1), new(0, 0, 1, 1)];
        float[] scores = [0.9f, 0.8f];
        NmsOracle.Expected(boxes, scores, null, 0.5f).Should().Equal(0, 1);
        NmsOracle.Expected(boxes, scores, null, 0.5f, 1e-6, actual: [0]).Should().Equal(0);
        NmsOracle.Expected(boxes, scores, null, 0.5f, 1e-6, actual: [0, 1]).Should().Equal(0, 1);

        // IoU 0.5 against 0.4: suppressed whatever the implementation claims.
        NmsOracle.Expected(boxes, scores, null, 0.4f, 1e-6, actual: [0, 1]).Should().Equal(0);
    }

    [Fact]
    public void SoftNmsOracleAcceptsMmcvsPublishedOutputAndRejectsAWrongScore()
    {
        Box[] boxes = [new(6, 3, 8, 7), new(3, 6, 9, 11), new(3, 7, 10, 12), new(1, 4, 13, 7)];
        float[] scores = [0.6f, 0.9f, 0.7f, 0.2f];
        ScoredIndex[] published = [new(1, 0.9f), new(0, 0.6f), new(2, 0.29024392f), new(3, 0.2f)];
        SoftNmsOracle.Judge(boxes, scores, SoftNmsMethod.Linear, 0.3f, 0.5f, 0.01f, published).Should().BeNull();

        ScoredIndex[] wrong = [new(1, 0.9f), new(0, 0.6f), new(2, 0.3f), new(3, 0.2f)];
        SoftNmsOracle.Judge(boxes, scores, SoftNmsMethod.Linear, 0.3f, 0.5f, 0.01f, wrong).Should().Contain("reports score");
        SoftNmsOracle.Judge(boxes, scores, SoftNmsMethod.Linear, 0.3f, 0.5f, 0.01f, published[..3]).Should().Contain("never selected");
    }
}
