using System.Numerics.Tensors;
using Katas.Benchmarks.Infrastructure;
using Katas.Softmax;

namespace Katas.Benchmarks.Softmax;

/// <summary>
/// The BCL's <see cref="TensorPrimitives.SoftMax{T}(ReadOnlySpan{T}, Span{T})"/> (System.Numerics.Tensors)
/// behind the kata's contract: a benchmark peer, the softmax .NET code calls.
/// </summary>
/// <remarks>
/// It does not subtract the maximum: it sums exp(xᵢ) in one vectorised pass, then writes exp(xᵢ)/sum in a
/// second, evaluating every exponential twice. So it overflows once a value passes 709.78: for
/// [1000, 1000] it returns [NaN, NaN] (∞/∞), where the answer is [0.5, 0.5]. It has no log-sum-exp.
/// </remarks>
[Peer("System.Numerics.Tensors 10.0.0, TensorPrimitives.SoftMax")]
public sealed class TensorPrimitivesSoftMax : ISoftmax
{
    /// <summary>Not offered by <see cref="TensorPrimitives"/>.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public double LogSumExp(ReadOnlySpan<double> x) =>
        throw new NotSupportedException("System.Numerics.Tensors.TensorPrimitives has no log-sum-exp.");

    /// <inheritdoc/>
    public void Softmax(ReadOnlySpan<double> x, Span<double> destination) => TensorPrimitives.SoftMax(x, destination);
}
