namespace Katas.Softmax.Solutions;

/// <summary>
/// The online normaliser (Milakov and Gimelshein, 2018): one pass keeps a running maximum and the sum
/// of exp(xᵢ − max) so far, rescaling the sum whenever the maximum grows; softmax needs one more pass
/// to write.
/// </summary>
/// <remarks>
/// <para>
/// When a new maximum m′ arrives, every term seen so far was relative to the old maximum m, so the sum
/// is multiplied by exp(m − m′) and the old maximum's own term (1) joins the others. The sum kept is
/// that of the entries other than the current maximum, compensated (<see cref="CompensatedSum"/>), so
/// log-sum-exp is m + log1p(sum), as in <see cref="ThreePass"/>.
/// </para>
/// <para>
/// Time O(n): one pass for log-sum-exp and two for softmax (one fewer than the textbook); one
/// <see cref="Math.Exp"/> per element and pass (so two per element for softmax) plus one per new
/// maximum. Extra space O(1).
/// </para>
/// </remarks>
public sealed class OnlineNormalizer : ISoftmax
{
    /// <inheritdoc/>
    public double LogSumExp(ReadOnlySpan<double> x)
    {
        var (max, others, infinities) = Normalise(x);
        if (double.IsNaN(max))
        {
            return double.NaN;
        }

        if (infinities > 0)
        {
            return double.PositiveInfinity;
        }

        // No values, or only −∞: log 0.
        return double.IsNegativeInfinity(max) ? max : max + Log1p.Of(others.Sum, others.Error);
    }

    /// <inheritdoc/>
    public void Softmax(ReadOnlySpan<double> x, Span<double> destination)
    {
        SoftmaxGuard.ThrowIfInvalid(x, destination);

        var (max, others, infinities) = Normalise(x);
        if (double.IsNaN(max))
        {
            destination.Fill(double.NaN);
            return;
        }

        if (infinities > 0)
        {
            SoftmaxGuard.WriteSpecial(x, destination, 0);
            return;
        }

        if (double.IsNegativeInfinity(max))
        {
            throw SoftmaxGuard.NoDistribution();
        }

        // The second pass: the maximum's own term, 1, completes the sum.
        var total = 1 + others.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Math.Exp(x[i] - max) / total;
        }
    }

    // One pass: the largest finite value (NaN when some value is NaN), the compensated sum of
    // exp(xᵢ − max) over the other finite values, and the number of +∞ values.
    private static (double Max, CompensatedSum Others, int Infinities) Normalise(ReadOnlySpan<double> x)
    {
        var max = double.NegativeInfinity;
        var others = new CompensatedSum();
        var infinities = 0;
        foreach (var value in x)
        {
            if (double.IsNaN(value))
            {
                return (double.NaN, others, infinities);
            }

            if (double.IsPositiveInfinity(value))
            {
                infinities++;
            }
            else if (value > max)
            {
                if (!double.IsNegativeInfinity(max))
                {
                    // The old maximum becomes one of the others; everything so far shrinks by exp(max − value).
                    others.Add(1);
                    others.Scale(Math.Exp(max - value));
                }

                max = value;
            }
            else if (!double.IsNegativeInfinity(value))
            {
                others.Add(Math.Exp(value - max));
            }
        }

        return (max, others, infinities);
    }
}
