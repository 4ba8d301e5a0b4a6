using Katas.RunningStatistics;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.RunningStatistics;

/// <summary>
/// Every reference against an unreadable page right after its input and then right before it
/// (<see cref="Guarded{T}"/>): a read outside the span stops the test process instead of going unnoticed.
/// Every length to 100 (every vector width's tails and the four-vector unrolling) and lengths around the
/// blocks of 1 024 values.
/// </summary>
/// <remarks>References only: a learner's safe code cannot read outside a span, and a learner's check should
/// never end in a segmentation fault.</remarks>
public sealed class GuardPageTests
{
    private static IEnumerable<int> Lengths =>
        Enumerable.Range(0, 101).Concat([1_023, 1_024, 1_025, 2_047, 2_049, 4_097, 10_000]);

    [Theory, Implementations<IRunningStatistics>(ReferencesOnly = true)]
    public void ReadsOnlyItsInput(string implementation)
    {
        var sut = Subject.Create<IRunningStatistics>(implementation);

        foreach (var n in Lengths)
        {
            // Mean 1 000, spread 1: the offset a one-pass sum of squares loses digits to.
            var random = new Random(n);
            var values = Enumerable.Range(0, n).Select(_ => 1_000 + random.NextDouble()).ToArray();
            var exact = ExactMoments.Of(values);

            foreach (var guardBefore in (bool[])[false, true])
            {
                using var guarded = new Guarded<double>(values, guardBefore);

                Accuracy.ShouldMeetTheContract(sut.Summarize(guarded.Span), exact, $"n = {n}, {guarded.Placement}");
            }
        }
    }
}
