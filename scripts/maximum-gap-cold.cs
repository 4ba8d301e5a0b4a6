#:project ../benchmarks/Katas.Benchmarks/Katas.Benchmarks.csproj

// Issue 11's cold goals for Maximum Gap, timed as a program calls the solution: at n = 10⁷ values
// uniform over the whole int range (the benchmarks' input, same seed), the fastest solution at most 10×
// one copy of the input and at least 15× faster than sort-and-scan. Both fast solutions are timed: the
// single-threaded CacheBlockedPigeonhole and ParallelPigeonhole, on every core. Each call comes after a full,
// blocking, compacting collection (which lets ArrayPool<T>.Shared trim); the figure is the best of
// `rounds` such calls (7 unless given; sort-and-scan, a second a call, the best of 3).
//
//   dotnet run -c Release scripts/maximum-gap-cold.cs [rounds]
//
// The copy is not a benchmark of the report: the report has one reference per kata, the Limit. The copy is
// the yardstick, Array.Clone on one thread; the copy on every core (LimitTraffic.Output with a
// worker per core, the traffic of a copy as the Sliding Window Maximum Limit does it) is printed beside it,
// since on a machine whose one core draws only part of the memory bandwidth it is the faster copy.
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Katas.Benchmarks.Infrastructure;
using Katas.MaximumGap.Solutions;

const int N = 10_000_000;
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
var nums = InputData.Uniform(N);
var fast = new CacheBlockedPigeonhole();
var parallel = new ParallelPigeonhole();
var baseline = new SortAndScan();

// One call of each first: the methods are compiled before anything is timed.
Cold(() => nums.Clone());
Cold(() => LimitTraffic.Output<int>(nums, N, Environment.ProcessorCount));
Cold(() => fast.MaximumGap(nums));
Cold(() => parallel.MaximumGap(nums));
Cold(() => baseline.MaximumGap(nums));

double copy = double.MaxValue, sharedCopy = double.MaxValue, solution = double.MaxValue, shared = double.MaxValue, sorted = double.MaxValue;
for (var round = 0; round < rounds; round++)
{
    copy = Math.Min(copy, Cold(() => nums.Clone()));
    sharedCopy = Math.Min(sharedCopy, Cold(() => LimitTraffic.Output<int>(nums, N, Environment.ProcessorCount)));
    solution = Math.Min(solution, Cold(() => fast.MaximumGap(nums)));
    shared = Math.Min(shared, Cold(() => parallel.MaximumGap(nums)));
    if (round < 3)
    {
        sorted = Math.Min(sorted, Cold(() => baseline.MaximumGap(nums)));
    }
}

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"n = {N:N0}, cold, best of {rounds}: copy {copy:F2} ms; CacheBlockedPigeonhole {solution:F2} ms = {solution / copy:F1}x the copy, ParallelPigeonhole ({Environment.ProcessorCount} cores) {shared:F2} ms = {shared / copy:F1}x (goal <= 10x); copy on {Environment.ProcessorCount} cores {sharedCopy:F2} ms, ParallelPigeonhole {shared / sharedCopy:F1}x it; SortAndScan {sorted:F0} ms = {sorted / solution:F1}x CacheBlockedPigeonhole, {sorted / shared:F1}x ParallelPigeonhole (goal >= 15x)"));

static double Cold(Func<object> call)
{
    GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    var clock = Stopwatch.StartNew();
    var result = call();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    GC.KeepAlive(result);
    return elapsed;
}
