using System.Numerics;
using Katas.MaximumGap;
using Katas.MaximumGap.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// One input of 16.8 million values (64 MB), past 2²⁴: more values than a <see cref="float"/> counts
/// exactly, and past the size up to which <see cref="CacheBlockedPigeonhole"/> once took its partition
/// from the pool.
/// </summary>
/// <remarks>
/// The references only: a check of scale for them, and a learner's linear solution, a Debug build, takes
/// more than a second on it, which every save in <c>katas watch</c> would wait for. A learner's code
/// meets a million values in <see cref="LargeInputTests"/> and 2²⁰ in the scaling probe of
/// <c>katas check</c>, both checked against sorting. A class of its own, so that xUnit runs it beside
/// <see cref="LargeInputTests"/> rather than after them.
/// </remarks>
public sealed class SixteenMillionValuesTests
{
    // Not a multiple of 4, so the scalar tail after its four-way unrolled counting loop runs too.
    private const int HugeN = (1 << 24) + 4_099;

    [Theory, Implementations<IMaximumGap>(ReferencesOnly = true)]
    public void SixteenMillionShuffledValuesWithOneMissing(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        var nums = ShuffledWithOneMissing();
        var checksum = Checksum(nums);

        sut.MaximumGap(nums).Should().Be(400);
        Checksum(nums).Should().Be(checksum, "the input is not modified");
    }

    [Fact]
    public void SixteenMillionValuesTakeTheTwoLevelPartition()
    {
        var trace = new CacheBlockedPigeonhole.Trace();

        CacheBlockedPigeonhole.Solve(ShuffledWithOneMissing(), trace).Should().Be(400);

        trace.Path.Should().Be(CacheBlockedPigeonhole.Path.TwoLevel);
        trace.Runs.Should().BeFalse("the values are shuffled");
        trace.Blocks.Should().Be(((trace.Buckets - 1) / CacheBlockedPigeonhole.BlockBuckets) + 1);
    }

    // int.MinValue + 200·i for i = 0..HugeN without i = HugeN / 2: every gap is 200 but the one left by the
    // missing value, 400. Known by construction, so no oracle sorts 64 MB. In the order i = a·j mod
    // (HugeN + 1), a coprime to the modulus and near it divided by the golden ratio, so that neighbours in
    // the array lie far apart in value: as shuffled as a random order for every solution, in a fifth of
    // the time of Random.Shuffle's 16.8 million random swaps.
    private static int[] ShuffledWithOneMissing()
    {
        const long Modulus = HugeN + 1;
        var step = (long)(Modulus * 2 / (1 + Math.Sqrt(5)));
        while (BigInteger.GreatestCommonDivisor(step, Modulus) != 1)
        {
            step++;
        }

        var nums = new int[HugeN];
        var i = 0L;
        for (var j = 0; j < nums.Length; i = (i + step) % Modulus)
        {
            if (i != HugeN / 2)
            {
                nums[j++] = (int)(int.MinValue + (200 * i));
            }
        }

        return nums;
    }

    // Order-sensitive, so a reordering (an in-place sort) changes it as surely as an overwritten value.
    private static long Checksum(int[] values)
    {
        var hash = 17L;
        foreach (var value in values)
        {
            hash = unchecked((hash * 1_000_003) + value);
        }

        return hash;
    }
}
