using System.Runtime.Intrinsics;
using Katas.Softmax;
using Katas.Softmax.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// The fastest solution at every vector width, whatever the machine runs natively (the others in
/// software): the default instance takes one width, and the CI runs with AVX2 or every intrinsic
/// disabled take two more; these run all four everywhere.
/// </summary>
public sealed class BlockedOnlineSimdTests
{
    public static TheoryData<int> Widths { get; } = [64, 128, 256, 512];

    [Theory, MemberData(nameof(Widths))]
    public void AgreesWithTheExactValues(int width)
    {
        var sut = new BlockedOnlineSimd(width);

        PropertyCheck.ForAll(SoftmaxCase.Any, c =>
        {
            Laws.LogSumExpIsWithinTheBound(sut, c.X);
            Laws.SoftmaxIsWithinTheBound(sut, c.X);
        });
    }

    [Theory, MemberData(nameof(Widths))]
    public void AgreesWithTheExactValuesOnLongInputs(int width)
    {
        var sut = new BlockedOnlineSimd(width);

        PropertyCheck.ForAll(SoftmaxCase.LongInputs, c =>
        {
            Laws.LogSumExpIsWithinTheBound(sut, c.X);
            Laws.SoftmaxIsWithinTheBound(sut, c.X);
        }, maxTest: 40);
    }

    [Theory, MemberData(nameof(Widths))]
    public void FollowsTheRulesForSpecialValues(int width)
    {
        var sut = new BlockedOnlineSimd(width);

        PropertyCheck.ForAll(SpecialCase.Any, c =>
        {
            Rules.LogSumExp(sut, c);
            Rules.Softmax(sut, c, inPlace: false);
            Rules.Softmax(sut, c, inPlace: true);
        }, maxTest: 100);
    }

    [Theory, MemberData(nameof(Widths))]
    public void AMaximumThatGrowsInEveryBlockIsRescaledEveryTime(int width)
    {
        var sut = new BlockedOnlineSimd(width);

        // 100 blocks, each with a larger maximum than the last: 100 rescalings, more than the 32 the
        // stack holds, and every block of softmax scaled by its own factor in pass 2.
        var x = Enumerable.Range(0, 100 * BlockedOnlineSimd.BlockLength).Select(i => (i / 40.0) % 50 + (i / BlockedOnlineSimd.BlockLength)).ToArray();

        Laws.LogSumExpIsWithinTheBound(sut, x);
        Laws.SoftmaxIsWithinTheBound(sut, x);
    }

    [Theory, MemberData(nameof(Widths))]
    public void BlocksOfOnlyNegativeInfinityBeforeTheFirstValue(int width)
    {
        var sut = new BlockedOnlineSimd(width);

        // Three blocks of −∞ (skipped, never written) and then values: their outputs must be 0.
        var x = Enumerable.Repeat(double.NegativeInfinity, 3 * BlockedOnlineSimd.BlockLength).Concat([1.0, 2.0, 3.0]).ToArray();

        Laws.LogSumExpIsWithinTheBound(sut, x);
        var p = Enumerable.Repeat(double.NaN, x.Length).ToArray();
        sut.Softmax(x, p);
        p[..^3].Should().OnlyContain(v => v == 0);
        p[^3..].Should().Equal([0.09003057317038046, 0.24472847105479764, 0.6652409557748219], (a, b) => Math.Abs(a - b) <= 1e-12 * b);
    }

    [Theory, MemberData(nameof(Widths))]
    public void ANaNTheMaximumPassesOverIsStillFound(int width)
    {
        var sut = new BlockedOnlineSimd(width);

        // A hardware maximum returns the second operand when either is NaN, so a NaN followed by a larger
        // value in the same lane disappears from the block's maximum; the sum must still turn NaN.
        for (var position = 0; position < 64; position++)
        {
            var x = Enumerable.Range(0, 2_000).Select(i => i % 64 == 63 ? 100.0 : i % 7).ToArray();
            x[position] = double.NaN;

            sut.LogSumExp(x).Should().Be(double.NaN, "NaN at {0}", position);
            var p = new double[x.Length];
            sut.Softmax(x, p);
            p.Should().OnlyContain(v => double.IsNaN(v), "NaN at {0}", position);
        }
    }

    [Fact]
    public void TheDefaultIsTheWidestTheHardwareRuns()
    {
        var expected = Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : Vector128.IsHardwareAccelerated ? 128 : 64;

        new BlockedOnlineSimd().VectorBits.Should().Be(expected);
        BlockedOnlineSimd.WidestAccelerated.Should().Be(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(1024)]
    public void OtherWidthsAreRejected(int width)
    {
        var act = () => new BlockedOnlineSimd(width);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("vectorBits");
    }

    [Fact]
    public void EveryWidthIsTheSameAlgorithm()
    {
        // Not bit for bit (the lanes sum in a different order), but each within the bound of the same answer.
        var x = Enumerable.Range(0, 5_000).Select(i => Math.Sin(i) * 30).ToArray();
        foreach (var width in Widths)
        {
            Laws.LogSumExpIsWithinTheBound(new BlockedOnlineSimd(width), x);
        }

        ISoftmax solution = new BlockedOnlineSimd();
        Laws.SoftmaxIsWithinTheBound(solution, x);
    }
}
