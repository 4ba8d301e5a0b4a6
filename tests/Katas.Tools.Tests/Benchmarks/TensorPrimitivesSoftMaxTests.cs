using Katas.Benchmarks.Softmax;
using Katas.Softmax.Solutions;

namespace Katas.Tools.Tests.Benchmarks;

/// <summary>
/// What the Softmax kata's README says of its peer, the BCL's <c>TensorPrimitives.SoftMax</c>, pinned: if
/// a future System.Numerics.Tensors subtracts the maximum, this fails and the README needs a new sentence.
/// </summary>
public sealed class TensorPrimitivesSoftMaxTests
{
    [Fact]
    public void OverflowsToNaNWhereTheReferencesDoNot()
    {
        var peer = new double[2];
        new TensorPrimitivesSoftMax().Softmax([1000, 1000], peer);
        peer.Should().Equal([double.NaN, double.NaN], "it sums exp(x) without subtracting the maximum: ∞/∞");

        var reference = new double[2];
        new ThreePass().Softmax([1000, 1000], reference);
        reference.Should().Equal([0.5, 0.5]);
    }

    [Fact]
    public void AgreesWithTheReferencesWhereNothingOverflows()
    {
        var x = SoftmaxInputs.Create(32_000, SoftmaxInput.Outliers);
        var peer = new double[x.Length];
        new TensorPrimitivesSoftMax().Softmax(x, peer);

        SoftmaxInputs.CheckSoftmax(nameof(TensorPrimitivesSoftMax), peer, SoftmaxInputs.Softmax(x));
    }

    [Fact]
    public void HasNoLogSumExp()
    {
        var act = () => new TensorPrimitivesSoftMax().LogSumExp([1, 2]);

        act.Should().Throw<NotSupportedException>();
    }
}
