using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>A valid input: a non-empty array and a window size 1 ≤ k ≤ n.</summary>
public sealed record WindowCase(int[] Nums, int K)
{
    /// <summary>Short inputs of tied values (range −4..4), every valid k.</summary>
    public static Arbitrary<WindowCase> Ties { get; } = From(Generators.SizedArrayOf(Generators.SmallRange(), minLength: 1));

    /// <summary>Short inputs over the whole <see cref="int"/> range, extremes included.</summary>
    public static Arbitrary<WindowCase> FullRange { get; } = From(Generators.SizedArrayOf(Generators.FullRange, minLength: 1));

    /// <summary>
    /// Inputs long enough to cross every block, chunk and vector boundary of the fast solutions
    /// (up to 10 000 values), with k either small or anywhere up to n.
    /// </summary>
    public static Arbitrary<WindowCase> Long { get; } =
        Arb.From(
            Gen.Choose(1, 10_000).SelectMany(n => Generators.FromSeed(random => LongArray(random, n)))
                .SelectMany(nums => Gen.OneOf(Gen.Choose(1, Math.Min(nums.Length, 40)), Gen.Choose(1, nums.Length))
                    .Select(k => new WindowCase(nums, k))),
            ShrinkByHalves);

    /// <summary>
    /// Windows of 5 to <see cref="DoublingMaxWindow"/>, which <c>CacheBlockedSimd</c> computes by
    /// doubling, one chunk of <see cref="DoublingChunk"/> outputs at a time, with more outputs than a
    /// chunk and up to three chunks (a third of the cases within 24 of two whole chunks): every case
    /// crosses a chunk boundary, wherever the chunks start (up to 15 outputs in, to align the result's
    /// cache lines). Each of the six window classes the solution builds differently, (2q, 4q] for
    /// q = 2, 4, … 64 (windows of q read off the input, or built in place by one to three passes), is
    /// drawn equally often.
    /// </summary>
    public static Arbitrary<WindowCase> DoublingChunks { get; } =
        Gen.Choose(1, 6).SelectMany(e => Gen.Choose((2 << e) + 1, 4 << e)).SelectMany(k =>
                Gen.OneOf(
                        Gen.Choose(DoublingChunk + 16, 3 * DoublingChunk),
                        Gen.Choose(-24, 24).Select(d => (2 * DoublingChunk) + d))
                    .SelectMany(outputs => Gen.OneOf(Generators.SmallRange(1000), Generators.FullRange).ArrayOf(outputs + k - 1))
                    .Select(nums => new WindowCase(nums, k)))
            .ToArbitrary();

    /// <summary>The outputs per chunk of the doubling path, taken from the solution so that a retuned chunk moves the cases with it.</summary>
    public const int DoublingChunk = Katas.SlidingWindowMaximum.Solutions.CacheBlockedSimd.ChunkLength;

    /// <summary>The largest window of the doubling path, taken from the solution.</summary>
    public const int DoublingMaxWindow = Katas.SlidingWindowMaximum.Solutions.CacheBlockedSimd.DoublingMaxWindow;

    /// <summary>Inputs whose values leave room to add any constant in ±10⁹ without overflow.</summary>
    public static Arbitrary<ShiftedCase> Shiftable { get; } =
        From(Generators.SizedArrayOf(Gen.Choose(-1_000_000_000, 1_000_000_000), minLength: 1)).Generator
            .Zip(Gen.Choose(-1_000_000_000, 1_000_000_000), (c, shift) => new ShiftedCase(c, shift))
            .ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() => $"nums = {Generators.Show(Nums)}, k = {K}";

    // Each value, with even odds, in [−1000, 1000] (ties) or over the whole range as Generators.FullRange
    // draws them, from a seeded Random: FsCheck would build the 10 000 values one by one, several times slower.
    private static int[] LongArray(Random random, int n)
    {
        var values = new int[n];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(2) == 0 ? random.Next(-1000, 1001) : Generators.FullRangeValue(random);
        }

        return values;
    }

    private static Arbitrary<WindowCase> From(Gen<int[]> arrays) =>
        Arb.From(arrays.SelectMany(nums => Gen.Choose(1, nums.Length).Select(k => new WindowCase(nums, k))), Shrink);

    // Value by value, a failing input of 10 000 values would take long to shrink: halve it first (each
    // half keeps as much of k as it can), and shrink the usual way once it is short.
    private static IEnumerable<WindowCase> ShrinkByHalves(WindowCase c)
    {
        if (c.Nums.Length <= 64)
        {
            return Shrink(c);
        }

        var half = c.Nums.Length / 2;
        return [new WindowCase(c.Nums[..half], Math.Min(c.K, half)), new WindowCase(c.Nums[half..], Math.Min(c.K, c.Nums.Length - half))];
    }

    private static IEnumerable<WindowCase> Shrink(WindowCase c)
    {
        if (c.K > 1)
        {
            yield return c with { K = c.K - 1 };
        }

        foreach (var nums in Generators.ShrinkArray(c.Nums, minLength: c.K))
        {
            yield return c with { Nums = nums };
        }
    }
}
