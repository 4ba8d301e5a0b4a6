using FsCheck.Fluent;
using Katas.BoundingBoxes;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.BoundingBoxes;

public sealed class OverlapPropertyTests
{
    private const double Accuracy = 1e-6;

    // Two computations of the same exact value, each within the accuracy of it.
    private const float TwiceAccuracy = 2e-6f;

    [Theory, Implementations<IBoxOverlap>]
    public void OverlapIsWithin1e6OfTheExactValue(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(OverlapPair.Any, p =>
        {
            var actual = sut.Overlap(p.Kind, p.A, p.B);
            var exact = ExactOverlap.Measure(p.Kind, p.A, p.B);
            ExactOverlap.Within(actual, exact, Accuracy).Should().BeTrue("{0} = {1:R}, exactly {2:R}", p.Kind, actual, exact.ToDouble());
        }, maxTest: 500);
    }

    [Theory, Implementations<IBoxOverlap>]
    public void EveryMatrixEntryIsWithin1e6OfTheExactValue(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(MatrixCase.Any, c =>
        {
            var result = new float[c.A.Length * c.B.Length];
            sut.OverlapMatrix(c.Kind, c.A, c.B, result);
            var matrix = ExactOverlap.Matrix(c.Kind, c.A, c.B);
            for (var i = 0; i < c.A.Length; i++)
            {
                for (var j = 0; j < c.B.Length; j++)
                {
                    var actual = result[(i * c.B.Length) + j];
                    var exact = matrix[(i * c.B.Length) + j];
                    ExactOverlap.Within(actual, exact, Accuracy).Should()
                        .BeTrue("entry [{0}, {1}] = {2:R}, exactly {3:R}", i, j, actual, exact.ToDouble());
                }
            }
        }, maxTest: 150);
    }

    [Theory, Implementations<IBoxOverlap>]
    public void IouIsSymmetric(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(OverlapPair.Any, p =>
            sut.Overlap(OverlapKind.Iou, p.A, p.B).Should().BeApproximately(sut.Overlap(OverlapKind.Iou, p.B, p.A), TwiceAccuracy));
    }

    [Theory, Implementations<IBoxOverlap>]
    public void IouLiesInZeroToOne(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(OverlapPair.Any, p => sut.Overlap(OverlapKind.Iou, p.A, p.B).Should().BeInRange(0f, 1f));
    }

    [Theory, Implementations<IBoxOverlap>]
    public void IdenticalBoxesWithAreaHaveIouOne(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(OverlapPair.Any, p =>
        {
            if (p.A.X2 > p.A.X1 && p.A.Y2 > p.A.Y1)
            {
                sut.Overlap(OverlapKind.Iou, p.A, p.A).Should().BeApproximately(1f, (float)Accuracy);
            }
        });
    }

    [Theory, Implementations<IBoxOverlap>]
    public void EveryMeasureIsInvariantUnderTranslatingBothBoxes(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        // Integer corners and integer shifts below 2^23: every translated corner is exact in float.
        var cases = (from a in BoxGen.GridBox(64)
                     from b in BoxGen.GridBox(64)
                     from dx in Gen.Choose(-(1 << 22), 1 << 22)
                     from dy in Gen.Choose(-(1 << 22), 1 << 22)
                     from kind in Gen.Elements(Enum.GetValues<OverlapKind>())
                     select (Kind: kind, A: a, B: b, Dx: dx, Dy: dy)).ToArbitrary();
        PropertyCheck.ForAll(cases, c =>
        {
            Box Move(Box box) => new(box.X1 + c.Dx, box.Y1 + c.Dy, box.X2 + c.Dx, box.Y2 + c.Dy);
            sut.Overlap(c.Kind, Move(c.A), Move(c.B)).Should().BeApproximately(sut.Overlap(c.Kind, c.A, c.B), TwiceAccuracy);
        });
    }

