#:property TieredCompilation=false

// How much work the machine's other cores add to one core's, for loops bound by the execution units,
// not by memory: each loop runs on one thread alone, then on one thread per core at once (each thread
// the same work), and the script prints how many times one thread's throughput all of them gave. On a
// machine whose cores are its own this is about the number of cores; where two virtual CPUs are threads
// of one physical core, a loop bound by the units they share gains little (about 1×), one bound by
// latency still about 2×. Written for the Sliding Window Maximum README (issue 11): its paths for
// k = 128–300, bound by their vector work, gained less from the second core than the Limit's copy did in
// some processes, and a VM shows no hardware counters that would say why.
//
//   dotnet run -c Release scripts/core-scaling.cs [repeats]
//
// Loops: `vector max`, eight independent maxima of 512-bit vectors of ints a step, bound by the vector
// units' throughput; `vector shuffle`, six independent permutes of such vectors a step (the shuffle unit);
// `scalar add`, eight integer adds and xors a step in four short chains (the integer units). Where 512-bit
// vectors are not accelerated, .NET runs each as narrower ones: the loops still load the units, and the
// ratio, not the time, is the figure.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var cores = Environment.ProcessorCount;
Console.WriteLine($"{cores} cores, 512-bit vectors {(Vector512.IsHardwareAccelerated ? "accelerated" : "as narrower ones")}; throughput of one thread per core ÷ one thread alone, {repeats} repeats");
var loops = new (string Name, Func<long, long> Body, long Steps)[]
{
    ("vector max", VectorMax, 200_000_000),
    ("vector shuffle", VectorShuffle, 100_000_000),
    ("scalar add", ScalarAdd, 500_000_000),
};
foreach (var (name, body, steps) in loops)
{
    body(1_000);
    var ratios = new List<double>();
    for (var repeat = 0; repeat < repeats; repeat++)
    {
        var clock = Stopwatch.StartNew();
        body(steps);
        var alone = clock.Elapsed.TotalMilliseconds;
        var threads = Enumerable.Range(0, cores).Select(_ => new Thread(() => body(steps))).ToArray();
        clock.Restart();
        Array.ForEach(threads, thread => thread.Start());
        Array.ForEach(threads, thread => thread.Join());
        var together = clock.Elapsed.TotalMilliseconds;
        ratios.Add(cores * alone / together);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: alone {alone:F0} ms, {cores} at once {together:F0} ms: {cores * alone / together:F2}×"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {ratios.Min():F2}–{ratios.Max():F2}× one thread's throughput on {cores} cores"));
}

// Eight chains, each one maximum a step: no chain waits on another, so the units' throughput bounds it.
[MethodImpl(MethodImplOptions.NoInlining)]
static long VectorMax(long steps)
{
    var s = Vector512.Create(9);
    var (a, b, c, d) = (Vector512.Create(1), Vector512.Create(2), Vector512.Create(3), Vector512.Create(4));
    var (e, f, g, h) = (Vector512.Create(5), Vector512.Create(6), Vector512.Create(7), Vector512.Create(8));
    for (long i = 0; i < steps; i++)
    {
        (a, b, c, d) = (Vector512.Max(a, s), Vector512.Max(b, s), Vector512.Max(c, s), Vector512.Max(d, s));
        (e, f, g, h) = (Vector512.Max(e, s), Vector512.Max(f, s), Vector512.Max(g, s), Vector512.Max(h, s));
    }

    return (long)(a + b + c + d + e + f + g + h).ToScalar();
}

// Six chains of one permute a step (a rotation by a lane).
[MethodImpl(MethodImplOptions.NoInlining)]
static long VectorShuffle(long steps)
{
    var rotate = Vector512.Create(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0);
    var (a, b, c, d, e, f) = (Vector512.Create(1), Vector512.Create(2), Vector512.Create(3), Vector512.Create(4), Vector512.Create(5), Vector512.Create(6));
    for (long i = 0; i < steps; i++)
    {
        (a, b, c) = (Vector512.Shuffle(a, rotate), Vector512.Shuffle(b, rotate), Vector512.Shuffle(c, rotate));
        (d, e, f) = (Vector512.Shuffle(d, rotate), Vector512.Shuffle(e, rotate), Vector512.Shuffle(f, rotate));
    }

    return (long)(a + b + c + d + e + f).ToScalar();
}

[MethodImpl(MethodImplOptions.NoInlining)]
static long ScalarAdd(long steps)
{
    long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
    for (long i = 0; i < steps; i++)
    {
        (a, b, e, f) = (a ^ i, b + i, e ^ i, f + i);
        (c, d, g, h) = (c ^ b, d + a, g ^ f, h + e);
    }

    return a + b + c + d + e + f + g + h;
}
