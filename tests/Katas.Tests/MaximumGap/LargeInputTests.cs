using Katas.MaximumGap;
using Katas.MaximumGap.Solutions;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// A few fixed inputs of about a million values: past every size threshold of the fast solutions (the
/// two-level partition and its parallel form, the largest byte map), where generated inputs are
/// too small to reach.
/// </summary>
public sealed class LargeInputTests
{
    internal const int N = 1_100_000;

    internal static Dictionary<string, Func<int[]>> Inputs { get; } = new()
    {
        ["uniform over the int range"] = () => Values(r => r.Next(int.MinValue, int.MaxValue) + r.Next(2)),
        ["dense: width-1 buckets, more than the byte map holds"] = () => Values(r => r.Next(-1_050_000, 1)),
        ["dense: width-1 buckets, the largest byte map"] = () => WithExtremes(Values(r => r.Next(0, 1 << 20)), 0, (1 << 20) - 1),
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

        sut.MaximumGap(nums).Should().Be(Oracle.MaximumGapOfMany(nums), shape);
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

    [Fact]
    public void InputsAreLargeEnoughForEveryPathOfCacheBlockedPigeonhole()
    {
        // The inputs themselves, traced (issue 11: this test once checked only the constants): between
        // them they reach the largest byte map, and the two-level partition with and without
        // runs and with and without folded duplicates. Smaller paths are reached by the generated inputs.
        var traces = Inputs.Select(input =>
        {
            var nums = input.Value();
            var trace = new CacheBlockedPigeonhole.Trace();
            CacheBlockedPigeonhole.Solve(nums, trace).Should().Be(Oracle.MaximumGap(nums), input.Key);
            return (Shape: input.Key, Range: (long)nums.Max() - nums.Min(), Trace: trace);
        }).ToList();

        traces.Should().Contain(t => t.Trace.Path == CacheBlockedPigeonhole.Path.Presence && t.Range + 1 == CacheBlockedPigeonhole.PresenceLimit, "an input fills the byte map exactly");
        traces.Should().Contain(t => t.Trace.Path == CacheBlockedPigeonhole.Path.TwoLevel && t.Trace.Buckets == t.Range + 1, "an input has width-1 buckets, too many for the byte map");
        var twoLevel = traces.Where(t => t.Trace.Path == CacheBlockedPigeonhole.Path.TwoLevel).ToList();
        twoLevel.Should().OnlyContain(t => t.Trace.Buckets > CacheBlockedPigeonhole.SingleLevelLimit, "every two-level input has more buckets than one table holds");
        twoLevel.Select(t => t.Trace.Runs).Should().Contain([true, false], "both scatter loops run");
        twoLevel.Select(t => t.Trace.DenseBlocks > 0).Should().Contain([true, false], "both table updates run");
    }

    // What each input is for: its actual value range, and the path CacheBlockedPigeonhole takes on it.
    private static Dictionary<string, Expected> Purposes { get; } = new()
    {
        ["uniform over the int range"] = new(r => r >= uint.MaxValue - 10_000, "nearly 2³² − 1", CacheBlockedPigeonhole.Path.TwoLevel, Runs: false, Dense: false),
        ["dense: width-1 buckets, more than the byte map holds"] = new(r => r < N && r + 1 > CacheBlockedPigeonhole.PresenceLimit, "below n (width 1) and above the byte map", CacheBlockedPigeonhole.Path.TwoLevel, Runs: false, Dense: false),
        ["dense: width-1 buckets, the largest byte map"] = new(r => r + 1 == CacheBlockedPigeonhole.PresenceLimit, "exactly the byte map", CacheBlockedPigeonhole.Path.Presence, Runs: false, Dense: false),
        ["narrow band plus outliers"] = new(r => r >= uint.MaxValue - 100_000_000, "nearly 2³² − 1", CacheBlockedPigeonhole.Path.TwoLevel, Runs: true, Dense: true),
        ["one huge gap in the middle"] = new(r => r >= uint.MaxValue - 10_000, "nearly 2³² − 1", CacheBlockedPigeonhole.Path.TwoLevel, Runs: false, Dense: true),
        ["sorted, evenly spaced"] = new(r => r == 3_000L * (N - 1), "3 000 (n − 1)", CacheBlockedPigeonhole.Path.TwoLevel, Runs: true, Dense: false),
        ["the two extremes, half a million times each"] = new(r => r == uint.MaxValue, "2³² − 1", CacheBlockedPigeonhole.Path.TwoLevel, Runs: false, Dense: true),
        ["0 and 7, a few int.MinValue"] = new(r => r == (1L << 31) + 7, "2³¹ + 7", CacheBlockedPigeonhole.Path.TwoLevel, Runs: true, Dense: true),
    };

    [Theory, MemberData(nameof(Shapes))]
    public void EachInputHasTheRangeAndTakesThePathItIsFor(string shape)
    {
        var nums = Inputs[shape]();
        var expected = Purposes[shape];
        var trace = new CacheBlockedPigeonhole.Trace();

        var gap = CacheBlockedPigeonhole.Solve(nums, trace);

        gap.Should().Be(Oracle.MaximumGap(nums), shape);
        var range = (long)nums.Max() - nums.Min();
        expected.Range(range).Should().BeTrue("{0} should span {1}, not {2}", shape, expected.RangeDescription, range);
        trace.Path.Should().Be(expected.Path, shape);
        if (expected.Path == CacheBlockedPigeonhole.Path.TwoLevel)
        {
            trace.Runs.Should().Be(expected.Runs, "{0} should {1}use the scatter for runs", shape, expected.Runs ? string.Empty : "not ");
            (trace.DenseBlocks > 0).Should().Be(expected.Dense, "{0} should {1}fold duplicates ({2} dense blocks)", shape, expected.Dense ? string.Empty : "not ", trace.DenseBlocks);
        }
    }

    private static int[] WithExtremes(int[] values, int min, int max)
    {
        (values[0], values[^1]) = (min, max);
        return values;
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

    private sealed record Expected(Func<long, bool> Range, string RangeDescription, CacheBlockedPigeonhole.Path Path, bool Runs, bool Dense);
}
