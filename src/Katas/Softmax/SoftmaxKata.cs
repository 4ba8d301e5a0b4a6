using Katas.Discovery;
using Katas.Softmax.Solutions;

namespace Katas.Softmax;

/// <summary>The Softmax and log-sum-exp kata: stable, accurate, and in two passes.</summary>
public sealed class SoftmaxKata : KataDefinition
{
    /// <inheritdoc/>
    public override string Title => "Softmax and Log-Sum-Exp";

    /// <inheritdoc/>
    public override int Order => 8;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<ISoftmax>(
            probe: Probes.AnyOf<ISoftmax>(s => s.LogSumExp([0, 1]), s => s.Softmax([0, 1], new double[2])),
            oracle: typeof(ThreePass),
            baseline: typeof(ThreePass)),
    ];
}
