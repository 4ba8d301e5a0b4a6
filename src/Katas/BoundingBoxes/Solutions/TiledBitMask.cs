using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// The GPU kernels' shape on a CPU: the boxes in score order in blocks of 64; "IoU &gt; threshold" computed
/// for 64×64 tiles as one 64-bit mask per row, vectorised; then a sweep over the masks.
/// </summary>
/// <remarks>
/// <para>
/// A bit set of removed boxes has one word per block. For each block in order: its diagonal tile is swept
/// bit by bit (a box not yet removed is kept, and removes the later boxes of the block its mask row names);
/// then the rows of the boxes just kept are masked against every later block, and each later block's word
/// ORs in their masks — a tile whose block is already fully removed is skipped. Unlike torchvision's CUDA
/// kernel, masks are computed only for kept rows, so the masks take one word per 64 boxes rather than N²/64. Each
/// 64-column row mask is sixteen <see cref="Vector256{T}"/> evaluations of four doubles, the exact
/// operations of the shared scalar decision (<c>BoxMath.IouExceeds</c>), so the decisions agree with the
/// other solutions bit for bit. No branch per pair: on clustered boxes it does about the work of
/// <see cref="SortedGreedy"/> without its mispredictions.
/// </para>
/// <para>Time O(N log N + N·K/v) for K kept boxes and v lanes, O(N²) at worst; extra space O(N).</para>
/// </remarks>
public sealed class TiledBitMask : INonMaximumSuppression
{
    private const int Tile = 64;

    /// <inheritdoc/>
    public int[] Suppress(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, float iouThreshold)
    {
        BoxGuard.CheckSuppress(boxes, scores, iouThreshold);

        return NmsDriver.Run(boxes, RadixOrder.ByDecreasingScore(scores), [], iouThreshold, perClass: false, SuppressGroup);
    }

    /// <inheritdoc/>
    public int[] SuppressPerClass(ReadOnlySpan<Box> boxes, ReadOnlySpan<float> scores, ReadOnlySpan<int> classes, float iouThreshold)
    {
        BoxGuard.CheckSuppressPerClass(boxes, scores, classes, iouThreshold);

        return NmsDriver.Run(boxes, RadixOrder.ByDecreasingScore(scores), classes, iouThreshold, perClass: true, SuppressGroup);
    }

    private static void SuppressGroup(ReadOnlySpan<Box> boxes, ReadOnlySpan<int> group, double threshold, Span<bool> kept)
    {
        var blocks = (group.Length + Tile - 1) / Tile;
        var columns = new Columns(boxes, group, blocks * Tile);
        var removed = new ulong[blocks];
        if (group.Length % Tile != 0)
        {
            removed[^1] = ~0UL << (group.Length % Tile); // the padding is never kept
        }

        Span<int> keptRows = stackalloc int[Tile];
        for (var block = 0; block < blocks; block++)
        {
            var alive = ~removed[block];
            var keptCount = 0;
            while (alive != 0)
            {
                var bit = BitOperations.TrailingZeroCount(alive);
                var row = (block * Tile) + bit;
                kept[group[row]] = true;
                keptRows[keptCount++] = row;
                alive &= ~(RowMask(columns, row, block, threshold) | (1UL << bit) | ((1UL << bit) - 1));
            }

            removed[block] = ~0UL;
            for (var later = block + 1; later < blocks; later++)
            {
                if (removed[later] == ~0UL)
                {
                    continue;
                }

                var mask = 0UL;
                foreach (var row in keptRows[..keptCount])
                {
                    mask |= RowMask(columns, row, later, threshold);
                }

                removed[later] |= mask;
            }
        }
    }

    // Bit c: IoU(row, block·64 + c) > threshold, the decision of BoxMath.IouExceeds.
    private static ulong RowMask(in Columns columns, int row, int block, double threshold)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return ScalarRowMask(columns, row, block, threshold);
        }

        var x1 = Vector256.Create(columns.X1[row]);
        var y1 = Vector256.Create(columns.Y1[row]);
        var x2 = Vector256.Create(columns.X2[row]);
        var y2 = Vector256.Create(columns.Y2[row]);
        var area = Vector256.Create(columns.Area[row]);
        var limit = Vector256.Create(threshold);
        var mask = 0UL;
        for (var lane = 0; lane < Tile; lane += Vector256<double>.Count)
        {
            var index = (nuint)((block * Tile) + lane);
            var width = Vector256.MinNative(x2, Load(columns.X2, index)) - Vector256.MaxNative(x1, Load(columns.X1, index));
            var height = Vector256.MinNative(y2, Load(columns.Y2, index)) - Vector256.MaxNative(y1, Load(columns.Y1, index));
            var intersection = Vector256.MaxNative(width, Vector256<double>.Zero) * Vector256.MaxNative(height, Vector256<double>.Zero);
            var exceeds = Vector256.GreaterThan(intersection, limit * ((area + Load(columns.Area, index)) - intersection));
            mask |= (ulong)exceeds.ExtractMostSignificantBits() << lane;
        }

        return mask;
    }

    private static ulong ScalarRowMask(in Columns columns, int row, int block, double threshold)
    {
        var mask = 0UL;
        var a = columns.BoxAt(row);
        for (var lane = 0; lane < Tile; lane++)
        {
            var column = (block * Tile) + lane;
            if (BoxMath.IouExceeds(a, columns.Area[row], columns.BoxAt(column), columns.Area[column], threshold))
            {
                mask |= 1UL << lane;
            }
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(double[] values, nuint index) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(values), index);

    /// <summary>The group's boxes in score order, one array per coordinate, padded to whole tiles with empty boxes.</summary>
    private readonly struct Columns
    {
        public Columns(ReadOnlySpan<Box> boxes, ReadOnlySpan<int> group, int length)
        {
            (X1, Y1, X2, Y2, Area) = (new double[length], new double[length], new double[length], new double[length], new double[length]);
            for (var k = 0; k < group.Length; k++)
            {
                var box = boxes[group[k]];
                (X1[k], Y1[k], X2[k], Y2[k]) = (box.X1, box.Y1, box.X2, box.Y2);
                Area[k] = BoxMath.Area(box);
            }
        }

        public double[] X1 { get; }

        public double[] Y1 { get; }

        public double[] X2 { get; }

        public double[] Y2 { get; }

        public double[] Area { get; }

        public Box BoxAt(int k) => new((float)X1[k], (float)Y1[k], (float)X2[k], (float)Y2[k]);
    }
}
