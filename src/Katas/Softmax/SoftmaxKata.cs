using System.Runtime.ExceptionServices;
using Katas.Discovery;
using Katas.Softmax.Solutions;

namespace Katas.Softmax;

/// <summary>The Softmax and log-sum-exp kata: stable, accurate, and in two passes.</summary>
public sealed class SoftmaxKata : KataDefinition
{
    // One call of each operation on a tiny valid input.
    private static readonly Action<ISoftmax>[] Operations =
    [
        s => s.LogSumExp([0, 1]),
        s => s.Softmax([0, 1], new double[2]),
    ];

    /// <inheritdoc/>
    public override string Title => "Softmax and Log-Sum-Exp";

    /// <inheritdoc/>
    public override int Order => 8;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<ISoftmax>(
            probe: AnyOperation,
            oracle: typeof(ThreePass),
            baseline: typeof(ThreePass)),
    ];

    // A learner writes the two operations one at a time, so an implementation counts as started as soon
    // as either stops throwing NotImplementedException; from then on every test runs, and the tests of
    // the operation still missing fail (the to-do list). Only when both are stubs is the first stub's
    // exception rethrown, stack intact, so that the skip message names the file to edit.
    private static void AnyOperation(ISoftmax softmax)
    {
        NotImplementedException? stub = null;
        foreach (var operation in Operations)
        {
            try
            {
                operation(softmax);
                return;
            }
            catch (NotImplementedException e)
            {
                stub ??= e;
            }
            catch (Exception e) when (e is not NotImplementedException)
            {
                return;
            }
        }

        ExceptionDispatchInfo.Throw(stub!);
    }
}