    [Theory, Implementations<IBoxOverlap>]
    public void IouAndGiouAreInvariantUnderScalingByAPowerOfTwo(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        // DIoU's and CIoU's 1e-7 is an absolute length², so they change with the scale. Scaling by 2^k is
        // exact in float from 2^-100 up to coordinates of about 2^49 (below 1e15).
        var cases = (from a in BoxGen.GridBox(64)
                     from b in BoxGen.GridBox(64)
                     from k in Gen.Choose(-100, 43)
                     from kind in Gen.Elements(OverlapKind.Iou, OverlapKind.GeneralizedIou)
                     select (Kind: kind, A: a, B: b, K: k)).ToArbitrary();
        PropertyCheck.ForAll(cases, c =>
        {
            Box Scale(Box box) => new(
                (float)Math.ScaleB(box.X1, c.K), (float)Math.ScaleB(box.Y1, c.K), (float)Math.ScaleB(box.X2, c.K), (float)Math.ScaleB(box.Y2, c.K));
            sut.Overlap(c.Kind, Scale(c.A), Scale(c.B)).Should().BeApproximately(sut.Overlap(c.Kind, c.A, c.B), TwiceAccuracy);
        });
    }

    [Theory, Implementations<IBoxOverlap>]
    public void GiouIsAtMostIouAndInMinusOneToOne(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(OverlapPair.Any, p =>
        {
            var giou = sut.Overlap(OverlapKind.GeneralizedIou, p.A, p.B);
            giou.Should().BeLessThanOrEqualTo(sut.Overlap(OverlapKind.Iou, p.A, p.B) + TwiceAccuracy);
            giou.Should().BeInRange(-1f - (float)Accuracy, 1f + (float)Accuracy);
        });
    }

    [Theory, Implementations<IBoxOverlap>]
    public void DiouEqualsIouForBoxesWithTheSameCentre(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        // Half-widths and half-heights around one integer centre: the centres are exactly equal.
        var cases = (from cx in Gen.Choose(-1000, 1000)
                     from cy in Gen.Choose(-1000, 1000)
                     from sizes in Gen.Choose(0, 50).ArrayOf(4)
                     select (A: new Box(cx - sizes[0], cy - sizes[1], cx + sizes[0], cy + sizes[1]),
                             B: new Box(cx - sizes[2], cy - sizes[3], cx + sizes[2], cy + sizes[3]))).ToArbitrary();
        PropertyCheck.ForAll(cases, c =>
            sut.Overlap(OverlapKind.DistanceIou, c.A, c.B).Should().BeApproximately(sut.Overlap(OverlapKind.Iou, c.A, c.B), TwiceAccuracy));
    }

    [Theory, Implementations<IBoxOverlap>]
    public void MatrixEntriesAgreeWithOverlap(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(MatrixCase.Any, c =>
        {
            var result = new float[c.A.Length * c.B.Length];
            sut.OverlapMatrix(c.Kind, c.A, c.B, result);
            for (var i = 0; i < c.A.Length; i++)
            {
                for (var j = 0; j < c.B.Length; j++)
                {
                    result[(i * c.B.Length) + j].Should().BeApproximately(sut.Overlap(c.Kind, c.A[i], c.B[j]), TwiceAccuracy, "entry [{0}, {1}]", i, j);
                }
            }
        }, maxTest: 100);
    }

    [Theory, Implementations<IBoxOverlap>]
    public void InputsAreNotModified(string implementation)
    {
        var sut = Subject.Create<IBoxOverlap>(implementation);

        PropertyCheck.ForAll(MatrixCase.Any, c =>
        {
            var (a, b) = ((Box[])c.A.Clone(), (Box[])c.B.Clone());
            sut.OverlapMatrix(c.Kind, a, b, new float[a.Length * b.Length]);
            a.Should().Equal(c.A);
            b.Should().Equal(c.B);
        }, maxTest: 30);
    }
}
