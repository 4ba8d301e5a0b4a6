using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Measures, inside the benchmark process and after BenchmarkDotNet's own measurements, what a call costs
/// as a program makes it rather than in a warm loop: the time of a cold call, the memory it obtains from
/// the garbage collector when no array pool has anything to give, and the most it holds rented from pools.
/// </summary>
/// <remarks>
/// <para>
/// A warm loop hides memory: a solution that rents 64 MB from <c>ArrayPool&lt;T&gt;.Shared</c> gets the
/// same buffer back on every iteration, so BenchmarkDotNet reports 0 B allocated and the pool's memory
/// is free. A program that calls it once pays for that memory. So each cold call is preceded by
/// emptying the pools the call rents from (found by watching a warm call through the runtime's
/// <c>ArrayPoolEventSource</c>, see <see cref="PoolTracker"/>) and by a full, blocking, compacting
/// collection of every generation, the large object heap included.
/// </para>
/// <para>
/// Up to <see cref="ColdCalls"/> cold calls are timed and the best kept; once <see cref="MinimumColdCalls"/>
/// have run, calls that have taken <see cref="ColdBudget"/> in all end the series early, so slow cases
/// cost a few seconds, not minutes. The runtime's own memory (native allocations, stack) is not counted.
/// </para>
/// </remarks>
public static class CallProfiler
{
    /// <summary>The most cold calls timed.</summary>
    public const int ColdCalls = 7;

    /// <summary>The fewest cold calls timed, however slow.</summary>
    public const int MinimumColdCalls = 3;

    /// <summary>The time after which no further cold call starts, once <see cref="MinimumColdCalls"/> have run.</summary>
    public static readonly TimeSpan ColdBudget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets whether this process runs benchmark cases: a BenchmarkDotNet benchmark process (started with
    /// <c>--benchmarkId</c>), or the benchmark program run with <c>--inProcess</c> (as <c>katas bench</c>
    /// and in-process reports run it), where the base class profiles its case; elsewhere (tests that run
    /// a benchmark method directly) it does not.
    /// </summary>
    public static bool IsBenchmarkProcess { get; } = Environment.GetCommandLineArgs() is var arguments
        && (arguments.Contains("--benchmarkId", StringComparer.Ordinal) || arguments.Contains("--inProcess", StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the widest hardware-accelerated vector of this process: 512, 256, 128 or 0.</summary>
    public static int VectorBits =>
        Vector512.IsHardwareAccelerated ? 512
        : Vector256.IsHardwareAccelerated ? 256
        : Vector128.IsHardwareAccelerated ? 128
        : 0;

    /// <summary>
    /// Profiles the single <c>[Benchmark]</c> method of <paramref name="benchmark"/> (its setup done), running
    /// its <c>[IterationSetup]</c> and <c>[IterationCleanup]</c> around each call; the figures are per
    /// operation (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>).
    /// </summary>
    /// <returns>The profile, or <see langword="null"/> when the class has no single benchmark method to call.</returns>
    public static CallProfile? Profile(object benchmark, params Assembly[] poolTypes)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(poolTypes);

        var type = benchmark.GetType();
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.IsDefined(typeof(BenchmarkAttribute))).ToArray();
        if (methods is not [{ } method] || method.GetParameters().Length > 0 || method.ContainsGenericParameters)
        {
            return null;
        }

        var operations = Math.Max(1, method.GetCustomAttribute<BenchmarkAttribute>()!.OperationsPerInvoke);
        var setup = Hook<IterationSetupAttribute>(benchmark);
        var cleanup = Hook<IterationCleanupAttribute>(benchmark);
        var call = method.ReturnType == typeof(void)
            ? method.CreateDelegate<Action>(benchmark)
            : (Action)typeof(CallProfiler).GetMethod(nameof(Discarding), BindingFlags.Static | BindingFlags.NonPublic)!
                .MakeGenericMethod(method.ReturnType)
                .Invoke(null, [method.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), benchmark)])!;
        return Profile(call, operations, setup, cleanup, poolTypes);
    }

    /// <summary>Profiles <paramref name="call"/>, which does <paramref name="operations"/> operations.</summary>
    /// <param name="call">One call, as the benchmark makes it.</param>
    /// <param name="operations">The operations one call does: the figures are divided by it.</param>
    /// <param name="setup">What to run before each call, outside the measurement, or <see langword="null"/>.</param>
    /// <param name="cleanup">What to run after each call, outside the measurement, or <see langword="null"/>.</param>
    /// <param name="poolTypes">Assemblies whose types may be the elements of pooled arrays (the primitive types always are).</param>
    public static CallProfile Profile(Action call, int operations = 1, Action? setup = null, Action? cleanup = null, params Assembly[] poolTypes)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfLessThan(operations, 1);
        ArgumentNullException.ThrowIfNull(poolTypes);

        var catalog = new PoolCatalog(poolTypes);

        // A warm call, watched: which pools it rents from, and the most it holds at once.
        PoolTracker.Event[] rents;
        long pooledPeak;
        setup?.Invoke();
        using (var tracker = new PoolTracker())
        {
            call();
            tracker.Dispose();
            rents = tracker.Events.Where(e => e.Rented).DistinctBy(e => (e.PoolId, e.Length)).ToArray();
            pooledPeak = tracker.PeakBytes(catalog.ElementBytes);
        }

        cleanup?.Invoke();

        var best = TimeSpan.MaxValue;
        var leastAllocated = long.MaxValue;
        var spent = TimeSpan.Zero;
        var calls = 0;
        while (calls < ColdCalls && (calls < MinimumColdCalls || spent < ColdBudget))
        {
            foreach (var rent in rents)
            {
                catalog.Empty(rent.PoolId, rent.Length);
            }

            setup?.Invoke();
            CollectEverything();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            call();
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            cleanup?.Invoke();

            best = elapsed < best ? elapsed : best;
            leastAllocated = Math.Min(leastAllocated, allocated);
            spent += elapsed;
            calls++;
        }

        return new CallProfile(best.Ticks * 100.0 / operations, calls, leastAllocated / operations, pooledPeak / operations, VectorBits);
    }

    /// <summary>A full, blocking, compacting collection of every generation and of the large object heap, after finalisers ran.</summary>
    public static void CollectEverything()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    // Keeps the result in a static field: boxing it for GC.KeepAlive would allocate.
    private static Action Discarding<TResult>(Func<TResult> call) => () => Sink<TResult>.Value = call();

    private static Action? Hook<TAttribute>(object benchmark)
        where TAttribute : Attribute
    {
        var hooks = benchmark.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsDefined(typeof(TAttribute)) && m.GetParameters().Length == 0)
            .Select(m => m.CreateDelegate<Action>(benchmark))
            .ToArray();
        return hooks.Length == 0 ? null : () => Array.ForEach(hooks, hook => hook());
    }

    private static class Sink<T>
    {
        public static T? Value;
    }
}
