using Katas.Softmax;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Softmax;

/// <summary>NaN, +∞ and −∞ anywhere in long inputs: the contract's rules, whichever block or lane they fall in.</summary>
public sealed class SpecialValueTests
{
    [Theory, Implementations<ISoftmax>]
    public void LogSumExpFollowsTheRulesForSpecialValues(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SpecialCase.Any, c => Rules.LogSumExp(sut, c), maxTest: 100);
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxFollowsTheRulesForSpecialValues(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SpecialCase.Any, c => Rules.Softmax(sut, c, inPlace: false), maxTest: 100);
    }

    [Theory, Implementations<ISoftmax>]
    public void SoftmaxInPlaceFollowsTheRulesForSpecialValues(string implementation)
    {
        var sut = Subject.Create<ISoftmax>(implementation);

        PropertyCheck.ForAll(SpecialCase.Any, c => Rules.Softmax(sut, c, inPlace: true), maxTest: 100);
    }
}
