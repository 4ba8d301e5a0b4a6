using System.Buffers;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Tools.Tests.Benchmarks;

/// <summary>The profile of one call: its cold time, the memory it obtains, the most it holds rented.</summary>
[Collection(ProcessWide.Name)]
public sealed class CallProfilerTests
{
    private const int Ints = 1 << 20; // 4 MiB of ints: a bucket size of the shared pool
    private const long Slack = 1 << 12;

    [Fact]
    public void PooledMemoryIsChargedToTheCall()
    {
        static void RentAndReturn()
        {
            var scratch = ArrayPool<int>.Shared.Rent(Ints);
            scratch[^1] = 1;
            ArrayPool<int>.Shared.Return(scratch);
        }

        RentAndReturn(); // a warm pool, as a benchmark's iterations leave it

        var profile = CallProfiler.Profile(RentAndReturn);

        // Other threads of the test host may rent a few bytes while it watches; the benchmark process has none.
        profile.PooledPeakBytes.Should().BeInRange(4L * Ints, (4L * Ints) + Slack);
        profile.ColdAllocatedBytes.Should().BeGreaterThanOrEqualTo(4L * Ints, "the pool was emptied, so the cold call's buffer is new");
        profile.ColdCalls.Should().BeInRange(CallProfiler.MinimumColdCalls, CallProfiler.ColdCalls);
        profile.ColdNanoseconds.Should().BePositive();
    }

    [Fact]
    public void TwoBuffersHeldAtOnceArePeakedTogether()
    {
        static void RentTwo()
        {
            var a = ArrayPool<byte>.Shared.Rent(1 << 16);
            var b = ArrayPool<long>.Shared.Rent(1 << 10);
            ArrayPool<long>.Shared.Return(b);
            ArrayPool<byte>.Shared.Return(a);
            var c = ArrayPool<byte>.Shared.Rent(1 << 16);
            ArrayPool<byte>.Shared.Return(c);
        }

        CallProfiler.Profile(RentTwo).PooledPeakBytes.Should().BeInRange((1 << 16) + (8 << 10), (1 << 16) + (8 << 10) + Slack, "a byte pool and a long pool, element sizes told apart");
    }

    [Fact]
    public void AllocationsAreCountedAndNothingElse()
    {
        var profile = CallProfiler.Profile(() => GC.KeepAlive(new int[1_000]));

        profile.PooledPeakBytes.Should().Be(0);
        profile.ColdAllocatedBytes.Should().BeInRange(4_000, 4_100);
    }

    [Fact]
    public void ABenchmarkObjectsSingleMethodIsProfiledPerOperation()
    {
        var profile = CallProfiler.Profile(new Probe(), typeof(Probe).Assembly);

        profile.Should().NotBeNull();
        profile!.ColdAllocatedBytes.Should().Be(0, "a long result is kept without boxing");
        profile.VectorBits.Should().Be(CallProfiler.VectorBits).And.BeOneOf(0, 128, 256, 512);
    }

    [Fact]
    public void AProfileIsHandedOverOnceByProcessId()
    {
        var profile = new CallProfile(1_234.5, 7, 4_096, 1_024, 256);

        profile.Publish();

        CallProfile.Collect(Environment.ProcessId).Should().Be(profile);
        CallProfile.Collect(Environment.ProcessId).Should().BeNull("the host deletes what it collected, so a later process with the same id starts clean");
    }

    [Fact]
    public void AClassWithTwoBenchmarkMethodsIsNotProfiled() =>
        CallProfiler.Profile(new TwoMethods()).Should().BeNull("the process cannot tell which method its case measured");

    [Fact]
    public void OutsideABenchmarkProcessTheBaseClassDoesNotProfile() =>
        CallProfiler.IsBenchmarkProcess.Should().BeFalse("the test host is not started with --benchmarkId");

    public sealed class Probe
    {
        private long _sum;

        [Benchmark(OperationsPerInvoke = 4)]
        public long Run() => _sum += 4;
    }

    public sealed class TwoMethods
    {
        [Benchmark]
        public int A() => 1;

        [Benchmark]
        public int B() => 2;
    }
}
