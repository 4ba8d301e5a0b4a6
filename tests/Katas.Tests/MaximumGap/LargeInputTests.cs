using System.Reflection;
using Katas.MaximumGap;
using Katas.MaximumGap.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// A few fixed inputs of about a million values: past every size threshold of the fast solutions (the
/// two-level partition, its cache-bypassing writes, the largest byte map), where generated inputs are
/// too small to reach.
/// </summary>
public sealed class LargeInputTests
{
    private const int N = 1_100_000;

    // Past the 2²⁴ values (64 MB) up to which CacheBlockedPigeonhole takes its partition from the pool;
    // not a multiple of 4, so the scalar tail after its four-way unrolled counting loop runs too.
    private const int HugeN = (1 << 24) + 4_099;

    private static Dictionary<string, Func<int[]>> Inputs { get; } = new()
    {
        ["uniform over the int range"] = () => Values(r => r.Next(int.MinValue, int.MaxValue) + r.Next(2)),
        ["dense: width-1 buckets, more than the byte map holds"] = () => Values(r => r.Next(-1_050_000, 1)),
        ["dense: width-1 buckets, the largest byte map"] = () => Values(r => r.Next(0, 1 << 20)),
        ["narrow band plus outliers"] = () => Values(r => r.Next(100) == 0 ? r.Next(int.MinValue, int.MaxValue) : r.Next(0, 1 << 16)),
        ["one huge gap in the middle"] = () => Values(r => r.Next(2) == 0 ? r.Next(int.MinValue, int.MinValue + N) : r.Next(int.MaxValue - N, int.MaxValue)),
        ["sorted, evenly spaced"] = () => Enumerable.Range(0, N).Select(i => -2_000_000_000 + (3_000 * i)).ToArray(),
        ["the two extremes, half a million times each"] = () => Values(r => r.Next(2) == 0 ? int.MinValue : int.MaxValue),
        ["0 and 7, a few int.MinValue"] = () => Values(r => (r.Next(4) == 0 ? 7 : 0) + (r.Next(1000) == 0 ? int.MinValue : 0)),
    };

    // After Inputs: static initialisers run in order.
    public static TheoryData<string> Shapes { get; } = new(Inputs.Keys.Order(StringComparer.Ordinal));

    [Theory, Implementations<IMaximumGap>(Cases = nameof(Shapes))]
    public void AgreesWithSortingOnAMillionValues(string implementation, string shape)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);
        var nums = Inputs[shape]();
        var before = (int[])nums.Clone();

        sut.MaximumGap(nums).Should().Be(Oracle.MaximumGap(nums), shape);
        nums.Should().Equal(before, "the input must not be modified");
    }

    public static TheoryData<int> Positions { get; } = new(Enumerable.Range(0, 8));

    [Theory, Implementations<IMaximumGap>(Cases = nameof(Positions))]
    public void ALoneValueAmongDuplicatesCounts(string implementation, int position)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        // 150 000 zeros with one 100 among them, then 150 000 values spaced 10 000 apart from 50 000 000:
        // the answer, 49 999 900, runs from the lone 100. Its position moves it through every lane of
        // a vectorised loop; the zeros and the 100 share a bucket (width about 5 000).
        var nums = new int[300_000];
        nums[position] = 100;
        for (var j = 0; j < 150_000; j++)
        {
            nums[150_000 + j] = 50_000_000 + (10_000 * j);
        }

        sut.MaximumGap(nums).Should().Be(49_999_900);
    }

    [Theory, Implementations<IMaximumGap>]
    public void SixteenMillionShuffledValuesWithOneMissing(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);

        // int.MinValue + 200·i for i = 0..HugeN without i = HugeN / 2, shuffled: every gap is 200 but
        // the one left by the missing value, 400. Known by construction, so no oracle sorts 64 MB.
        var nums = new int[HugeN];
        for (int i = 0, j = 0; i <= HugeN; i++)
        {
            if (i != HugeN / 2)
            {
                nums[j++] = int.MinValue + (200 * i);
            }
        }

        new Random(HugeN).Shuffle(nums);
        var checksum = Checksum(nums);

        sut.MaximumGap(nums).Should().Be(400);
        Checksum(nums).Should().Be(checksum, "the input is not modified");
    }

    [Fact]
    public void InputsAreLargeEnoughForEveryPathOfCacheBlockedPigeonhole()
    {
        // Guards the cases above against a retuned constant: read the (internal) thresholds the solution uses.
        var singleLevelLimit = Threshold("SingleLevelLimit");
        var presenceLimit = Threshold("PresenceLimit");
        var nonTemporalThreshold = Threshold("NonTemporalThreshold");

        N.Should().BeGreaterThan(singleLevelLimit).And.BeGreaterThanOrEqualTo(nonTemporalThreshold);
        (1_050_000 + 1).Should().BeGreaterThan(presenceLimit, "the dense case must overflow the byte map");
        (1 << 20).Should().Be(presenceLimit, "the largest byte map case must fill it exactly");
        HugeN.Should().BeGreaterThan(Threshold("PooledPartitionLimit"), "the huge case must outgrow the pooled partition");
    }

    private static int Threshold(string name) =>
        (int)typeof(CacheBlockedPigeonhole).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;

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

    private static int[] Values(Func<Random, int> next)
    {
        var random = new Random(N);
        var values = new int[N];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = next(random);
        }

        return values;
    }
}
