namespace Katas.Softmax;

/// <summary>
/// Softmax and log-sum-exp over doubles: the normalised exponentials that end every classifier, and the
/// logarithm of their normaliser that its loss needs, computed without overflow and without losing
/// the small terms.
/// </summary>
/// <remarks>
/// <para>
/// Accuracy is part of the contract. With <c>m = max xᵢ</c> and <c>L = log(1 + Σ over the other
/// entries of exp(xᵢ − m))</c>, so that the exact log-sum-exp is <c>m + L</c>:
/// <see cref="LogSumExp"/> is within 2 units in the last place (ulps) of the exact value plus 2 ulps of
/// max(|m|, L); every <see cref="Softmax"/> output is within 1e-12 relative of its exact value, or
/// within 1e-300 absolute where the exact value is smaller than that, and the outputs sum to 1 within
/// 1e-12 (up to a million entries).
/// </para>
/// <para>
/// Writing the formula as it reads overflows once an entry passes 709.78 (exp gives infinity);
/// subtracting the maximum first fixes that, and a compensated or pairwise sum with log1p for the
/// logarithm gives the accuracy above. A plain running sum does not.
/// </para>
/// </remarks>
public interface ISoftmax
{
    /// <summary>Returns log(Σ exp(xᵢ)), the logarithm of the sum of the exponentials of <paramref name="x"/>.</summary>
    /// <param name="x">
    /// The values, any doubles, possibly empty. They are only read. An entry of −∞ contributes nothing
    /// (its exponential is 0).
    /// </param>
    /// <returns>
    /// −∞ for no values; NaN when any value is NaN; otherwise +∞ when any value is +∞; −∞ when every value
    /// is −∞. Otherwise (every value finite or −∞) the log-sum-exp within 2 ulps of the exact value plus 2
    /// ulps of max(|m|, L), where m is the largest value and L = log(1 + Σ over the other entries of
    /// exp(xᵢ − m)): [1000, 1000] gives 1000 + ln 2, [0, −40] gives 4.248354255291589e-18, and 10 000
    /// copies of 10 000 give 10 000 + ln 10 000. The result is never below m.
    /// </returns>
    /// <remarks>Every input is valid: nothing is thrown.</remarks>
    double LogSumExp(ReadOnlySpan<double> x);

    /// <summary>
    /// Writes the softmax of <paramref name="x"/> into <paramref name="destination"/>:
    /// <c>destination[i] = exp(x[i]) / Σⱼ exp(x[j])</c>.
    /// </summary>
    /// <param name="x">The values, any doubles, at least one. Not modified, unless it is also <paramref name="destination"/>.</param>
    /// <param name="destination">
    /// Where the probabilities go: exactly as long as <paramref name="x"/>. It may be the very same
    /// memory as <paramref name="x"/> (softmax in place), but may not overlap it any other way.
    /// </param>
    /// <remarks>
    /// <para>
    /// When any value is NaN, every output is NaN. Otherwise, when some values are +∞, they share the
    /// probability equally (each gets 1/k for k infinities) and every other output is 0. An entry of −∞
    /// gets 0.
    /// </para>
    /// <para>
    /// Otherwise each output is within 1e-12 relative of the exact value, or within 1e-300 absolute where
    /// the exact value is below that (it underflows), never negative, and the outputs sum to 1 within
    /// 1e-12 (for up to a million entries).
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty, or every value is −∞ (there is no distribution), with
    /// <see cref="ArgumentException.ParamName"/> <c>"x"</c>; or <paramref name="destination"/>'s length
    /// differs from <paramref name="x"/>'s, or it overlaps <paramref name="x"/> without being the same
    /// memory, with <see cref="ArgumentException.ParamName"/> <c>"destination"</c>. Nothing is written then.
    /// </exception>
    void Softmax(ReadOnlySpan<double> x, Span<double> destination);
}
