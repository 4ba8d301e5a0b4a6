using FsCheck;
using FsCheck.Fluent;

namespace Katas.Tests.RunningStatistics;

/// <summary>Values cut in three consecutive parts, [..First], [First..Second] and [Second..], any of them possibly empty.</summary>
public sealed record SplitCase(Sample Sample, int First, int Second)
{
    /// <summary>Any sample of a shape the contract covers, cut anywhere.</summary>
    public static Arbitrary<SplitCase> Any { get; } = Arb.From(
        Sample.Any.Generator.SelectMany(sample =>
            Gen.Choose(0, sample.Values.Length).SelectMany(a =>
                Gen.Choose(0, sample.Values.Length).Select(b => new SplitCase(sample, Math.Min(a, b), Math.Max(a, b))))),
        Shrink);

    public double[] Left => Sample.Values[..First];

    public double[] Middle => Sample.Values[First..Second];

    public double[] Right => Sample.Values[Second..];

    /// <inheritdoc/>
    public override string ToString() => $"{Sample}, cut at {First} and {Second}";

    private static IEnumerable<SplitCase> Shrink(SplitCase c) =>
        Sample.Shrink(c.Sample)
            .Where(s => s.Values.Length >= c.Second)
            .Select(s => c with { Sample = s });
}
