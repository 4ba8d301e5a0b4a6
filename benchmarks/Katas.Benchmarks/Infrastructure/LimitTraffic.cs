using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// The building blocks of every kata's <c>Limit</c>: the memory traffic that no correct solution can avoid,
/// and nothing more. <see cref="Read{T}"/> reads an input once, in one sequential vectorised pass
/// (<see cref="ReadSideBySide{T}"/> two inputs together), requesting lines ahead as the fastest solutions do;
/// <see cref="Output{T}"/> allocates an output the way the fastest solutions do (uninitialised, no zeroing)
/// and writes it once, reading the whole input once on the way.
/// </summary>
/// <remarks>
/// A <c>Limit</c> built from these is a floor: a solution measured below it (the report warns under
/// 0.9×) means the <c>Limit</c> does work a solution may skip. An output of at least
/// <see cref="StreamingThreshold"/> bytes is written with aligned non-temporal (streaming) stores, as the
/// fastest solutions write theirs: an ordinary store first reads each line of the output it writes
/// (read-for-ownership), and the runtime's <c>memmove</c> does not stream at tens of megabytes on every
/// machine (on a 2-core Xeon with a 260 MB L3 it did not: <c>CacheBlockedSimd</c> measured 0.72× a
/// <see cref="Span{T}.CopyTo(Span{T})"/> floor), so the floor counts no read-for-ownership either.
/// A kata whose fastest solution shares its work between the cores asks for as many workers: on the
/// 2-core AMD EPYC one core draws only part of the memory bandwidth (a copy of 40 MB on both cores took
/// 0.53–0.77× its time on one, 2026-12-02), so a floor on one core is no floor for a solution on two.
/// </remarks>
public static class LimitTraffic
{
    /// <summary>The output size, in bytes, from which <see cref="Output{T}"/> writes with streaming stores (1 MiB, as the katas' solutions).</summary>
    public const int StreamingThreshold = 1 << 20;

    /// <summary>
    /// The fewest bytes a worker of <see cref="Read{T}"/> and
    /// <see cref="Output{T}"/> takes (1 MiB): no solution here hands less to a
    /// thread (<c>ParallelPigeonhole</c> 2¹⁸ ints, <c>ParallelCacheBlockedSimd</c> 2²⁰ outputs), so the floor
    /// shares at least as early as any of them.
    /// </summary>
    public const int MinimumBytesPerWorker = 1 << 20;

    // How far ahead the reads request lines, in bytes. The fastest solutions prefetch (Running
    // Statistics' BlockedSimd a block of 8 KB ahead, Segmentation Metrics' RunLengthSimd a 4 KB chunk
    // of each map), and a floor must read at least as fast as they can: on the 2-core Xeon, 80 MB of
    // doubles read 5–9% faster with it.
    private const nuint PrefetchDistance = 4096;

    // The bytes of a cache line: the unit in which Stream writes.
    private const int LineBytes = 64;

