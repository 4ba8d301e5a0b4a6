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
/// 7 ms of 40 at 10⁷ values on a Zen 5. The same scatter loop into sized blocks laid end to end also took
/// 17 ms where the one into chunks takes 11–12 (measured cold, one call after a full collection, 10⁷ values
/// uniform over the int range; why, I did not establish). Per value the chunked scatter pays one more
/// load, the end of the block's chunk, from L1.
/// </para>
/// <para>
/// Chunks are 16 KB: the scan walks each block's chain of chunks, and each chunk starts with a miss that
/// the hardware prefetchers have not seen coming. With 4 KB chunks the scan took 14 ms against 10 over
/// contiguous blocks; with 16 KB, 11 (prefetch hints for the next chunk did not help).
/// </para>
/// <para>
/// The values may be scattered in parts, each by its own thread into its own region of the pool
/// (<see cref="ParallelPigeonhole"/>'s workers), nothing shared while they write: on the 2-core VM where
/// this was measured, 6.9–8.4 ms for two workers against 12–13.6 for one.
/// </para>
/// <para>
/// Space: the n values, each chunk's link (two slots of <see cref="ChunkSlots"/>), and up to one chunk per
/// block per part that is not full: at most <c>n · 4096 / 4094 + parts · blocks · 4096</c> slots, about
/// <c>(1 + parts / 8) n</c> for inputs whose buckets fill the blocks (one block per 2¹⁵ values). The slots
/// are allocated, not pooled, and not zeroed: every slot read back was written first. They come in segments of at most
/// <see cref="SegmentChunks"/> chunks (2 GB), so that more slots than an array holds still fit.
/// </para>
/// </remarks>
internal sealed unsafe class ChunkedPartition : IDisposable
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
    private readonly GCHandle[] _pins;
    private readonly long _n;

    // Per part and block (index part · blocks + block): the next free slot of the block's current chunk,
    // that chunk's end, and how many full chunks came before it. Per part: the next chunk of its region.
    private readonly uint*[] _cursors;
    private readonly uint*[] _ends;
    private readonly uint[] _fullChunks;
    private readonly long[] _taken;
    private readonly long[] _regionEnds;

    /// <summary>
    /// Allocates the pool for <paramref name="n"/> values in <paramref name="blocks"/> blocks, scattered in
    /// <paramref name="parts"/> parts, each by one thread into a region of the pool of its own.
    /// </summary>
    /// <param name="n">The number of values.</param>
    /// <param name="blocks">The number of blocks.</param>
    /// <param name="parts">The number of parts: part p is values [<see cref="Start"/>(p), <see cref="Start"/>(p + 1)).</param>
    /// <param name="segmentChunks">Chunks per segment: <see cref="SegmentChunks"/> but in tests of the segments.</param>
    public ChunkedPartition(long n, int blocks, int parts = 1, int segmentChunks = SegmentChunks)
    {
        _n = n;
        _blocks = blocks;
        Parts = parts;
        _segmentChunks = segmentChunks;

        // One allocation for every part, so that a call takes the same memory, and reuses it, whatever the
        // number of parts (measured: two partitions of 25 MB after a collection came as fresh pages, 80 ms
        // a call instead of 20). In a part's region, a block takes a chunk when its current one fills, which
        // ChunkValues of the part's values do at most values / ChunkValues times, and each block has one
        // chunk to begin with.
        _taken = new long[parts];
        _regionEnds = new long[parts];
        long chunks = 0;
        for (var part = 0; part < parts; part++)
        {
            _taken[part] = chunks;
            chunks += ((Start(part + 1) - Start(part)) / ChunkValues) + blocks;
            _regionEnds[part] = chunks;
        }

        var segments = (int)((chunks + segmentChunks - 1) / segmentChunks);
        _segments = new uint[segments][];
        _segmentStarts = new uint*[segments];
        _pins = new GCHandle[segments];
        try
        {
            for (var segment = 0; segment < segments; segment++)
            {
                var size = (int)Math.Min(segmentChunks, chunks - ((long)segment * segmentChunks)) * ChunkSlots;

                // Pinned until disposed, since the chunks hold each other's addresses. On the large object
                // heap, not the pinned one: there the memory of the last call's partition is taken again,
                // where a pinned array of a different size from the last took fresh pages.
                _segments[segment] = GC.AllocateUninitializedArray<uint>(size);
                _pins[segment] = GCHandle.Alloc(_segments[segment], GCHandleType.Pinned);
                _segmentStarts[segment] = (uint*)_pins[segment].AddrOfPinnedObject();
            }
        }
        catch
        {
            // Out of memory for a later segment: the earlier ones must not stay pinned for ever.
            Dispose();
            throw;
        }

        _cursors = new uint*[parts * blocks];
        _ends = new uint*[parts * blocks];
        _fullChunks = new uint[parts * blocks];
    }

    /// <summary>Unpins the segments; a second call does nothing.</summary>
    public void Dispose()
    {
        // By index, not foreach: freeing a copy of a handle would leave the array's copy looking
        // allocated, and a second Dispose would free it again.
        for (var segment = 0; segment < _pins.Length; segment++)
        {
            if (_pins[segment].IsAllocated)
            {
                _pins[segment].Free();
            }
        }
    }

    /// <summary>Gets the number of parts.</summary>
    public int Parts { get; }

    /// <summary>Gets the number of segments of the pool.</summary>
    public int Segments => _segments.Length;

    /// <summary>Where part <paramref name="part"/> of the values starts (and part − 1 ends).</summary>
    public long Start(int part) => _n * part / Parts;

    /// <summary>
    /// Scatters the offsets <c>v − bias</c> of part <paramref name="part"/> of the values into their
    /// blocks; called once per part, parts on different threads at once if need be.
    /// </summary>
    /// <param name="part">The part, from 0 to <see cref="Parts"/> − 1.</param>
    /// <param name="values">All the values (the part's are read).</param>
    /// <param name="bias">Their minimum.</param>
    /// <param name="multiplier">The bucket multiplier of the plan.</param>
    /// <param name="blockShift">The shift that takes an offset to its block.</param>
    /// <param name="runs">Whether most values fall in the same block as the one before.</param>
    public void Scatter(int part, uint* values, uint bias, uint multiplier, int blockShift, bool runs)
    {
        fixed (uint** cursors = &_cursors[part * _blocks])
        fixed (uint** ends = &_ends[part * _blocks])
        fixed (uint* fullChunks = &_fullChunks[part * _blocks])
        fixed (long* taken = &_taken[part])
        {
            for (var block = 0; block < _blocks; block++)
            {
                var chunk = Take(taken);
                *(uint**)chunk = null;
                cursors[block] = chunk + LinkSlots;
                ends[block] = chunk + ChunkSlots;
                fullChunks[block] = 0;
            }

            var start = Start(part);
            var n = (int)(Start(part + 1) - start);
            if (runs)
            {
                ScatterRuns(values + start, n, bias, multiplier, blockShift, cursors, ends, fullChunks, taken);
            }
            else
            {
                ScatterEach(values + start, n, bias, multiplier, blockShift, cursors, ends, fullChunks, taken);
            }

            Debug.Assert(*taken <= _regionEnds[part], "A part takes no chunk of the next part's region.");
        }
    }

    /// <summary>The number of values in <paramref name="block"/>, over every part: valid once the scatter is done.</summary>
    public long Count(int block)
    {
        long count = 0;
        for (var at = block; at < _cursors.Length; at += _blocks)
        {
            count += ((long)_fullChunks[at] * ChunkValues) + (_cursors[at] - (_ends[at] - ChunkSlots + LinkSlots));
        }

        return count;
    }

    /// <summary>The chunks of <paramref name="block"/>, each as its values and their count: the current one, then the full ones.</summary>
    public Chunks ChunksOf(int block) => new(this, block);

    // One plain store per value at its block's cursor, as in a scatter into blocks sized in advance. A
    // full chunk (one value in 4 094) leaves the inner loop, which has no call in it: with the call to
    // Next inside, the loop kept its values in memory and took 20 ms instead of 12.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScatterEach(uint* values, int n, uint bias, uint multiplier, int blockShift, uint** cursors, uint** ends, uint* fullChunks, long* taken)
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
                cursors[full] = Next(cursors[full], ends + full, fullChunks + full, taken);
            }
        }
    }

    // For inputs with runs: the cursor and chunk end of the block last written stay in registers, so a
    // run does not wait on its own stores. On values that alternate at random between a few blocks, the
    // branch would mispredict half the time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScatterRuns(uint* values, int n, uint bias, uint multiplier, int blockShift, uint** cursors, uint** ends, uint* fullChunks, long* taken)
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

            cursors[last] = full ? Next(cursor, ends + last, fullChunks + last, taken) : cursor;
        }
    }

    // The block's chunk ending at `full` is full: a new chunk, linked to it, becomes the block's current one.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint* Next(uint* full, uint** end, uint* fullChunks, long* taken)
    {
        var chunk = Take(taken);
        *(uint**)chunk = full - ChunkSlots;
        *end = chunk + ChunkSlots;
        ++*fullChunks;
        return chunk + LinkSlots;
    }

    // The next chunk of a part's region of the pool.
    private uint* Take(long* taken)
    {
        // Each part takes at most blocks + its values / ChunkValues chunks, the size of its region (Scatter
        // asserts it once the part is done).
        Debug.Assert(*taken < (long)_segments.Length * _segmentChunks, "The pool holds every chunk the scatter can take.");
        var chunk = (*taken)++;
        return _segmentStarts[chunk / _segmentChunks] + (chunk % _segmentChunks * ChunkSlots);
    }

    /// <summary>The chunks of one block over every part: each part's current chunk, then the chain of full ones before it.</summary>
    internal struct Chunks
    {
        private readonly ChunkedPartition _partition;
        private int _at;
        private uint* _chunk;

        internal Chunks(ChunkedPartition partition, int block)
        {
            _partition = partition;
            _at = block - partition._blocks;
        }

        /// <summary>Gets the values of the current chunk.</summary>
        public uint* Values { get; private set; }

        /// <summary>Gets how many values the current chunk holds.</summary>
        public int Count { get; private set; }

        /// <summary>Moves to the next chunk of the block; false when there are no more.</summary>
        public bool MoveNext()
        {
            if (_chunk is not null)
            {
                // The previous chunk of the part's chain: always full.
                _chunk = *(uint**)_chunk;
                if (_chunk is not null)
                {
                    Values = _chunk + LinkSlots;
                    Count = ChunkValues;
                    return true;
                }
            }

            _at += _partition._blocks;
            if (_at >= _partition._cursors.Length)
            {
                return false;
            }

            // The next part's current chunk, full up to its cursor.
            _chunk = _partition._ends[_at] - ChunkSlots;
            Values = _chunk + LinkSlots;
            Count = (int)(_partition._cursors[_at] - Values);
            return true;
        }
    }
}
