#:project ../benchmarks/Katas.Benchmarks/Katas.Benchmarks.csproj
#:property TieredCompilation=false
#:property ConcurrentGarbageCollection=false

// CacheBlockedSimd against the Limit's traffic (LimitTraffic.Output, as the benchmark's Limit calls it),
// the two called in turn in one process, so that both see the same machine from one moment to the next:
// on a shared 2-core VM the memory bandwidth drifts by a third between runs, and a BenchmarkDotNet short
// job measures the two minutes apart. Warm (the default): `rounds` pairs of calls, the best and the median
// of each; with --cold, each call comes after a full, blocking, compacting collection, the large object heap
// included (as the report's cold calls). n = 10⁷ values
// uniform over the int range (the benchmarks' input, same seed); --check compares every output of the
// first call at each k with MonotonicDeque.
//
//   dotnet run -c Release scripts/sliding-window-maximum-alternating.cs [k,k,…] [rounds] [--cold] [--check]
//
// The kata README's "Script" columns come from here. Collections are blocking, as in the benchmarks since
// 2026-12-01 (the README's runs of that day set DOTNET_gcConcurrent=0 to the same effect).
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Katas.Benchmarks.Infrastructure;
using Katas.SlidingWindowMaximum.Solutions;

const int N = 10_000_000;
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var windows = positional.Length > 0 ? positional[0].Split(',').Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToArray() : [3, 16, 100, 1_000, 100_000];
var rounds = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 20;
var cold = args.Contains("--cold");
var check = args.Contains("--check");
var nums = InputData.Uniform(N);
var solution = new CacheBlockedSimd();

Console.WriteLine($"n = {N:N0}, {rounds} rounds, {(cold ? "cold (a full collection before each call)" : "warm")}; ns a value");
foreach (var k in windows)
{
    var count = N - k + 1;
    Time(() => LimitTraffic.Output<int>(nums, count));
    var first = Time(() => solution.MaxSlidingWindow(nums, k)).Result;
    if (check && !first.AsSpan().SequenceEqual(new MonotonicDeque().MaxSlidingWindow(nums, k)))
    {
        Console.WriteLine($"k = {k}: WRONG ANSWER");
        return 1;
    }

    var limit = new List<double>();
    var fast = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        limit.Add(Time(() => LimitTraffic.Output<int>(nums, count)).Nanoseconds / N);
        fast.Add(Time(() => solution.MaxSlidingWindow(nums, k)).Nanoseconds / N);
    }

    limit.Sort();
    fast.Sort();
    var (bestRatio, medianRatio) = (fast[0] / limit[0], fast[rounds / 2] / limit[rounds / 2]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"k = {k,7}: CacheBlockedSimd best {fast[0]:F3} median {fast[rounds / 2]:F3}, Limit best {limit[0]:F3} median {limit[rounds / 2]:F3}; ratio best {bestRatio:F2}, median {medianRatio:F2}"));
}

return 0;

(int[] Result, double Nanoseconds) Time(Func<int[]> call)
{
    if (cold)
    {
        // As the report's cold calls: every generation, the large object heap compacted too.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    var watch = Stopwatch.StartNew();
    var result = call();
    return (result, watch.Elapsed.TotalNanoseconds);
}