    /// <summary>
    /// Reads every byte of <paramref name="values"/> once, in 256-bit vectors where accelerated (no
    /// wider: see <see cref="Stream"/>), 128-bit ones otherwise (four
    /// independent accumulators, so that loads, not the fold, set the pace), and returns a fold of them
    /// that the caller returns, so that no read can be optimised away. With <paramref name="workers"/> above
    /// 1 (the floor of a kata whose solutions share their passes between the cores), the pass is shared
    /// between up to that many threads, each with at least <see cref="MinimumBytesPerWorker"/> bytes cut
    /// on cache lines, and the parts' folds are folded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> is less than 1.</exception>
    public static unsafe int Read<T>(ReadOnlySpan<T> values, int workers = 1)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);

        var bytes = MemoryMarshal.AsBytes(values);
        workers = Workers(bytes.Length, workers);
        if (workers < 2)
        {
            return ReadBytes(bytes);
        }

        var folds = new int[workers];
        fixed (byte* start = bytes)
        {
            var (from, ends) = ((nint)start, Cuts(start, bytes.Length, workers));
            Parallel.For(0, workers, w => folds[w] = ReadBytes(new ReadOnlySpan<byte>((byte*)from + ends[w], (int)(ends[w + 1] - ends[w]))) * ((2 * w) + 1));
        }

        return folds.Aggregate(0, (fold, part) => fold ^ part);
    }

    private static int ReadBytes(ReadOnlySpan<byte> bytes)
    {
        ref var start = ref MemoryMarshal.GetReference(bytes);
        nuint length = (nuint)bytes.Length;
        nuint i = 0;
        ulong fold = 0;
        if (Vector256.IsHardwareAccelerated && length >= (nuint)Vector256<byte>.Count)
        {
            var (a, b, c, d) = (Vector256<byte>.Zero, Vector256<byte>.Zero, Vector256<byte>.Zero, Vector256<byte>.Zero);
            var step = (nuint)Vector256<byte>.Count;
            for (; i + (4 * step) <= length; i += 4 * step)
            {
                Prefetch(ref start, i + PrefetchDistance);
                Prefetch(ref start, i + PrefetchDistance + 64);
                a ^= Vector256.LoadUnsafe(ref start, i);
                b ^= Vector256.LoadUnsafe(ref start, i + step);
                c ^= Vector256.LoadUnsafe(ref start, i + (2 * step));
                d ^= Vector256.LoadUnsafe(ref start, i + (3 * step));
            }

            for (; i + step <= length; i += step)
            {
                a ^= Vector256.LoadUnsafe(ref start, i);
            }

            var all = (a ^ b ^ c ^ d).AsUInt64();
            fold = all.GetElement(0) ^ all.GetElement(1) ^ all.GetElement(2) ^ all.GetElement(3);
        }
        else if (Vector128.IsHardwareAccelerated && length >= (nuint)Vector128<byte>.Count)
        {
            var (a, b, c, d) = (Vector128<byte>.Zero, Vector128<byte>.Zero, Vector128<byte>.Zero, Vector128<byte>.Zero);
            var step = (nuint)Vector128<byte>.Count;
            for (; i + (4 * step) <= length; i += 4 * step)
            {
                Prefetch(ref start, i + PrefetchDistance);
                a ^= Vector128.LoadUnsafe(ref start, i);
                b ^= Vector128.LoadUnsafe(ref start, i + step);
                c ^= Vector128.LoadUnsafe(ref start, i + (2 * step));
                d ^= Vector128.LoadUnsafe(ref start, i + (3 * step));
            }

            for (; i + step <= length; i += step)
            {
                a ^= Vector128.LoadUnsafe(ref start, i);
            }

            var all = (a ^ b ^ c ^ d).AsUInt64();
            fold = all.GetElement(0) ^ all.GetElement(1);
        }

        for (; i + sizeof(ulong) <= length; i += sizeof(ulong))
        {
            fold ^= Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i));
        }

        for (; i < length; i++)
        {
            fold ^= Unsafe.Add(ref start, i);
        }

        return (int)fold ^ (int)(fold >> 32);
    }

    /// <summary>
    /// Reads every byte of two inputs once, side by side (64 bytes of each in turn, as a solution that
    /// walks both together reads them), and returns a fold of them, as <see cref="Read{T}"/>
    /// does for one. Where one input is longer, the rest of it is read on its own.
    /// </summary>
    /// <remarks>
    /// One input after the other, or in turns of 16 KB, is not the floor of a solution that walks both
    /// together: on a 2-core Xeon with a 260 MB L3, two 2 MB label maps read in 16 KB turns took 1.7× as
    /// long as side by side, and the run-length confusion matrix measured 0.95× the slower floor.
    /// </remarks>
    public static int ReadSideBySide<T>(ReadOnlySpan<T> first, ReadOnlySpan<T> second)
        where T : unmanaged
    {
        var left = MemoryMarshal.AsBytes(first);
        var right = MemoryMarshal.AsBytes(second);
        ref var a = ref MemoryMarshal.GetReference(left);
        ref var b = ref MemoryMarshal.GetReference(right);
        var common = (nuint)Math.Min(left.Length, right.Length);
        nuint i = 0;
        ulong fold = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var (a0, a1, b0, b1) = (Vector256<byte>.Zero, Vector256<byte>.Zero, Vector256<byte>.Zero, Vector256<byte>.Zero);
            var step = (nuint)Vector256<byte>.Count;
            for (; i + (2 * step) <= common; i += 2 * step)
            {
                Prefetch(ref a, i + PrefetchDistance);
                Prefetch(ref b, i + PrefetchDistance);
                a0 ^= Vector256.LoadUnsafe(ref a, i);
                a1 ^= Vector256.LoadUnsafe(ref a, i + step);
                b0 ^= Vector256.LoadUnsafe(ref b, i);
                b1 ^= Vector256.LoadUnsafe(ref b, i + step);
            }

            var all = ((a0 ^ a1).AsUInt64() * 3) ^ (b0 ^ b1).AsUInt64();
            fold = all.GetElement(0) ^ all.GetElement(1) ^ all.GetElement(2) ^ all.GetElement(3);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var (a0, a1, b0, b1) = (Vector128<byte>.Zero, Vector128<byte>.Zero, Vector128<byte>.Zero, Vector128<byte>.Zero);
            var step = (nuint)Vector128<byte>.Count;
            for (; i + (2 * step) <= common; i += 2 * step)
            {
                Prefetch(ref a, i + PrefetchDistance);
                Prefetch(ref b, i + PrefetchDistance);
                a0 ^= Vector128.LoadUnsafe(ref a, i);
                a1 ^= Vector128.LoadUnsafe(ref a, i + step);
                b0 ^= Vector128.LoadUnsafe(ref b, i);
                b1 ^= Vector128.LoadUnsafe(ref b, i + step);
            }

            var all = ((a0 ^ a1).AsUInt64() * 3) ^ (b0 ^ b1).AsUInt64();
            fold = all.GetElement(0) ^ all.GetElement(1);
        }

        // The rest of each: the vector loop's tail, and whatever one input has beyond the other.
        return (int)fold ^ (int)(fold >> 32) ^ (Read<byte>(left[(int)i..]) * 5) ^ (Read<byte>(right[(int)i..]) * 7);
    }

    /// <summary>
    /// Allocates an uninitialised array of <paramref name="outputLength"/> elements and writes it once,
    /// copying it from the start of <paramref name="input"/>, then reads the rest of the input once (one
    /// pass over the input in all). The fold of that rest goes into the last element, so no read can be
    /// optimised away. With <paramref name="outputLength"/> above the input's length, the rest of the
    /// output is filled with the input's last element: a longer output costs its writes, not more reading.
    /// With <paramref name="workers"/> above 1 (the floor of a kata whose solutions share their work
    /// between the cores), the copy and the read of the rest are shared between up to that many threads,
    /// each with at least <see cref="MinimumBytesPerWorker"/> bytes, the output cut on cache lines so that
    /// no two threads write one line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="outputLength"/> is negative, or <paramref name="workers"/> is less than 1.
    /// </exception>
    public static unsafe T[] Output<T>(ReadOnlySpan<T> input, int outputLength, int workers = 1)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(outputLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);

        var output = GC.AllocateUninitializedArray<T>(outputLength);
        var copied = Math.Min(outputLength, input.Length);
        var bytes = (long)copied * Unsafe.SizeOf<T>();
        var parts = Workers(bytes, workers);
        if (parts >= 2)
        {
            fixed (T* source = input)
            fixed (T* destination = output)
            {
                var (from, to, ends) = ((nint)source, (nint)destination, Cuts((byte*)destination, bytes, parts));
                Parallel.For(0, parts, w => Stream(
                    new ReadOnlySpan<byte>((byte*)from + ends[w], (int)(ends[w + 1] - ends[w])),
                    new Span<byte>((byte*)to + ends[w], (int)(ends[w + 1] - ends[w]))));
            }
        }
        else if (bytes >= StreamingThreshold)
        {
            Stream(MemoryMarshal.AsBytes(input[..copied]), MemoryMarshal.AsBytes(output.AsSpan(0, copied)));
        }
        else
        {
            input[..copied].CopyTo(output);
        }

        output.AsSpan(copied).Fill(input.IsEmpty ? default : input[^1]);

        if (copied < input.Length)
        {
            var rest = Read(input[copied..], workers);
            if (outputLength > 0)
            {
                ref var last = ref MemoryMarshal.AsBytes(output.AsSpan(outputLength - 1))[0];
                last ^= (byte)rest;
            }
        }

        return output;
    }

    // How many workers share a pass over this many bytes: at most the workers asked for, each with at
    // least MinimumBytesPerWorker.
    private static int Workers(long bytes, int workers) => (int)Math.Min(workers, bytes / MinimumBytesPerWorker);

    // The parts' ends, in bytes from start: part w is [ends[w], ends[w + 1]), about length / workers bytes,
    // every inner end moved back to the start of the cache line it falls in.
    internal static unsafe long[] Cuts(byte* start, long length, int workers)
    {
        var ends = new long[workers + 1];
        ends[workers] = length;
        for (var w = 1; w < workers; w++)
        {
            var even = length * w / workers;
            ends[w] = even - (long)((nuint)(start + even) % LineBytes);
        }

        return ends;
    }

    // Requests the cache line at origin + offset (x64; .NET has no prefetch for ARM64). A hint only: it
    // never faults, past the end of an array either, and were the array moved meanwhile it would only
    // fetch the wrong line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref byte origin, nuint offset)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0((byte*)Unsafe.AsPointer(ref origin) + offset);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="destination"/> (the same length) a cache line
    /// at a time, each line with the widest accelerated vectors: an unaligned first line, then aligned
    /// streaming stores up to an unaligned last line (the ends overlap rather than take a scalar tail),
    /// then a store fence. The source's lines are requested ahead, as <c>CacheBlockedSimd</c>'s doubling
    /// path requests its input's (a floor takes every shortcut a solution takes; on the 2-core Xeon the
    /// copy of 40 MB took the same 2.3 ms with it and without).
    /// </summary>
    /// <remarks>
    /// A line goes out in one 64-byte streaming store where 512-bit vectors are accelerated, as the
    /// fastest solutions store theirs: on the 2-core AMD EPYC (Zen 5, AVX-512) two 32-byte streaming
    /// stores a line made the copy of 40 MB 3–11% slower than one 64-byte store (n = 10⁷ ints, best and
    /// median of 15 calls in turn, cold and warm), and <c>CacheBlockedSimd</c> at k = 1 536 measured
    /// 0.92–0.96× that slower floor. Reads gain nothing from the wider vectors (with the lines requested
    /// ahead, 40 MB read in 32-byte loads as fast as in 64-byte ones), so <see cref="Read{T}"/> keeps them.
    /// </remarks>
    private static unsafe void Stream(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (!Vector128.IsHardwareAccelerated || source.Length < 2 * LineBytes)
        {
            source.CopyTo(destination);
            return;
        }

        fixed (byte* from = source)
        fixed (byte* to = destination)
        {
            nuint length = (nuint)source.Length;
            CopyLine(from, to, streaming: false);
            var last = from + length - LineBytes;
            for (nuint i = LineBytes - ((nuint)to % LineBytes); i + LineBytes <= length; i += LineBytes)
            {
                Prefetch(ref *from, i + PrefetchDistance);
                CopyLine(from + i, to + i, streaming: true);
            }

            CopyLine(last, to + length - LineBytes, streaming: false);
        }

        // Streaming stores are weakly ordered: make them visible before the array is handed back.
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.StoreFence();
        }
        else
        {
            Interlocked.MemoryBarrier();
        }
    }

    // Copies one line with the widest accelerated vectors: streaming, the destination aligned to the
    // line and written in as few stores as the hardware allows; otherwise ordinary (unaligned) stores.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void CopyLine(byte* from, byte* to, bool streaming)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var line = Vector512.Load(from);
            if (streaming)
            {
                Vector512.StoreAlignedNonTemporal(line, to);
            }
            else
            {
                Vector512.Store(line, to);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (var offset = 0; offset < LineBytes; offset += 32)
            {
                var part = Vector256.Load(from + offset);
                if (streaming)
                {
                    Vector256.StoreAlignedNonTemporal(part, to + offset);
                }
                else
                {
                    Vector256.Store(part, to + offset);
                }
            }
        }
        else
        {
            for (var offset = 0; offset < LineBytes; offset += 16)
            {
                var part = Vector128.Load(from + offset);
                if (streaming)
                {
                    Vector128.StoreAlignedNonTemporal(part, to + offset);
                }
                else
                {
                    Vector128.Store(part, to + offset);
                }
            }
        }
    }
}
