using Katas.MaximumGap.Solutions;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// <see cref="ChunkedPartition"/>, the scatter of <see cref="CacheBlockedPigeonhole"/> into chains of chunks:
/// every block gets exactly its values, whichever scatter loop runs, however many parts scatter into their
/// own regions, and however many segments the pool has
/// (a pool of many small segments here; only an input of more than 5 × 10⁸ values needs a second one of the
/// real size, and <see cref="HugeInputTests"/> has three).
/// </summary>
public sealed unsafe class ChunkedPartitionTests
{
    private const int N = 300_000;

    // Parts of 300 000 / 3 values: their regions do not end on segment boundaries of 2 or 3 chunks.
    public static TheoryData<int, int, bool, bool> SegmentsPartsAndLoops { get; } = new(
        from segmentChunks in new[] { 1, 2, 3, ChunkedPartition.SegmentChunks }
        from parts in new[] { 1, 3 }
        from sorted in new[] { false, true }
        from runs in new[] { false, true }
        select (segmentChunks, parts, sorted, runs));

    [Theory, MemberData(nameof(SegmentsPartsAndLoops))]
    public void EveryBlockHoldsExactlyItsValues(int segmentChunks, int parts, bool sorted, bool runs)
    {
        var random = new Random(segmentChunks);
        var nums = Enumerable.Range(0, N).Select(_ => random.Next()).ToArray();
        if (sorted)
        {
            Array.Sort(nums);
        }

        var (min, max) = (nums.Min(), nums.Max());
        var plan = CacheBlockedPigeonhole.Plan.Of(N, min, max, trace: null);
        var bias = (uint)min;
        var expected = nums.GroupBy(v => (int)(((ulong)((uint)v - bias) * plan.Multiplier) >> plan.BlockShift))
            .ToDictionary(g => g.Key, g => g.Select(v => (uint)v - bias).Order().ToList());
        using var partition = new ChunkedPartition(N, plan.Blocks, parts, segmentChunks);

        fixed (int* values = nums)
        {
            // In reverse, so that no part relies on the one before having run.
            for (var part = parts - 1; part >= 0; part--)
            {
                partition.Scatter(part, (uint*)values, bias, plan.Multiplier, plan.BlockShift, runs);
            }
        }

        plan.Blocks.Should().BeGreaterThan(8, "several blocks, each of several chunks");
        var chunksInAll = Enumerable.Range(0, parts).Sum(part => ((partition.Start(part + 1) - partition.Start(part)) / ChunkedPartition.ChunkValues) + plan.Blocks);
        partition.Segments.Should().Be((int)((chunksInAll + segmentChunks - 1) / segmentChunks));
        for (var block = 0; block < plan.Blocks; block++)
        {
            var found = new List<uint>();
            var chunks = 0;
            for (var chunk = partition.ChunksOf(block); chunk.MoveNext(); chunks++)
            {
                found.AddRange(new ReadOnlySpan<uint>(chunk.Values, chunk.Count).ToArray());
            }

            var values = expected.GetValueOrDefault(block, []);
            found.Order().Should().Equal(values, "block {0} holds its values and no others", block);
            partition.Count(block).Should().Be(values.Count);
            if (parts == 1)
            {
                chunks.Should().Be((values.Count / ChunkedPartition.ChunkValues) + 1, "a chunk per 4 094 values, and the current one");
            }
            else
            {
                // Each part has its values' full chunks and a current one; the parts' full chunks are as many
                // as the block's whole count would fill, or up to parts − 1 fewer.
                chunks.Should().BeInRange((values.Count / ChunkedPartition.ChunkValues) + 1, (values.Count / ChunkedPartition.ChunkValues) + parts, "each part's chunks of the block, full but its current one");
            }
        }
    }
}
