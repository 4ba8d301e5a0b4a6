using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.Softmax;

/// <summary>A valid input and a constant to add to every value.</summary>
/// <param name="Case">The input.</param>
/// <param name="Shift">The constant.</param>
public sealed record ShiftedCase(SoftmaxCase Case, double Shift)
{
    /// <summary>Moderate logits and shifts: small integers, or any double up to ±1 000.</summary>
    public static Arbitrary<ShiftedCase> Any { get; } =
        (from c in SoftmaxCase.ModerateLogits.Generator
         from shift in Gen.OneOf(Gen.Choose(-100, 100).Select(k => (double)k), SoftmaxCase.Uniform(1_000))
         select new ShiftedCase(c, shift)).ToArbitrary();

    /// <summary>Gets the shifted values, each x + c rounded to a double.</summary>
    public double[] Shifted => Case.X.Select(v => v + Shift).ToArray();

    /// <summary>Gets the largest rounding error among the shifted values: |(x + c) − fl(x + c)|.</summary>
    public double LargestRoundingError =>
        Case.X.Max(v => Math.Abs(Infrastructure.DoubleDouble.TwoSum(v, Shift).Error));

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Case}, shift = {Shift:R}");
}
