using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>
/// A million values, where a sum's rounding errors have had time to add up: the contract's bounds hold
/// up to n = 10⁶. A few inputs only, their exact answers computed once for every implementation.
/// </summary>
public sealed class LargeInputTests
{
    private const int N = 1_000_000;

    public static TheoryData<string> Inputs { get; } = new(LargeInput.All.Keys);

    [Theory, Implementations<ISoftmax>(Cases = nameof(Inputs))]
    public void LogSumExpIsWithinTheBound(string implementation, string input)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var large = LargeInput.All[input];

        var actual = sut.LogSumExp(large.X);

        var (exact, l, max) = large.ExactLogSumExp;
        Oracle.Error(actual, exact).Should().BeLessThanOrEqualTo(Oracle.LogSumExpBound(exact, l, max), "{0}: got {1:R}, exact {2}", input, actual, exact);
    }

    [Theory, Implementations<ISoftmax>(Cases = nameof(Inputs))]
    public void SoftmaxIsWithinTheBoundAndSumsToOne(string implementation, string input)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var large = LargeInput.All[input];

        Laws.SoftmaxIsWithinTheBound(sut, large.X, large.ExactSoftmax);

        var p = new double[N];
        sut.Softmax(large.X, p);
        Math.Abs(Laws.CompensatedSum(p) - 1).Should().BeLessThanOrEqualTo(Tolerance.Relative, "{0}: the outputs sum to 1", input);
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxInPlaceOfAMillionValues(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);
        var large = LargeInput.All["logits"];
        var x = (double[])large.X.Clone();

        sut.Softmax(x, x);

        for (var i = 0; i < N; i++)
        {
            var exact = large.ExactSoftmax[i].High;
            if (Math.Abs(x[i] - exact) > Tolerance.Softmax(exact))
            {
                x[i].Should().BeApproximately(exact, Tolerance.Softmax(exact), "entry {0}", i);
            }
        }
    }
}
