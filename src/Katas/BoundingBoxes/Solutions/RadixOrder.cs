namespace Katas.BoundingBoxes.Solutions;

/// <summary>Stable LSD radix sorts of indices: by decreasing score, and by class.</summary>
/// <remarks>
/// Three passes of 11 bits over 32-bit keys, a pass skipped when every key has the same digit there (scores in
/// [0, 1) share their top bits; class numbers below 2¹¹ need one pass). Stable, so equal keys keep the
/// order they came in: equal scores stay by increasing index. Time O(n), extra space O(n).
/// </remarks>
internal static class RadixOrder
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;

    /// <summary>The indices 0..n−1 by decreasing score, equal scores by increasing index (−0 and +0 are equal).</summary>
    public static int[] ByDecreasingScore(ReadOnlySpan<float> scores)
    {
        var keys = GC.AllocateUninitializedArray<uint>(scores.Length);
        var order = GC.AllocateUninitializedArray<int>(scores.Length);
        for (var i = 0; i < scores.Length; i++)
        {
            // A float's bits, flipped so that unsigned order is float order, then complemented for decreasing.
            var bits = scores[i] == 0 ? 0u : BitConverter.SingleToUInt32Bits(scores[i]);
            keys[i] = ~((bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u);
            order[i] = i;
        }

        Sort(keys, order);
        return order;
    }

    /// <summary>
    /// Reorders <paramref name="order"/> by class, stably (so each class keeps the order it had), and
    /// returns where each class's run starts, with <c>order.Length</c> last.
    /// </summary>
    public static int[] GroupByClass(int[] order, ReadOnlySpan<int> classes)
    {
        var keys = GC.AllocateUninitializedArray<uint>(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = (uint)classes[order[i]] ^ 0x8000_0000u;
        }

        Sort(keys, order);
        var starts = new List<int> { 0 };
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[i - 1])
            {
                starts.Add(i);
            }
        }

        starts.Add(order.Length);
        return starts.ToArray();
    }

    // Sorts items by keys (both reordered), stably.
    private static void Sort(uint[] keys, int[] items)
    {
        var n = keys.Length;
        if (n < 2)
        {
            return;
        }

        var (keyBuffer, itemBuffer) = (GC.AllocateUninitializedArray<uint>(n), GC.AllocateUninitializedArray<int>(n));
        var counts = new int[Radix];
        var (sourceKeys, sourceItems, targetKeys, targetItems) = (keys, items, keyBuffer, itemBuffer);
        for (var shift = 0; shift < 32; shift += DigitBits)
        {
            Array.Clear(counts);
            foreach (var key in sourceKeys)
            {
                counts[(int)((key >> shift) & (Radix - 1))]++;
            }

            if (counts[(int)((sourceKeys[0] >> shift) & (Radix - 1))] == n)
            {
                continue; // every key has this digit: the pass would not move anything
            }

            var total = 0;
            for (var d = 0; d < Radix; d++)
            {
                (counts[d], total) = (total, total + counts[d]);
            }

            for (var i = 0; i < n; i++)
            {
                var position = counts[(int)((sourceKeys[i] >> shift) & (Radix - 1))]++;
                targetKeys[position] = sourceKeys[i];
                targetItems[position] = sourceItems[i];
            }

            (sourceKeys, sourceItems, targetKeys, targetItems) = (targetKeys, targetItems, sourceKeys, sourceItems);
        }

        if (!ReferenceEquals(sourceKeys, keys))
        {
            sourceKeys.CopyTo(keys, 0);
            sourceItems.CopyTo(items, 0);
        }
    }
}
