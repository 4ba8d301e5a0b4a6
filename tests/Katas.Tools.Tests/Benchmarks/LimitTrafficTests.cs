using Katas.Benchmarks.Infrastructure;

namespace Katas.Tools.Tests.Benchmarks;

public sealed class LimitTrafficTests
{
    // Lengths across the vector widths' main loops (4 vectors of 64 bytes at a time), single vectors and the tails.
    public static TheoryData<int> Lengths { get; } = [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 255, 256, 257, 1_000, 4_099];

    [Theory, MemberData(nameof(Lengths))]
    public void ReadDependsOnEveryByte(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var fold = LimitTraffic.Read<byte>(bytes);

        for (var i = 0; i < length; i++)
        {
            bytes[i] ^= 0x10;
            LimitTraffic.Read<byte>(bytes).Should().NotBe(fold, "byte {0} of {1} must be read", i, length);
            bytes[i] ^= 0x10;
        }
    }

    [Theory, MemberData(nameof(Lengths))]
    public void ReadSideBySideDependsOnEveryByteOfEach(int length)
    {
        // The second input is longer by a few bytes, so that both the side-by-side loop and the rest are read.
        var first = new byte[length];
        var second = new byte[length + (length % 5)];
        new Random(length).NextBytes(first);
        new Random(~length).NextBytes(second);
        var fold = LimitTraffic.ReadSideBySide<byte>(first, second);

        foreach (var (input, name) in new[] { (first, "first"), (second, "second") })
        {
            for (var i = 0; i < input.Length; i++)
            {
                input[i] ^= 0x10;
                LimitTraffic.ReadSideBySide<byte>(first, second).Should().NotBe(fold, "byte {0} of the {1} input ({2} bytes) must be read", i, name, input.Length);
                input[i] ^= 0x10;
            }
        }
    }

    [Theory, MemberData(nameof(Lengths))]
    public void OutputCopiesThePrefixAndReadsTheRest(int length)
    {
        var input = Enumerable.Range(1, length).ToArray();
        var outputLength = length / 2;

        var output = LimitTraffic.Output<int>(input, outputLength);

        output.Should().HaveCount(outputLength);
        output.Take(Math.Max(0, outputLength - 1)).Should().Equal(input.Take(Math.Max(0, outputLength - 1)), "the last element also carries the fold of the rest");
    }

    [Fact]
    public void AnOutputLongerThanTheInputRepeatsItsLastElement() =>
        LimitTraffic.Output<int>([1, 2, 3], 5).Should().Equal(1, 2, 3, 3, 3);

    [Fact]
    public void TheWholeInputAsOutputIsACopy() =>
        LimitTraffic.Output<long>([5, 6, 7], 3).Should().Equal(5, 6, 7);

    // Outputs from the streaming threshold up: odd lengths and offsets, so the unaligned first and last
    // vectors overlap the aligned streaming middle differently each time.
    [Theory]
    [InlineData(LimitTraffic.StreamingThreshold / sizeof(int), 0)]
    [InlineData((LimitTraffic.StreamingThreshold / sizeof(int)) + 3, 1)]
    [InlineData((LimitTraffic.StreamingThreshold / sizeof(int)) + 13, 7)]
    [InlineData(3 * LimitTraffic.StreamingThreshold / sizeof(int), 5)]
    public void AStreamedOutputIsAnExactCopy(int outputLength, int offset)
    {
        var input = Enumerable.Range(1, outputLength + offset).Select(i => i * 2_654_435_761u).Select(u => (int)u).ToArray();

        var output = LimitTraffic.Output<int>(input.AsSpan(offset, outputLength), outputLength);

        output.Should().Equal(input.Skip(offset).Take(outputLength));
    }

    [Fact]
    public void AStreamedOutputOfBytesIsAnExactCopy()
    {
        var input = new byte[LimitTraffic.StreamingThreshold + 45];
        new Random(45).NextBytes(input);

        var output = LimitTraffic.Output<byte>(input.AsSpan(3, LimitTraffic.StreamingThreshold + 41), LimitTraffic.StreamingThreshold + 41);

        output.AsSpan().SequenceEqual(input.AsSpan(3, LimitTraffic.StreamingThreshold + 41)).Should().BeTrue();
    }

    // Shared between threads: the parts' ends on cache lines, an odd number of bytes past the second
    // worker's minimum, so that every part's copy has its unaligned ends and the last part is longer.
    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 7)]
    public void AnOutputSharedBetweenWorkersIsAnExactCopy(int workers, int offset)
    {
        var outputLength = (workers * LimitTraffic.MinimumBytesPerWorker / sizeof(int)) + 13;
        var input = Enumerable.Range(1, outputLength + offset + 100).Select(i => i * 2_654_435_761u).Select(u => (int)u).ToArray();

        var output = LimitTraffic.Output<int>(input.AsSpan(offset, outputLength), outputLength, workers);

        output.AsSpan().SequenceEqual(input.AsSpan(offset, outputLength)).Should().BeTrue();
    }

    [Fact]
    public void AnOutputSharedBetweenWorkersStillFoldsTheRestIntoItsLastElement()
    {
        var outputLength = 2 * LimitTraffic.MinimumBytesPerWorker / sizeof(int);
        var input = new int[outputLength + (3 * LimitTraffic.MinimumBytesPerWorker / sizeof(int))];
        var plain = LimitTraffic.Output<int>(input, outputLength, workers: 2)[^1];

        input[^1] = 0x55;

        LimitTraffic.Output<int>(input, outputLength, workers: 2)[^1].Should().NotBe(plain, "the rest is read, here by two workers too");
    }

    // Flipping every byte of a few megabytes is too slow: the bytes around each part's ends, where a cut
    // off by one would drop them, and a spread of the rest.
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void AReadSharedBetweenWorkersDependsOnTheBytesAtEveryCut(int workers)
    {
        var bytes = new byte[(workers * LimitTraffic.MinimumBytesPerWorker) + 77];
        new Random(workers).NextBytes(bytes);
        var fold = LimitTraffic.Read<byte>(bytes, workers);
        var positions = Enumerable.Range(0, workers + 1)
            .Select(w => (long)bytes.Length * w / workers)
            .SelectMany(even => Enumerable.Range(-80, 160).Select(d => even + d))
            .Concat(Enumerable.Range(0, 200).Select(i => (long)bytes.Length * i / 200))
            .Where(i => i >= 0 && i < bytes.Length)
            .Distinct();

        foreach (var i in positions)
        {
            bytes[i] ^= 0x10;
            LimitTraffic.Read<byte>(bytes, workers).Should().NotBe(fold, "byte {0} of {1}, {2} workers, must be read", i, bytes.Length, workers);
            bytes[i] ^= 0x10;
        }
    }

    [Fact]
    public void FewerThanOneWorkerIsAnError()
    {
        FluentActions.Invoking(() => LimitTraffic.Read<int>([1, 2], workers: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workers");
        FluentActions.Invoking(() => LimitTraffic.Output<int>([1, 2], 2, workers: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workers");
    }
}
