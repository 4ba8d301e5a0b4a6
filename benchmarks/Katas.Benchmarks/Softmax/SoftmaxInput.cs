namespace Katas.Benchmarks.Softmax;

/// <summary>The logits a softmax benchmark normalises.</summary>
public enum SoftmaxInput
{
    /// <summary>Uniform in [−10, 10): a model's output layer. The running maximum settles within the first block.</summary>
    Random,

    /// <summary>
    /// The same with eight large outliers, 50 to 400 in increasing order spread across the input: the
    /// running maximum grows eight times, so the online solutions rescale, and almost all the mass is on
    /// the last outlier.
    /// </summary>
    Outliers,
}
