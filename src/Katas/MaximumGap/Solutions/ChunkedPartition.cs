using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Katas.MaximumGap.Solutions;

/// <summary>
/// The scatter of the two-level partition into blocks, with no histogram pass to size them first: each
/// block's values go into chunks of <see cref="ChunkSlots"/> slots taken from a pool as they fill, each
/// chunk linked to the block's previous one.
/// </summary>
/// <remarks>
/// <para>
/// Sizing each block exactly takes a histogram: one more read of the input and an increment per value,
/// 7 ms of 40 at 10⁷ values on a Zen 5. Blocks laid end to end also start their cursors at nearly the same
/// address modulo 4 KB when they are of about equal size, so that the lines they fill compete for the same
/// L1 sets: the scatter into them took 17 ms where the one into chunks takes 11 (measured cold, one call
/// after a full collection, 10⁷ values uniform over the int range). Per value the chunked scatter pays one
/// more load, the end of the block's chunk, from L1.
/// </para>
/// <para>
/// Chunks are 16 KB: the scan walks each block's chain of chunks, and each chunk starts with a miss that
/// the hardware prefetchers have not seen coming. With 4 KB chunks the scan took 14 ms against 10 over
/// contiguous blocks; with 16 KB, 11 (prefetch hints for the next chunk did not help).
/// </para>
/// <para>
/// This is <see cref="CacheBlockedPigeonhole"/>'s partition, on one thread. <see cref="ParallelPigeonhole"/>
/// keeps the histogram (<see cref="CountedPartition"/>): on the 2-core VM where this was measured, two threads
/// scattering halves of the input into chunks of their own took 14–17 ms against 12–13 for one, while the
/// histogram and the scatter into sized blocks, shared, did better than either.
/// </para>
/// <para>
/// Space: the n values, each chunk's link (two slots of <see cref="ChunkSlots"/>), and up to one chunk per
/// block that is not full: at most <c>n · 4096 / 4094 + blocks · 4096</c> slots, about <c>1.13 n</c> for
/// inputs whose buckets fill the blocks (one block per 2¹⁵ values). The slots are allocated, not pooled,
/// and not zeroed: every slot read back was written first. They come in segments of at most
/// <see cref="SegmentChunks"/> chunks (2 GB), so that more slots than an array holds still fit.
/// </para>
/// </remarks>
internal sealed unsafe class ChunkedPartition
{
    /// <summary>Slots per chunk: 4 096 (16 KB), the first <see cref="LinkSlots"/> holding the link.</summary>
    internal const int ChunkSlots = 1 << 12;

    /// <summary>Values per chunk.</summary>
    internal const int ChunkValues = ChunkSlots - LinkSlots;

    /// <summary>Chunks per segment of the pool: 2²⁹ slots, 2 GB, fewer than an array holds.</summary>
    internal const int SegmentChunks = 1 << 17;

    // The address of the block's previous chunk, in the first two slots of each chunk (8 bytes, a pointer
    // on every 64-bit processor; on 32-bit ones the second slot is unused).
    private const int LinkSlots = 2;

    private readonly int _blocks;
    private readonly int _segmentChunks;
    private readonly uint[][] _segments;
    private readonly uint*[] _segmentStarts;

    // Per block: the next free slot of its current chunk, that chunk's end, and how many full chunks came before it.
    private readonly uint*[] _cursors;
    private readonly uint*[] _ends;
    private readonly uint[] _fullChunks;
    private long _taken;

    /// <summary>Allocates the pool for <paramref name="n"/> values in <paramref name="blocks"/> blocks.</summary>
    /// <param name="n">The number of values.</param>
    /// <param name="blocks">The number of blocks.</param>
    /// <param name="segmentChunks">Chunks per segment: <see cref="SegmentChunks"/> but in tests of the segments.</param>
    public ChunkedPartition(long n, int blocks, int segmentChunks = SegmentChunks)
    {
        _blocks = blocks;
        _segmentChunks = segmentChunks;

        // A block takes a chunk when its current one fills, which ChunkValues of the n values do at most
        // n / ChunkValues times, and each block has one to begin with.
        var chunks = (n / ChunkValues) + blocks;
        var segments = (int)((chunks + segmentChunks - 1) / segmentChunks);
        _segments = new uint[segments][];
        _segmentStarts = new uint*[segments];
        for (var segment = 0; segment < segments; segment++)
        {
            var size = (int)Math.Min(segmentChunks, chunks - ((long)segment * segmentChunks)) * ChunkSlots;

            // Pinned (on the pinned object heap), since the chunks hold each other's addresses.
            _segments[segment] = GC.AllocateUninitializedArray<uint>(size, pinned: true);
            _segmentStarts[segment] = (uint*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_segments[segment]));
        }

