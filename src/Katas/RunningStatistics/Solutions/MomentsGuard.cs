namespace Katas.RunningStatistics.Solutions;

/// <summary>The argument checks every solution shares.</summary>
internal static class MomentsGuard
{
    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static void ThrowIfNotFinite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Every value must be finite; {paramName} is {value}.", paramName);
        }
    }

    /// <summary>Throws, naming the first index, when some value is NaN or infinite.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite (<c>ParamName</c> is <c>values</c>).</exception>
    public static void ThrowIfAnyNotFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Every value must be finite; values[{i}] is {values[i]}.", nameof(values));
            }
        }
    }

    /// <summary>
    /// Throws unless <paramref name="moments"/> could summarise some values: a count of 0 or more, a finite
    /// mean, an M2 of 0 or more (+∞ is allowed: an M2 beyond <see cref="double.MaxValue"/>), and nothing but
    /// zeros for a count of 0.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="moments"/> is not a possible summary.</exception>
    public static void ThrowIfInvalid(Moments moments, string paramName)
    {
        var problem =
            moments.Count < 0 ? $"its count is {moments.Count}, below 0"
            : !double.IsFinite(moments.Mean) ? $"its mean is {moments.Mean}, not a finite number"
            : !(moments.M2 >= 0) ? $"its M2 is {moments.M2}, not 0 or more"
            : moments.Count == 0 && (moments.Mean != 0 || moments.M2 != 0) ? $"it summarises no values but its mean is {moments.Mean} and its M2 {moments.M2}, not 0"
            : null;
        if (problem is not null)
        {
            throw new ArgumentException($"{paramName} {moments} is not a summary of any values: {problem}.", paramName);
        }
    }
}
