namespace Katas.Softmax.Solutions;

/// <summary>log(1 + s) accurate to about an ulp for every s ≥ 0, tiny ones included.</summary>
/// <remarks>
/// .NET has no accurate log1p: <see cref="double.LogP1"/> is <c>Math.Log(x + 1)</c>, and 1 + 4.2e-18
/// rounds to 1, so it returns 0 for log-sum-exp's [0, −40]. Here u = 1 + s is rounded, its rounding
/// error δ = (1 + s) − u is recovered exactly (TwoSum), and log(1 + s) = log(u + δ) = log(u) + δ/u to
/// within (δ/u)²/2 &lt; ε²/8.
/// </remarks>
internal static class Log1p
{
    /// <summary>Returns log(1 + <paramref name="high"/> + <paramref name="low"/>), for a sum held as a value and its correction.</summary>
    /// <param name="high">The sum, at least 0.</param>
    /// <param name="low">Its correction, small beside <paramref name="high"/> (0 for a plain double).</param>
    public static double Of(double high, double low = 0)
    {
        var u = 1 + high;

        // TwoSum: the exact rounding error of 1 + high, plus the correction.
        var highPart = u - 1;
        var delta = ((1 - (u - highPart)) + (high - highPart)) + low;
        return Math.Log(u) + delta / u;
    }
}
