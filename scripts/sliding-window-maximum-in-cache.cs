#:project ../src/Katas/Katas.csproj
#:property TieredCompilation=false
#:property AllowUnsafeBlocks=true

// What CacheBlockedSimd's paths cost in instructions alone: n = 20 000 values (uniform over the int range,
// fixed seed) and their result in fixed buffers that stay in the core's caches, the path called again and
// again (its internal Run, the public method minus the fresh result), so that no figure holds a miss to
// memory. The Limit's traffic costs the same for every k; what a path adds to it at n = 10⁷ is at least
// this, where the core cannot overlap the two. Best and median of `rounds` timings of 20 calls each, ns a
// value, for each k, with the path each took; a copy in the same buffers for scale. Every result is checked
// against MonotonicDeque once.
//
//   dotnet run -c Release scripts/sliding-window-maximum-in-cache.cs [k,k,…] [rounds]
//
// On the 2-core EPYC VM the same code measured up to 1.6× slower in some stretches of a run than in
// others (the host's load on the core; memory-bound copies moved by a tenth): compare paths within one
// run, take the best as the figure, and run it twice.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Katas.SlidingWindowMaximum.Solutions;

const int N = 20_000;
const int Calls = 20;
var windows = args.Length > 0 ? args[0].Split(',').Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToArray() : [3, 16, 64, 100, 127, 128, 160, 192, 193, 207, 208, 300, 1_000];
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var random = new Random(20_000);
var nums = Enumerable.Range(0, N).Select(_ => random.Next(int.MinValue, int.MaxValue)).ToArray();

unsafe
{
    var input = (int*)NativeMemory.AlignedAlloc(N * sizeof(int), 4096);
    var output = (int*)NativeMemory.AlignedAlloc(N * sizeof(int), 4096);
    nums.CopyTo(new Span<int>(input, N));
    Console.WriteLine($"n = {N:N0} in cache, best / median of {rounds} × {Calls} calls, ns a value");
    foreach (var k in windows)
    {
        var count = N - k + 1;
        var trace = new CacheBlockedSimd.Trace();
        CacheBlockedSimd.Run(input, N, k, output, streams: false, trace);
        if (!new ReadOnlySpan<int>(output, count).SequenceEqual(new MonotonicDeque().MaxSlidingWindow(nums, k)))
        {
            Console.WriteLine($"k = {k}: WRONG");
            continue;
        }

        var path = Time(() => CacheBlockedSimd.Run(input, N, k, output, streams: false, trace: null));
        var copy = Time(() => Buffer.MemoryCopy(input, output, (long)count * sizeof(int), (long)count * sizeof(int)));
        var how = $"{trace.Path}{(trace.InRegisters ? ", in registers" : string.Empty)}, {trace.Lanes} lanes";
        Console.WriteLine($"k = {k,6}: {path.Best:F3} / {path.Median:F3}   copy {copy.Best:F3} / {copy.Median:F3}   ({how})");

        (double Best, double Median) Time(Action call)
        {
            var times = new double[rounds];
            for (var r = 0; r < rounds; r++)
            {
                var start = Stopwatch.GetTimestamp();
                for (var c = 0; c < Calls; c++)
                {
                    call();
                }

                times[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / Calls / count;
            }

            Array.Sort(times);
            return (times[0], times[rounds / 2]);
        }
    }
}