        _cursors = new uint*[blocks];
        _ends = new uint*[blocks];
        _fullChunks = new uint[blocks];
    }

    /// <summary>Gets the number of segments of the pool.</summary>
    public int Segments => _segments.Length;

    /// <summary>Scatters the offsets <c>v − bias</c> of <paramref name="n"/> values into their blocks; called once.</summary>
    /// <param name="values">The values.</param>
    /// <param name="n">How many.</param>
    /// <param name="bias">Their minimum.</param>
    /// <param name="multiplier">The bucket multiplier of the plan.</param>
    /// <param name="blockShift">The shift that takes an offset to its block.</param>
    /// <param name="runs">Whether most values fall in the same block as the one before.</param>
    public void Scatter(uint* values, int n, uint bias, uint multiplier, int blockShift, bool runs)
    {
        fixed (uint** cursors = _cursors)
        fixed (uint** ends = _ends)
        fixed (uint* fullChunks = _fullChunks)
        {
            for (var block = 0; block < _blocks; block++)
            {
                var chunk = Take();
                *(uint**)chunk = null;
                cursors[block] = chunk + LinkSlots;
                ends[block] = chunk + ChunkSlots;
                fullChunks[block] = 0;
            }

            if (runs)
            {
                ScatterRuns(values, n, bias, multiplier, blockShift, cursors, ends, fullChunks);
            }
            else
            {
                ScatterEach(values, n, bias, multiplier, blockShift, cursors, ends, fullChunks);
            }
        }
    }

    /// <summary>The number of values in <paramref name="block"/>: valid once the scatter is done.</summary>
    public long Count(int block) =>
        ((long)_fullChunks[block] * ChunkValues) + (_cursors[block] - (_ends[block] - ChunkSlots + LinkSlots));

    /// <summary>The chunks of <paramref name="block"/>, each as its values and their count: the current one, then the full ones.</summary>
    public Chunks ChunksOf(int block) => new(this, block);

    // One plain store per value at its block's cursor, as in a scatter into blocks sized in advance. A
    // full chunk (one value in 4 094) leaves the inner loop, which has no call in it: with the call to
    // Next inside, the loop kept its values in memory and took 20 ms instead of 12.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScatterEach(uint* values, int n, uint bias, uint multiplier, int blockShift, uint** cursors, uint** ends, uint* fullChunks)
    {
        for (var i = 0; i < n;)
        {
            nint full = -1;
            while (i < n)
            {
                var offset = values[i++] - bias;
                var block = (nint)(((ulong)offset * multiplier) >> blockShift);
                var cursor = cursors[block];
                *cursor++ = offset;
                cursors[block] = cursor;
                if (cursor == ends[block])
                {
                    full = block;
                    break;
                }
            }

            if (full >= 0)
            {
                cursors[full] = Next(cursors[full], ends + full, fullChunks + full);
            }
        }
    }

    // For inputs with runs: the cursor and chunk end of the block last written stay in registers, so a
    // run does not wait on its own stores. On values that alternate at random between a few blocks, the
    // branch would mispredict half the time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScatterRuns(uint* values, int n, uint bias, uint multiplier, int blockShift, uint** cursors, uint** ends, uint* fullChunks)
    {
        nint last = 0;
        for (var i = 0; i < n;)
        {
            var cursor = cursors[last];
            var end = ends[last];
            var full = false;
            while (i < n)
            {
                var offset = values[i++] - bias;
                var block = (nint)(((ulong)offset * multiplier) >> blockShift);
                if (block != last)
                {
                    cursors[last] = cursor;
                    cursor = cursors[block];
                    end = ends[block];
                    last = block;
                }

                *cursor++ = offset;
                if (cursor == end)
                {
                    full = true;
                    break;
                }
            }

            cursors[last] = full ? Next(cursor, ends + last, fullChunks + last) : cursor;
        }
    }

    // The block's chunk ending at `full` is full: a new chunk, linked to it, becomes the block's current one.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint* Next(uint* full, uint** end, uint* fullChunks)
    {
        var chunk = Take();
        *(uint**)chunk = full - ChunkSlots;
        *end = chunk + ChunkSlots;
        ++*fullChunks;
        return chunk + LinkSlots;
    }

    // The next chunk of the pool.
    private uint* Take()
    {
        // The scatter takes at most blocks + n / ChunkValues chunks, the pool's size.
        Debug.Assert(_taken < (long)_segments.Length * _segmentChunks, "The pool holds every chunk the scatter can take.");
        var chunk = _taken++;
        return _segmentStarts[chunk / _segmentChunks] + (chunk % _segmentChunks * ChunkSlots);
    }

    /// <summary>The chunks of one block: its current chunk, then the chain of full ones before it.</summary>
    internal struct Chunks
    {
        private readonly ChunkedPartition _partition;
        private readonly int _block;
        private uint* _chunk;

        internal Chunks(ChunkedPartition partition, int block)
        {
            _partition = partition;
            _block = block;
        }

        /// <summary>Gets the values of the current chunk.</summary>
        public uint* Values { get; private set; }

        /// <summary>Gets how many values the current chunk holds.</summary>
        public int Count { get; private set; }

        /// <summary>Moves to the next chunk of the block; false when there are no more.</summary>
        public bool MoveNext()
        {
            if (_chunk is null)
            {
                // The block's current chunk, full up to its cursor.
                _chunk = _partition._ends[_block] - ChunkSlots;
                Values = _chunk + LinkSlots;
                Count = (int)(_partition._cursors[_block] - Values);
                return true;
            }

            // The previous chunk of the chain: always full.
            _chunk = *(uint**)_chunk;
            Values = _chunk + LinkSlots;
            Count = ChunkValues;
            return _chunk is not null;
        }
    }
}
