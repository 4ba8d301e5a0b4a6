using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.RunningStatistics;

/// <summary>A sample and a power of two from 2⁻⁶⁰ to 2⁶⁰: the samples stay within 10⁻⁵¹ to 10⁵¹, so nothing overflows or underflows.</summary>
public sealed record ScaledCase(Sample Sample, int Power)
{
    public static Arbitrary<ScaledCase> Any { get; } = Arb.From(
        Sample.Any.Generator.SelectMany(sample => Gen.Choose(-60, 60).Select(power => new ScaledCase(sample, power))),
        c => Sample.Shrink(c.Sample).Select(s => c with { Sample = s }));

    public double[] Scaled => Sample.Values.Select(x => Math.ScaleB(x, Power)).ToArray();

    /// <inheritdoc/>
    public override string ToString() => $"{Sample}, scaled by 2^{Power}";
}
