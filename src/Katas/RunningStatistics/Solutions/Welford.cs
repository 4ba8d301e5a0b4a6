namespace Katas.RunningStatistics.Solutions;

/// <summary>Welford's incremental update, one value at a time, in one pass: the running mean without stored samples.</summary>
/// <remarks>
/// Algorithm (Welford 1962; Knuth, TAOCP vol. 2, 4.2.2): for the k-th value x, δ = x − mean, then
/// mean += δ / k and M2 += δ·(x − mean). Each deviation is taken from the running mean, so no large sum
/// is ever subtracted from another. Its rounding errors add up like a random walk on data in no
/// particular order, but line up on sorted data, where the mean can drift by about n·2⁻⁵⁵ of itself.
/// Time O(n), extra space O(1).
/// </remarks>
public sealed class Welford : IRunningStatistics
{
    /// <inheritdoc/>
    public Moments Summarize(ReadOnlySpan<double> values)
    {
        long count = 0;
        double mean = 0, m2 = 0;
        foreach (var x in values)
        {
            count++;
            var delta = x - mean;
            mean += delta / count;
            m2 += delta * (x - mean);
        }

        return Updates.Completed(new(count, mean, m2), values, this);
    }

    /// <inheritdoc/>
    public Moments Add(Moments state, double value) => Updates.Add(state, value, Updates.AddUnchecked);

    /// <inheritdoc/>
    public Moments Combine(Moments left, Moments right) => Updates.Combine(left, right, Updates.CombineUnchecked);
}
