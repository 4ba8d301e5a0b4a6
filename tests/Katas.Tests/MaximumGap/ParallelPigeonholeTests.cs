using Katas.MaximumGap.Solutions;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// <see cref="ParallelPigeonhole"/> with a chosen number of workers, whatever the machine's core count:
/// the chunk boundaries, the cut of the blocks into runs (empty runs included) and the gaps where runs meet.
/// Every test of <see cref="Katas.MaximumGap.IMaximumGap"/> runs it too, with one worker per core.
/// </summary>
public sealed class ParallelPigeonholeTests
{
    // 1.1 million values take at most four workers of MinimumPerWorker values each.
    public static TheoryData<string, int> ShapesAndWorkers { get; } = new(
        from shape in LargeInputTests.Inputs.Keys.Order(StringComparer.Ordinal)
        from workers in new[] { 2, 3, 4 }
        select (shape, workers));

    [Theory, MemberData(nameof(ShapesAndWorkers))]
    public void AgreesWithSortingWhateverTheNumberOfWorkers(string shape, int workers)
    {
        var nums = LargeInputTests.Inputs[shape]();
        var single = new CacheBlockedPigeonhole.Trace();
        CacheBlockedPigeonhole.Solve(nums, single);
        var trace = new CacheBlockedPigeonhole.Trace();

        var gap = ParallelPigeonhole.Solve(nums, workers, trace);

        gap.Should().Be(Oracle.MaximumGapOfMany(nums), shape);
        trace.Path.Should().Be(single.Path, "the plan does not depend on the workers");
        trace.Workers.Should().Be(single.Path == CacheBlockedPigeonhole.Path.TwoLevel ? workers : 1, shape);
        if (trace.Workers > 1)
        {
            trace.Blocks.Should().Be(single.Blocks);
            trace.Runs.Should().Be(single.Runs, "runs are told from the whole input's sample");
        }
    }

    [Fact]
    public void ARunOfBlocksWithNoValuesIsSkipped()
    {
        // Half the values in the first block and half in the last: with three workers the second run
        // reaches two thirds of the values only in the last block, so the third run has no block at all.
        var nums = LargeInputTests.Inputs["the two extremes, half a million times each"]();
        var trace = new CacheBlockedPigeonhole.Trace();

        ParallelPigeonhole.Solve(nums, 3, trace).Should().Be((long)int.MaxValue - int.MinValue);

        trace.Workers.Should().Be(3);
        trace.IdleWorkers.Should().Be(1);
    }

    [Fact]
    public void TheLargestGapCanLieWhereTwoRunsMeet()
    {
        // Multiples of 1 000 from 0, those from a point H on raised by 50 000: every gap is 1 000 but one of
        // 51 000. With two workers the first run of blocks ends with the block of the median value, so H
        // is put at the next block's first offset: the large gap then runs from the first run's largest
        // value to the second run's smallest, and only the step that joins the runs sees it.
        const int N = 600_000, Step = 1_000, Raise = 50_000;
        var plan = CacheBlockedPigeonhole.Plan.Of(N, 0, ((N - 1) * Step) + Raise, trace: null);
        plan.Path.Should().Be(CacheBlockedPigeonhole.Path.TwoLevel);
        var medianBlock = Block(((N / 2) - 1) * Step);
        var nextBlock = (long)Math.Ceiling((double)((medianBlock + 1) << plan.BlockShift) / plan.Multiplier);
        var h = (nextBlock + Step - 1) / Step * Step;
        var nums = Enumerable.Range(0, N).Select(i => (i * Step) + (i * Step >= h ? Raise : 0)).ToArray();
        new Random(N).Shuffle(nums);
        var trace = new CacheBlockedPigeonhole.Trace();

        ParallelPigeonhole.Solve(nums, 2, trace).Should().Be(Raise + Step);

        trace.Workers.Should().Be(2);
        trace.IdleWorkers.Should().Be(0);
        Block(h - Step).Should().Be(medianBlock, "the gap starts in the first run's last block");
        Block(h + Raise).Should().BeGreaterThan(medianBlock, "and ends in the second run");

        long Block(long offset) => (long)(((ulong)offset * plan.Multiplier) >> plan.BlockShift);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void FewerThanTwoWorkersSolveOnTheCallingThread(int workers)
    {
        var nums = LargeInputTests.Inputs["uniform over the int range"]();
        var trace = new CacheBlockedPigeonhole.Trace();

        ParallelPigeonhole.Solve(nums, workers, trace).Should().Be(Oracle.MaximumGapOfMany(nums));

        trace.Workers.Should().Be(1);
        trace.Path.Should().Be(CacheBlockedPigeonhole.Path.TwoLevel);
    }

    [Fact]
    public void ManyCoresShareNoMoreThanTheMaximumWorkers()
    {
        // Enough values for one worker more than the maximum (68 MB), and every core a machine could have.
        // Values in 0 … 2²¹: width-1 buckets, too many for the byte map, so 65 blocks, few enough that the
        // chunks not yet full do not cap the workers below the maximum.
        var random = new Random(ParallelPigeonhole.MaximumWorkers);
        var nums = new int[(ParallelPigeonhole.MaximumWorkers + 1) * ParallelPigeonhole.MinimumPerWorker];
        for (var i = 0; i < nums.Length; i++)
        {
            nums[i] = random.Next(0, (1 << 21) + 1);
        }

        var trace = new CacheBlockedPigeonhole.Trace();

        ParallelPigeonhole.Solve(nums, int.MaxValue, trace).Should().Be(Oracle.MaximumGapOfMany(nums));

        trace.Path.Should().Be(CacheBlockedPigeonhole.Path.TwoLevel);
        trace.Blocks.Should().Be(65);
        trace.Workers.Should().Be(ParallelPigeonhole.MaximumWorkers);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(int.MaxValue)]
    public void WorkersAreCappedWhereTheirChunksWouldOutgrowTheInput(int cores)
    {
        // 2²³ values over the int range: 256 blocks of 2¹⁵ values, so each worker's partition has a
        // chunk of 4 096 slots per block not yet full, half a million slots in all; eight such would
        // hold as many slots as the input has values, and more than that do not share.
        var random = new Random(cores);
        var nums = new int[1 << 23];
        for (var i = 0; i < nums.Length; i++)
        {
            nums[i] = random.Next(int.MinValue, int.MaxValue) + random.Next(2);
        }

        var trace = new CacheBlockedPigeonhole.Trace();

        ParallelPigeonhole.Solve(nums, cores, trace).Should().Be(Oracle.MaximumGapOfMany(nums));

        trace.Blocks.Should().Be(256);
        trace.Workers.Should().Be(8);
    }

    [Fact]
    public void InputsTooSmallToShareSolveOnTheCallingThread()
    {
        var nums = LargeInputTests.Inputs["uniform over the int range"]()[..((2 * ParallelPigeonhole.MinimumPerWorker) - 1)];
        var trace = new CacheBlockedPigeonhole.Trace();

        ParallelPigeonhole.Solve(nums, 8, trace).Should().Be(Oracle.MaximumGapOfMany(nums));

        trace.Workers.Should().Be(1);
    }
}
