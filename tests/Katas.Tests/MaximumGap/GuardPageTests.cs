using Katas.MaximumGap;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>
/// Every reference against an unreadable page right after its input and then right before it
/// (<see cref="Guarded{T}"/>): a read outside the span stops the test process instead of going unnoticed.
/// Short inputs of every length to 300 (every vector width's tail, the dense and sparse small paths) and
/// the million-value inputs that reach the byte map, the two-level partition and its parallel form.
/// </summary>
/// <remarks>References only: a learner's safe code cannot read outside a span, and a learner's check should
/// never end in a segmentation fault.</remarks>
public sealed class GuardPageTests
{
    public static TheoryData<string> Shapes => LargeInputTests.Shapes;

    [Theory, Implementations<IMaximumGap>(ReferencesOnly = true)]
    public void ReadsOnlyItsInputAtEveryShortLength(string implementation)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);
        var random = new Random(300);

        for (var n = 0; n <= 300; n++)
        {
            // Even lengths span the int range, odd ones a narrow band (width-1 buckets and duplicates).
            var nums = Enumerable.Range(0, n).Select(_ => n % 2 == 0 ? random.Next(int.MinValue, int.MaxValue) : random.Next(-50, 50)).ToArray();
            var expected = Oracle.MaximumGap(nums);

            foreach (var guardBefore in (bool[])[false, true])
            {
                using var guarded = new Guarded<int>(nums, guardBefore);

                sut.MaximumGap(guarded.Span).Should().Be(expected, "n = {0}, {1}", n, guarded.Placement);
            }
        }
    }

    [Theory, Implementations<IMaximumGap>(ReferencesOnly = true, Cases = nameof(Shapes))]
    public void ReadsOnlyItsInputOnAMillionValues(string implementation, string shape)
    {
        var sut = Subject.Create<IMaximumGap>(implementation);
        var nums = LargeInputTests.Inputs[shape]();
        var expected = Oracle.MaximumGapOfMany(nums);

        foreach (var guardBefore in (bool[])[false, true])
        {
            using var guarded = new Guarded<int>(nums, guardBefore);

            sut.MaximumGap(guarded.Span).Should().Be(expected, "{0}, {1}", shape, guarded.Placement);
        }
    }
}
