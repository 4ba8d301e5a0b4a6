using Katas.Geometry;
using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// Which of <see cref="ExactOrientation"/>'s adaptive stages decides a nearly collinear input: stage C
/// answers only when its corrected determinant lies beyond Shewchuk's bound for it,
/// ccwerrboundC·S + resulterrbound·|det_B| (S = |acx·bcy| + |acy·bcx|, det_B stage B's estimate), and
/// leaves everything within the bound to the exact stage D.
/// </summary>
/// <remarks>
/// A smaller bound gives no wrong sign that anyone has found (docs/mutation/geometry-survivors.md,
/// rows 17 and 18: searches of tens of millions of stage-C inputs), so no test of the signs alone can
/// tell it from the real one; the stage that answers can.
/// </remarks>
public sealed class ExactOrientationTests
{
    // Thin triangles found by a random search (a and b a few ε from the origin, b − a nearly parallel to c):
    // every difference is inexact and stage B cannot decide (|det_B| < 2εS).
    // Within the bound: det_C = −9.744 ε²S, the bound 11.489 ε²S (|det_B| = 0.830 εS).
    private static readonly (Vec2 A, Vec2 B, Vec2 C) WithinTheBound = (
        new(1.0983530637380968E-16, 3.8584128446330257E-16),
        new(7.112870574733569E-16, 7.528415737228554E-16),
        new(-1.640461936891294, -1.0009946837094588));

    // Beyond the bound: det_C = 9.819 ε²S, the bound 9.274 ε²S (|det_B| = 0.091 εS).
    private static readonly (Vec2 A, Vec2 B, Vec2 C) BeyondTheBound = (
        new(3.4505087736356635E-16, 5.773779467585856E-17),
        new(8.125332055320157E-16, 5.008256834231024E-16),
        new(-1.204412197323708, -1.1415628474864936));

    // Scaling by a power of two scales every rounding error with the input, so each row is the same
    // case at another magnitude (S from about 2⁻⁸⁰⁰ to 2⁸⁰¹, inside the range the adaptive stages take).
    // From 2⁶⁰ on |det_B| > 1, where a bound that divided by |det_B| instead of multiplying would drop
    // to 9 ε²S, below the first case's |det_C|.
    [Theory]
    [InlineData(-400)]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(400)]
    public void StageCAnswersOnlyBeyondShewchuksBound(int exponent)
    {
        Decide(WithinTheBound, exponent).Should().Be((-1, ExactOrientation.Stage.D));
        Decide(BeyondTheBound, exponent).Should().Be((1, ExactOrientation.Stage.C));
    }

    private static (int Sign, ExactOrientation.Stage Stage) Decide((Vec2 A, Vec2 B, Vec2 C) points, int exponent)
    {
        Vec2 Scale(Vec2 p) => new(Math.ScaleB(p.X, exponent), Math.ScaleB(p.Y, exponent));
        var (a, b, c) = (Scale(points.A), Scale(points.B), Scale(points.C));
        var sign = ExactOrientation.Exact(a, b, c, out var stage);
        sign.Should().Be(ExactOrientation.DyadicDeterminant(a, b, c).Sign, "the sign is exact whichever stage gives it");
        return (sign, stage);
    }
}
