using FluentAssertions.Execution;
using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// Every reference against an unreadable page right after its input and its destination and then right
/// before them (<see cref="Guarded{T}"/>): a read or write outside the spans stops the test process instead
/// of going unnoticed. Every length to 100 (every vector width's tails and the four-vector unrolling) and
/// lengths around the blocks of 1 024 values, out of place and in place.
/// </summary>
/// <remarks>References only: a learner's safe code cannot reach outside a span, and a learner's check should
/// never end in a segmentation fault.</remarks>
public sealed class GuardPageTests
{
    private static IEnumerable<int> Lengths =>
        Enumerable.Range(1, 100).Concat([1_023, 1_024, 1_025, 2_047, 2_049, 5_000]);

    [Theory, Implementations<ISoftmax>(ReferencesOnly = true)]
    public void ReadsAndWritesOnlyItsSpans(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        foreach (var n in Lengths)
        {
            var x = Logits(n);
            var exact = Oracle.Softmax(x);

            foreach (var guardBefore in (bool[])[false, true])
            {
                using var input = new Guarded<double>(x, guardBefore);
                using var destination = new Guarded<double>(new double[n], guardBefore);
                using var inPlace = new Guarded<double>(x, guardBefore);
                using var scope = new AssertionScope($"n = {n}, {input.Placement}");

                Laws.LogSumExpIsWithinTheBound(x, sut.LogSumExp(input.Span));
                sut.Softmax(input.Span, destination.Span);
                Laws.SoftmaxIsWithinTheBound(destination.Span, exact);
                sut.Softmax(inPlace.Span, inPlace.Span);
                Laws.SoftmaxIsWithinTheBound(inPlace.Span, exact);
            }
        }
    }

    // Logits of spread 20 with a −∞ now and then (a term that is exactly zero), seeded by the length.
    private static double[] Logits(int n)
    {
        var random = new Random(n);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = i % 17 == 5 ? double.NegativeInfinity : (random.NextDouble() - 0.5) * 20;
        }

        return x;
    }
}
