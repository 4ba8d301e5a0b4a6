namespace Katas.Tests.RunningStatistics;

/// <summary>
/// The NIST Statistical Reference Datasets for univariate summary statistics that test numerical
/// accuracy, NumAcc1 to NumAcc4, with their certified sample mean and sample standard deviation
/// (denominator n − 1). Source: https://www.itl.nist.gov/div898/strd/univ/ (Simon and Lesage 1989, as
/// NIST distributes them; also in Math.NET Numerics' data/NIST folder).
/// </summary>
internal static class NistData
{
    /// <summary>Each dataset's name, values, certified mean, certified standard deviation, and the digits of the standard deviation every implementation must get (Math.NET Numerics' thresholds in RunningStatisticsTests.ConsistentWithNist).</summary>
    public static IReadOnlyList<(string Name, double[] Values, double Mean, double StandardDeviation, int Digits)> All { get; } =
    [
        // "The numbers are large (8-digit integers) and differ only in the last decimal place."
        ("NumAcc1", [10000001, 10000003, 10000002], 10000002, 1, 15),

        // 1.2, then 500 pairs 1.1, 1.3.
        ("NumAcc2", Alternating(1.2, 1.1, 1.3), 1.2, 0.1, 13),

        // "8-digit floating point values [that] differ only in the last decimal place."
        ("NumAcc3", Alternating(1000000.2, 1000000.1, 1000000.3), 1000000.2, 0.1, 9),

        // "9-digit floating point values": 1 001 values, ratio of mean to spread 10⁸.
        ("NumAcc4", Alternating(10000000.2, 10000000.1, 10000000.3), 10000000.2, 0.1, 7),
    ];

    /// <summary>The correct digits of the mean every implementation must get (Math.NET Numerics' threshold for the mean).</summary>
    public const int MeanDigits = 10;

    public static (string Name, double[] Values, double Mean, double StandardDeviation, int Digits) Get(string name) =>
        All.Single(d => d.Name == name);

    // The first value, then 500 pairs of the two others: 1 001 values, as in the NIST files.
    private static double[] Alternating(double first, double low, double high) =>
        [first, .. Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? low : high)];
}
