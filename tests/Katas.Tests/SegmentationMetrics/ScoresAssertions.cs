using Katas.SegmentationMetrics;

namespace Katas.Tests.SegmentationMetrics;

/// <summary>Compares scores as the statement promises them: NaN exactly where undefined, otherwise within a relative 10⁻⁹.</summary>
internal static class ScoresAssertions
{
    /// <summary>The relative tolerance the statement gives.</summary>
    public const double Tolerance = 1e-9;

    public static void ShouldMatch(this SegmentationScores actual, SegmentationScores expected)
    {
        actual.Should().NotBeNull();
        ShouldMatch(actual.PixelAccuracy, expected.PixelAccuracy, "PixelAccuracy");
        ShouldMatch(actual.MeanPixelAccuracy, expected.MeanPixelAccuracy, "MeanPixelAccuracy");
        ShouldMatch(actual.MeanIou, expected.MeanIou, "MeanIou");
        ShouldMatch(actual.FrequencyWeightedIou, expected.FrequencyWeightedIou, "FrequencyWeightedIou");
        actual.ClassAccuracy.Should().NotBeNull().And.HaveCount(expected.ClassAccuracy.Length, "ClassAccuracy has one entry per class");
        actual.ClassIou.Should().NotBeNull().And.HaveCount(expected.ClassIou.Length, "ClassIou has one entry per class");
        for (var i = 0; i < expected.ClassAccuracy.Length; i++)
        {
            ShouldMatch(actual.ClassAccuracy[i], expected.ClassAccuracy[i], $"ClassAccuracy[{i}]");
            ShouldMatch(actual.ClassIou[i], expected.ClassIou[i], $"ClassIou[{i}]");
        }
    }

    public static void ShouldMatch(double actual, double expected, string name)
    {
        if (double.IsNaN(expected))
        {
            actual.Should().Be(double.NaN, "{0} is undefined here", name);
        }
        else
        {
            actual.Should().BeApproximately(expected, Tolerance * Math.Abs(expected), "{0} should be {1} (to a relative 1e-9)", name, expected);
        }
    }
}
