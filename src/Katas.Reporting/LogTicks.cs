namespace Katas.Reporting;

/// <summary>
/// Chooses the ticks of a log-scaled axis, positions in log₁₀ of the value, so that every axis has at least
/// <see cref="Minimum"/> labelled ticks however narrow its range: powers of ten when the range spans enough
/// decades, then 1-2-5, then 1-2-3-5, then every digit of each decade, and, for a range narrower still,
/// evenly spaced values across it.
/// </summary>
public static class LogTicks
{
    /// <summary>The fewest labelled ticks an axis gets.</summary>
    public const int Minimum = 3;

    private static readonly int[][] Mantissas = [[1], [1, 2, 5], [1, 2, 3, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

    /// <summary>The major tick positions (log₁₀ of the values) within [<paramref name="low"/>, <paramref name="high"/>], ascending.</summary>
    /// <param name="low">The axis's lower limit, in log₁₀ of the value.</param>
    /// <param name="high">The axis's upper limit, in log₁₀ of the value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not finite, or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public static IReadOnlyList<double> Major(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), "The limits of a log axis must be finite.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(high, low);

        foreach (var mantissas in Mantissas)
        {
            var ticks = Candidates(low, high, mantissas);
            if (ticks.Count >= Minimum)
            {
                return ticks;
            }
        }

        // Narrower than a factor of about 1.4: evenly spaced values, with as few significant digits as
        // keep them apart (three at least).
        var values = Enumerable.Range(0, Minimum).Select(i => Math.Pow(10, low + ((high - low) * (i + 0.5) / Minimum))).ToArray();
        for (var digits = 3; digits < 15; digits++)
        {
            var rounded = values.Select(v => Round(v, digits)).ToArray();
            if (rounded.Distinct().Count() == Minimum)
            {
                return rounded.Select(Math.Log10).ToArray();
            }
        }

        return values.Select(Math.Log10).ToArray();
    }

    /// <summary>The minor tick positions: every digit of each decade within the range that is not a major tick.</summary>
    public static IReadOnlyList<double> Minor(double low, double high, IReadOnlyList<double> major)
    {
        ArgumentNullException.ThrowIfNull(major);

        return Candidates(low, high, Mantissas[^1]).Where(t => !major.Any(m => Math.Abs(m - t) < 1e-9)).ToArray();
    }

    private static List<double> Candidates(double low, double high, int[] mantissas)
    {
        var ticks = new List<double>();
        for (var decade = (int)Math.Floor(low) - 1; decade <= (int)Math.Ceiling(high); decade++)
        {
            foreach (var mantissa in mantissas)
            {
                var position = decade + Math.Log10(mantissa);
                if (position >= low - 1e-9 && position <= high + 1e-9)
                {
                    ticks.Add(position);
                }
            }
        }

        return ticks;
    }

    private static double Round(double value, int significant)
    {
        var scale = Math.Pow(10, significant - 1 - (int)Math.Floor(Math.Log10(value)));
        return Math.Round(value * scale) / scale;
    }
}
