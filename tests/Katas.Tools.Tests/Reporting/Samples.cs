using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

/// <summary>The recorded BenchmarkDotNet exports in <c>Reporting/Data</c>.</summary>
internal static class Samples
{
    /// <summary>
    /// A real dry run of Sliding Window Maximum (N = 1,000, 100,000, 10,000,000; K = 16; Random) with its
    /// measurements dropped and its medians replaced by exact power laws of N, so every ratio and slope
    /// is known: Limit N ns, CacheBlockedSimd 2N, MonotonicDeque 4N, LinkedListDeque (the baseline) 8N,
    /// BruteForce N²/1000, and BlockPrefixSuffix 10³, 10⁷, 10⁹ ns (off any line: least-squares slope 1.5).
    /// The allocations and everything else are as recorded.
    /// </summary>
    public static string ScalingPath => PathOf("scaling-report-full.json");

    /// <summary>A real short run of Sliding Window Maximum at one input, N = 10,000,000, K = 3, Random.</summary>
    public static string SingleSizePath => PathOf("sliding-window-maximum-report-full.json");

    /// <summary>
    /// A real short run of Combination Sum II at two named inputs (1..50 with target 30: 296
    /// combinations; [1] × 50 + [2] × 50: 16), measurements dropped: a kata with two contracts, whose
    /// solutions implement both, and whose benchmark reports each input's size in the InputSize metric.
    /// </summary>
    public static string TwoContractsPath => PathOf("combination-sum2-report-full.json");

    public static BenchmarkRun Scaling => BenchmarkRun.Read(ScalingPath);

    public static BenchmarkRun TwoContracts => BenchmarkRun.Read(TwoContractsPath);

    public static BenchmarkRun SingleSize => BenchmarkRun.Read(SingleSizePath);

    public static XmlDocumentation Documentation => XmlDocumentation.For(typeof(Katas.Discovery.KataDefinition).Assembly);

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Reporting", "Data", name);
}
