using System.Numerics;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Katas.CombinationSum;
using Katas.Discovery;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.CombinationSum;

/// <summary>
/// Answers at the edges of what can be built, for the reference solutions (the statement keeps a
/// learner's answers small): combinations far longer than a recursion's stack could hold are built, and
/// answers too large to build are refused, before any of them is built, with the
/// <see cref="InsufficientMemoryException"/> the contracts document, at exactly the limit a solution was given.
/// </summary>
public sealed class LargeAnswerTests
{
    // What a refusal may allocate: the candidates' runs and the counting table (two arrays of target + 1
    // longs). Building any of the refused answers would take from gigabytes to far more than exists.
    private const long RefusalAllocationBound = 64 << 20;

    // The documented cost model of an answer (see the solutions' maxAnswerBytes constructors).
    private const int BytesPerCombination = 32;
    private const int BytesPerValue = 4;

    [Theory, Implementations<ICombinationSum>(ReferencesOnly = true)]
    public void CombinationSumBuildsAMillionOnes(string implementation)
    {
        // The recursive SortedBacktracking this kata had overflowed the thread's stack here and killed the
        // test host (it needs about 160 MB of stack; a thread has 1.5 to 8 MB).
        var sut = Subject.Create<ICombinationSum>(implementation);

        var actual = sut.CombinationSum([1], 1_000_000);

        actual.Should().ContainSingle().Which.Should().HaveCount(1_000_000).And.OnlyContain(v => v == 1);
    }

    [Theory, Implementations<ICombinationSum>(ReferencesOnly = true)]
    public void CombinationSumBuildsThreeMillionOnesBeyondTheCountingTable(string implementation)
    {
        // A target above 2²⁰: the answer is measured by walking it, not with the table over remainders.
        var sut = Subject.Create<ICombinationSum>(implementation);

        var actual = sut.CombinationSum([3_000_000, 2_999_999, 1], 3_000_000);

        actual.Select(c => (c.Length, c.Sum(v => (long)v))).Should().BeEquivalentTo([(3_000_000, 3_000_000L), (2, 3_000_000L), (1, 3_000_000L)]);
        actual.Single(c => c.Length == 3_000_000).Should().OnlyContain(v => v == 1);
    }

    [Theory, Implementations<ICombinationSum2>(ReferencesOnly = true)]
    public void CombinationSum2BuildsACombinationOfTwentyThousandValues(string implementation)
    {
        // 20 000 ones and a two make 20 001 in exactly one way, with all but one of the ones. The recursive
        // SortedBacktracking this kata had (about 160 bytes of stack per element) overflowed a 1.5 MB
        // thread stack at about 9 000 elements. (Backtracking that skips equal values one at a time takes
        // O(n) per node, so n stays moderate here.)
        var sut = Subject.Create<ICombinationSum2>(implementation);

        var actual = sut.CombinationSum2([.. Enumerable.Repeat(1, 20_000), 2], 20_001);

        actual.Should().ContainSingle().Which.Should().Equal([.. Enumerable.Repeat(1, 19_999), 2]);
    }

    [Theory, Implementations<ICombinationSum>(ReferencesOnly = true)]
    public void CombinationSumRefusesAnswersTooLargeToBuild(string implementation)
    {
        var sut = Subject.Create<ICombinationSum>(implementation);

        // 1 000 has 24 061 467 864 032 622 473 692 149 727 991 partitions (OEIS A000041): more than any list holds.
        ShouldRefuse(() => sut.CombinationSum([.. Enumerable.Range(1, 1_000)], 1_000), "the partitions of 1 000");

        // Ones and twos making a million: only 500 001 combinations, but 3.75 · 10¹¹ values (1.5 TB).
        ShouldBeTooManyBytes(500_001, Enumerable.Range(0, 500_001).Sum(k => 1_000_000L - k));
        ShouldRefuse(() => sut.CombinationSum([2, 1], 1_000_000), "ones and twos making a million");

        // The same beyond the counting table (a target above 2²⁰): a billion and one combinations of a
        // billion values and more, refused by a walk that stops at the first few.
        ShouldRefuse(() => sut.CombinationSum([1, 2], 2_000_000_000), "ones and twos making two billion");

        // int.MaxValue ones: one combination, longer than any array (Array.MaxLength = 2³¹ − 57).
        ShouldRefuse(() => sut.CombinationSum([1], int.MaxValue), "int.MaxValue ones");
    }

    [Theory, Implementations<ICombinationSum2>(ReferencesOnly = true)]
    public void CombinationSum2RefusesAnswersTooLargeToBuild(string implementation)
    {
        var sut = Subject.Create<ICombinationSum2>(implementation);

        // 1 000 has 8 635 565 795 744 155 161 506 partitions into distinct parts (OEIS A000009).
        ShouldRefuse(() => sut.CombinationSum2([.. Enumerable.Range(1, 1_000)], 1_000), "the distinct partitions of 1 000");

        // A million ones and half a million twos making a million and one: 500 000 combinations (k twos,
        // 1 ≤ k ≤ 500 000, and the rest ones), with 3.75 · 10¹¹ values.
        ShouldBeTooManyBytes(500_000, Enumerable.Range(1, 500_000).Sum(k => 1_000_001L - k));
        ShouldRefuse(() => sut.CombinationSum2([.. Enumerable.Repeat(2, 500_000), .. Enumerable.Repeat(1, 1_000_000)], 1_000_001), "ones and twos making a million and one");

        // Beyond the counting table: 1.5 million ones and a million twos making two million.
        ShouldRefuse(() => sut.CombinationSum2([.. Enumerable.Repeat(1, 1_500_000), .. Enumerable.Repeat(2, 1_000_000)], 2_000_000), "ones and twos making two million");
    }

