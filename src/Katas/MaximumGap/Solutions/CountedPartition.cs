using System.Runtime.CompilerServices;

namespace Katas.MaximumGap.Solutions;

/// <summary>
/// The two-level partition of <see cref="ParallelPigeonhole"/>: a histogram sizes every block, so that the
/// workers can scatter their parts of the input into one contiguous array, each with cursors of its own.
/// </summary>
/// <remarks>
/// <see cref="CacheBlockedPigeonhole"/>, on one thread, scatters into chunks instead (<see cref="ChunkedPartition"/>),
/// which skips the histogram. On two cores the histogram and the scatter shared between the workers
/// measured faster, 18.4–20.4 ms a cold call at 10⁷ values, than one thread scattering into chunks with the
/// scan shared, 21.8–22.4 ms (two threads scattering into chunks of their own were slower than one).
/// Time O(n): two passes over the input. Space: four counters per block per part, and the n offsets.
/// </remarks>
[SkipLocalsInit]
internal static unsafe class CountedPartition
{
    // Interleaved copies of each histogram counter: a run of values in one block then increments four
    // different counters in turn instead of waiting on one.
    internal const int Lanes = 4;

    /// <summary>
    /// Turns the block counts of <paramref name="chunks"/> parts of the input into their scatter cursors, in
    /// place: block by block, and within a block chunk by chunk, so that every block's values end up
    /// contiguous. Block b's counts are at 4b … 4b + 3 and its cursor goes to index b, already read.
    /// </summary>
    internal static void AssignCursors(uint** counts, int chunks, int blocks)
    {
        // Unsigned: positions go up to n ≤ Array.MaxLength.
        var position = 0u;
        for (var block = 0; block < blocks; block++)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var count = counts[chunk] + (block * Lanes);
                var size = count[0] + count[1] + count[2] + count[3];
                counts[chunk][block] = position;
                position += size;
            }
        }
    }

    /// <summary>
    /// Whether the scatter should expect runs: all but 1/<see cref="CacheBlockedPigeonhole.RunsDivisor"/> of the neighbour pairs
    /// the histogram sampled (<paramref name="repeats"/> of n / 4) fell in one block.
    /// </summary>
    internal static bool ExpectRuns(long repeats, long n) => repeats >= (n / Lanes) - (n / Lanes / CacheBlockedPigeonhole.RunsDivisor);

    /// <summary>Writes each value's offset <c>v − bias</c> at its block's cursor, which it advances.</summary>
    internal static void Partition(uint* values, int n, uint bias, in CacheBlockedPigeonhole.Plan plan, uint* cursors, uint* partition, bool runs)
    {
        if (runs)
        {
            PartitionRuns(values, n, bias, plan.Multiplier, plan.BlockShift, cursors, partition);
        }
        else
        {
            Scatter(values, n, bias, plan.Multiplier, plan.BlockShift, cursors, partition);
        }
    }

    /// <summary>
    /// Counts the values of each block (four interleaved counters per block, at 4b … 4b + 3, which must be
    /// zero), and returns how many of the pairs (values[4k], values[4k + 1]) fall in one block, so that the
    /// scatter knows whether to expect runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static long Histogram(uint* values, int n, uint bias, in CacheBlockedPigeonhole.Plan plan, uint* counts)
    {
        var multiplier = plan.Multiplier;
        var blockShift = plan.BlockShift;
        long repeats = 0;
        var i = 0;
        for (; i <= n - Lanes; i += Lanes)
        {
            var block0 = ((ulong)(values[i] - bias) * multiplier) >> blockShift;
            var block1 = ((ulong)(values[i + 1] - bias) * multiplier) >> blockShift;
            var block2 = ((ulong)(values[i + 2] - bias) * multiplier) >> blockShift;
            var block3 = ((ulong)(values[i + 3] - bias) * multiplier) >> blockShift;
            counts[(block0 * Lanes) + 0]++;
            counts[(block1 * Lanes) + 1]++;
            counts[(block2 * Lanes) + 2]++;
            counts[(block3 * Lanes) + 3]++;

            // A sample, one neighbour pair in four, is enough to tell runs from scatter. (a ^ b) − 1 has
            // its top bit set exactly when a = b (blocks are far below 2⁶³): no branch.
            repeats += (long)(((block1 ^ block0) - 1) >> 63);
        }

        for (; i < n; i++)
        {
            counts[(((ulong)(values[i] - bias) * multiplier) >> blockShift) * Lanes]++;
        }

        return repeats;
    }

    // The scatter, one plain store per value at its block's cursor. The blocks' current lines (306 of
    // them for 10⁷ values, 20 KB) stay in L1 while they fill, so each line goes to memory once, whole.
    // (Gathering the lines in L1 buffers and writing them out around the cache with streaming stores,
    // as this solution once did, paid a mispredicted branch per 16 values: 1.7× slower on a Zen 5.)
    // A value in the same block as the one before waits for that cursor's store, rare unless the input
    // has runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(uint* values, int n, uint bias, uint multiplier, int blockShift, uint* cursors, uint* partition)
    {
        for (var i = 0; i < n; i++)
        {
            var offset = values[i] - bias;
            var block = (nint)(((ulong)offset * multiplier) >> blockShift);
            var cursor = cursors[block];
            partition[cursor] = offset;
            cursors[block] = cursor + 1;
        }
    }

    // As Scatter, for inputs with runs (most values in the same block as the one before): the cursor
    // of the block last written stays in a register, so a run does not wait on its own stores. On
    // values that alternate at random between a few blocks, the branch would mispredict half the time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PartitionRuns(uint* values, int n, uint bias, uint multiplier, int blockShift, uint* cursors, uint* partition)
    {
        nint last = 0;
        var cursor = cursors[0];
        for (var i = 0; i < n; i++)
        {
            var offset = values[i] - bias;
            var block = (nint)(((ulong)offset * multiplier) >> blockShift);
            if (block != last)
            {
                cursors[last] = cursor;
                cursor = cursors[block];
                last = block;
            }

            partition[cursor++] = offset;
        }

        cursors[last] = cursor;
    }
}
