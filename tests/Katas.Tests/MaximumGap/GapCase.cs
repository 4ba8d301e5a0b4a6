using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>An input: any array of <see cref="int"/> is valid, empty and single-element ones included.</summary>
public sealed record GapCase(int[] Nums)
{
    // How far a clustered value lies from its centre at most.
    private static readonly int[] Spreads = [0, 1, 10, 1_000];

    /// <summary>Values within a window of 0 to 16 placed anywhere in the int range: duplicates everywhere, often all equal.</summary>
    public static Arbitrary<GapCase> SmallRanges { get; } = From(SmallRangeArrays());

    /// <summary>Values anywhere in the int range, the extremes and their neighbours over-represented.</summary>
    public static Arbitrary<GapCase> FullRange { get; } = From(Generators.SizedArrayOf(Generators.FullRange));

    /// <summary>Values packed around one to three centres anywhere in the range (so often at its ends): large gaps between clusters, small ones inside.</summary>
    public static Arbitrary<GapCase> Clusters { get; } = From(ClusteredArrays(Gen.Sized(size => Gen.Choose(0, size))));

    /// <summary>Any of the three shapes above.</summary>
    public static Arbitrary<GapCase> Any { get; } =
        From(Gen.OneOf(SmallRangeArrays(), Generators.SizedArrayOf(Generators.FullRange), ClusteredArrays(Gen.Sized(size => Gen.Choose(0, size)))));

    /// <summary>
    /// 20 000 to 400 000 values, full range, clustered, dense (ranges of 3n and n/2) or five values
    /// repeated: large tables, byte maps and, past 2¹⁸ buckets, the fast solution's two-level partition.
    /// </summary>
    public static Arbitrary<GapCase> Large { get; } =
        Arb.From(
            Gen.Choose(20_000, 400_000).SelectMany(n => Gen.Choose(0, 4).SelectMany(shape => Generators.FromSeed(random => new GapCase(LargeArray(random, n, shape))))),
            ShrinkByHalves);

    /// <summary>Any of the shapes, with <see cref="int.MinValue"/> (whose negation overflows) moved up by one.</summary>
    public static Arbitrary<GapCase> Negatable { get; } =
        From(Any.Generator.Select(c => c.Nums.Select(v => v == int.MinValue ? v + 1 : v).ToArray()));

    /// <summary>An input with a constant that can be added to every value without overflow, the extreme shifts over-represented.</summary>
    public static Arbitrary<ShiftedCase> Shiftable { get; } =
        Arb.From(
            Any.Generator.SelectMany(c =>
            {
                var (lowest, highest) = ShiftedCase.ShiftWindow(c.Nums);
                return Gen.Frequency((3, Gen.Choose(lowest, highest)), (1, Gen.Elements(lowest, highest)))
                    .Select(shift => new ShiftedCase(c, shift));
            }),
            ShiftedCase.Shrink);

    /// <summary>An input and a permutation of it.</summary>
    public static Arbitrary<PermutedCase> Permutable { get; } =
        Any.Generator.SelectMany(c => Gen.Shuffle(c.Nums).Select(shuffled => new PermutedCase(c, shuffled))).ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() => $"nums = {Generators.Show(Nums)}";

    internal static IEnumerable<GapCase> Shrink(GapCase c) => Generators.ShrinkArray(c.Nums).Select(nums => new GapCase(nums));

    // Element by element, a failing input of 400 000 values would take minutes to shrink: halve it
    // first, and shrink the usual way once it is short.
    private static IEnumerable<GapCase> ShrinkByHalves(GapCase c) =>
        c.Nums.Length > 64
            ? [new GapCase(c.Nums[..(c.Nums.Length / 2)]), new GapCase(c.Nums[(c.Nums.Length / 2)..])]
            : Shrink(c);

    private static Arbitrary<GapCase> From(Gen<int[]> arrays) => Arb.From(arrays.Select(nums => new GapCase(nums)), Shrink);

    // The shapes of Large, made from a seeded Random (Generators.FromSeed): full range, dense (ranges of 3n
    // and n/2), clustered as ClusteredArrays makes them, or five values repeated.
    private static int[] LargeArray(Random random, int n, int shape)
    {
        var values = new int[n];
        switch (shape)
        {
            case 0:
                Fill(values, Generators.FullRangeValue);
                break;
            case 1:
                Fill(values, r => r.Next(-n, (2 * n) + 1));
                break;
            case 2:
                Fill(values, r => r.Next(0, (n / 2) + 1));
                break;
            case 3:
                int[] centres = [Generators.FullRangeValue(random), Generators.FullRangeValue(random), Generators.FullRangeValue(random)];
                var clusters = random.Next(1, 4);
                var spread = Spreads[random.Next(Spreads.Length)];
                Fill(values, r => (int)Math.Clamp((long)centres[r.Next(clusters)] + r.Next(-spread, spread + 1), int.MinValue, int.MaxValue));
                break;
            default:
                int[] few = [.. Enumerable.Range(0, 5).Select(_ => Generators.FullRangeValue(random))];
                Fill(values, r => few[r.Next(few.Length)]);
                break;
        }

        return values;

        void Fill(int[] target, Func<Random, int> next)
        {
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = next(random);
            }
        }
    }

    private static Gen<int[]> SmallRangeArrays() =>
        Gen.Choose(0, 16).SelectMany(width =>
            Gen.Frequency(
                    (2, Gen.Choose(-20, 20)),
                    (1, Gen.Elements(int.MinValue, int.MaxValue - width)),
                    (2, Gen.Choose(int.MinValue, int.MaxValue - width)))
                .SelectMany(low => Generators.SizedArrayOf(Gen.Choose(low, low + width))));

    private static Gen<int[]> ClusteredArrays(Gen<int> lengths) =>
        Generators.FullRange.ArrayOf(3).SelectMany(centres =>
            Gen.Choose(1, 3).SelectMany(clusters =>
                Gen.Elements(Spreads).SelectMany(spread =>
                    lengths.SelectMany(n => Gen.Choose(0, clusters - 1)
                        .Zip(Gen.Choose(-spread, spread), (cluster, offset) => (int)Math.Clamp((long)centres[cluster] + offset, int.MinValue, int.MaxValue))
                        .ArrayOf(n)))));
}