    [Theory, Implementations<ICombinationSum>(ReferencesOnly = true)]
    public void CombinationSumRefusesExactlyTheAnswersAboveItsLimit(string implementation)
    {
        _ = Subject.Create<ICombinationSum>(implementation);

        PropertyCheck.ForAll(ScaledCase.Of(CandidatesCase.Unlimited), c =>
        {
            // Scaling maps the combinations one to one, so the answer's size is the unscaled case's.
            var (combinations, values) = Oracle.AnswerSize(c.Case.Candidates, c.Case.Target, unlimited: true);
            var bytes = (long)(combinations * BytesPerCombination + values * BytesPerValue);

            var actual = Create<ICombinationSum>(implementation, bytes).CombinationSum(c.Candidates, c.Target);

            actual.Should().HaveCount((int)combinations).And.Subject.Sum(x => (long)x.Length).Should().Be((long)values);
            if (bytes > 0)
            {
                FluentActions.Invoking(() => Create<ICombinationSum>(implementation, bytes - 1).CombinationSum(c.Candidates, c.Target))
                    .Should().ThrowExactly<InsufficientMemoryException>("the answer takes {0} bytes", bytes);
            }
        });
    }

    [Theory, Implementations<ICombinationSum2>(ReferencesOnly = true)]
    public void CombinationSum2RefusesExactlyTheAnswersAboveItsLimit(string implementation)
    {
        _ = Subject.Create<ICombinationSum2>(implementation);

        PropertyCheck.ForAll(ScaledCase.Of(CandidatesCase.OnceEach), c =>
        {
            var (combinations, values) = Oracle.AnswerSize(c.Case.Candidates, c.Case.Target, unlimited: false);
            var bytes = (long)(combinations * BytesPerCombination + values * BytesPerValue);

            var actual = Create<ICombinationSum2>(implementation, bytes).CombinationSum2(c.Candidates, c.Target);

            actual.Should().HaveCount((int)combinations).And.Subject.Sum(x => (long)x.Length).Should().Be((long)values);
            if (bytes > 0)
            {
                FluentActions.Invoking(() => Create<ICombinationSum2>(implementation, bytes - 1).CombinationSum2(c.Candidates, c.Target))
                    .Should().ThrowExactly<InsufficientMemoryException>("the answer takes {0} bytes", bytes);
            }
        });
    }

    [Theory, Implementations<ICombinationSum>(ReferencesOnly = true)]
    public void TheLimitMustNotBeNegative(string implementation)
    {
        _ = Subject.Create<ICombinationSum>(implementation);

        FluentActions.Invoking(() => Create<ICombinationSum>(implementation, -1)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("maxAnswerBytes");
        Create<ICombinationSum>(implementation, 0).CombinationSum([2], 3).Should().BeEmpty("no combinations take no bytes");
    }

    [Fact]
    public void TheOracleSizesAgreeWithBruteForce()
    {
        PropertyCheck.ForAll(CandidatesCase.UnlimitedSmall, c =>
        {
            var combinations = Oracle.UnlimitedByBruteForce(c.Candidates, c.Target);
            Oracle.AnswerSize(c.Candidates, c.Target, unlimited: true).Should()
                .Be((new BigInteger(combinations.Count), new BigInteger(combinations.Sum(x => x.Length))));
        });
        PropertyCheck.ForAll(CandidatesCase.OnceEachSmall, c =>
        {
            var combinations = Oracle.OnceEachByBruteForce(c.Candidates, c.Target);
            Oracle.AnswerSize(c.Candidates, c.Target, unlimited: false).Should()
                .Be((new BigInteger(combinations.Count), new BigInteger(combinations.Sum(x => x.Length))));
        });
    }

    private static void ShouldRefuse(Action act, string example)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        act.Should().ThrowExactly<InsufficientMemoryException>(example);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(RefusalAllocationBound, "{0}: the answer is refused before any of it is built", example);
    }

    // The premise of a refusal: more bytes than the garbage collector can have on this machine.
    private static void ShouldBeTooManyBytes(long combinations, long values) =>
        ((BigInteger)combinations * BytesPerCombination + (BigInteger)values * BytesPerValue).Should()
            .BeGreaterThan(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    // A reference solution limited to maxAnswerBytes, through the constructor every reference has.
    private static T Create<T>(string implementation, long maxAnswerBytes)
        where T : class
    {
        var type = KataDefinition.ContractFor<T>().Find(implementation).Type;
        var constructor = type.GetConstructor([typeof(long)])
            ?? throw new InvalidOperationException($"{type.Name} has no constructor taking the answer's byte limit.");
        return (T)constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, [maxAnswerBytes], culture: null);
    }

    /// <summary>A valid input scaled by a factor: 1, or one that takes its target beyond 2²⁰, where answers are measured by walking them.</summary>
    public sealed record ScaledCase(CandidatesCase Case, int Factor)
    {
        public int[] Candidates => [.. Case.Candidates.Select(v => v * Factor)];

        public int Target => Case.Target * Factor;

        public static Arbitrary<ScaledCase> Of(Arbitrary<CandidatesCase> cases) =>
            cases.Generator
                .SelectMany(c => Gen.Elements(1, ((1 << 20) / Math.Max(c.Target, 1)) + 1).Select(factor => new ScaledCase(c, factor)))
                .ToArbitrary();

        public override string ToString() => $"{Case}, scaled by {Factor}";
    }
}
