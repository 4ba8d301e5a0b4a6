#:project ../benchmarks/Katas.Benchmarks/Katas.Benchmarks.csproj
#:property TieredCompilation=false
#:property ConcurrentGarbageCollection=false

// The fastest solutions against the Limit's traffic (LimitTraffic.Output, as the benchmark's Limit calls
// it), called in turn in one process, so that all see the same machine from one moment to the next: on a
// shared 2-core VM the memory bandwidth drifts by a third between runs, and a BenchmarkDotNet short job
// measures them minutes apart. ParallelCacheBlockedSimd against the Limit on every core (the benchmark's
// Limit), CacheBlockedSimd against the Limit on one core. Warm (the default): `rounds` rounds of the four
// calls (each solution and its Limit in turn, which first alternating), the best and the median of each; with --cold, each call comes after a full, blocking, compacting
// collection, the large object heap included (as the report's cold calls). n = 10⁷ values uniform over
// the int range (the benchmarks' input, same seed); --check compares every output of the first calls at
// each k with MonotonicDeque.
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
var cores = Environment.ProcessorCount;
var subjects = new (string Name, Func<int, int[]> Limit, Func<int, int[]> Solve)[]
{
    ($"ParallelCacheBlockedSimd ({cores} cores)", k => LimitTraffic.Output<int>(nums, N - k + 1, cores), k => new ParallelCacheBlockedSimd().MaxSlidingWindow(nums, k)),
    ("CacheBlockedSimd (one core)", k => LimitTraffic.Output<int>(nums, N - k + 1), k => new CacheBlockedSimd().MaxSlidingWindow(nums, k)),
};

Console.WriteLine($"n = {N:N0}, {rounds} rounds, {(cold ? "cold (a full collection before each call)" : "warm")}; ns a value; each solution against the Limit on as many cores");
foreach (var k in windows)
{
    var expected = check ? new MonotonicDeque().MaxSlidingWindow(nums, k) : null;
    var times = subjects.Select(_ => (Limit: new List<double>(), Solve: new List<double>())).ToArray();
    for (var round = -1; round < rounds; round++)
    {
        for (var s = 0; s < subjects.Length; s++)
        {
            // Which of the two goes first alternates: on this VM the first parallel call after the one-core
            // calls waits for the thread pool's worker to wake, which the call right after it does not.
            var (_, limit, solve) = subjects[s];
            var limitFirst = round % 2 == 0;
            var limitTime = limitFirst ? Time(() => limit(k)).Nanoseconds / N : 0;
            var (result, solveTime) = Time(() => solve(k));
            limitTime = limitFirst ? limitTime : Time(() => limit(k)).Nanoseconds / N;
            if (round < 0)
            {
                // The first round warms up and checks; it is not timed.
                if (expected is not null && !result.AsSpan().SequenceEqual(expected))
                {
                    Console.WriteLine($"k = {k}: {subjects[s].Name} WRONG ANSWER");
                    return 1;
                }

                continue;
            }

            times[s].Limit.Add(limitTime);
            times[s].Solve.Add(solveTime / N);
        }
    }

    foreach (var (subject, (limit, fast)) in subjects.Zip(times))
    {
        limit.Sort();
        fast.Sort();
        var (bestRatio, medianRatio) = (fast[0] / limit[0], fast[rounds / 2] / limit[rounds / 2]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"k = {k,7}: {subject.Name} best {fast[0]:F3} median {fast[rounds / 2]:F3}, Limit best {limit[0]:F3} median {limit[rounds / 2]:F3}; ratio best {bestRatio:F2}, median {medianRatio:F2}"));
    }
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
