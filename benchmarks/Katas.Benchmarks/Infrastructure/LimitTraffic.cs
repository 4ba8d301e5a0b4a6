using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// The building blocks of every kata's <c>Limit</c>: the memory traffic that no correct solution can avoid,
/// and nothing more. <see cref="Read{T}"/> reads an input once, in one sequential vectorised pass;
/// <see cref="Output{T}"/> allocates an output the way the fastest solutions do (uninitialised, no zeroing)
/// and writes it once, reading the whole input once on the way.
/// </summary>
/// <remarks>
/// A <c>Limit</c> built from these is a floor: a solution measured below it (the report warns under
/// 0.9×) means the <c>Limit</c> does work a solution may skip. The copy is the runtime's
/// <see cref="Span{T}.CopyTo(Span{T})"/>, which streams large outputs with non-temporal stores where the
/// platform's <c>memmove</c> does: a solution can do the same, so the floor counts no read-for-ownership
/// of the output.
/// </remarks>
public static class LimitTraffic
{
    /// <summary>
    /// Reads every byte of <paramref name="values"/> once, with the widest accelerated vectors (four
    /// independent accumulators, so that loads, not the fold, set the pace), and returns a fold of them
    /// that the caller returns, so that no read can be optimised away.
    /// </summary>
    public static int Read<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
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
    /// Allocates an uninitialised array of <paramref name="outputLength"/> elements and writes it once,
    /// copying it from the start of <paramref name="input"/>, then reads the rest of the input once (one
    /// pass over the input in all). The fold of that rest goes into the last element, so no read can be
    /// optimised away. With <paramref name="outputLength"/> above the input's length, the rest of the
    /// output is filled with the input's last element: a longer output costs its writes, not more reading.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outputLength"/> is negative.</exception>
    public static T[] Output<T>(ReadOnlySpan<T> input, int outputLength)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(outputLength);

        var output = GC.AllocateUninitializedArray<T>(outputLength);
        var copied = Math.Min(outputLength, input.Length);
        input[..copied].CopyTo(output);
        output.AsSpan(copied).Fill(input.IsEmpty ? default : input[^1]);

        if (copied < input.Length)
        {
            var rest = Read(input[copied..]);
            if (outputLength > 0)
            {
                ref var last = ref MemoryMarshal.AsBytes(output.AsSpan(outputLength - 1))[0];
                last ^= (byte)rest;
            }
        }

        return output;
    }
}
