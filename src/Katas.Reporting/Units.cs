using System.Globalization;

namespace Katas.Reporting;

/// <summary>Formats times, sizes and ratios for people, with invariant culture.</summary>
public static class Units
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A time in nanoseconds with four significant digits and the unit that keeps it below 1000: <c>812.3 ns</c>, <c>1.234 ms</c>.</summary>
    public static string Time(double nanoseconds) => Time(nanoseconds, trim: false);

    /// <summary>A time in nanoseconds without trailing zeros, for axis ticks: <c>1 μs</c>, <c>2.5 ms</c>.</summary>
    public static string TimeTick(double nanoseconds) => Time(nanoseconds, trim: true);

    private static string Time(double nanoseconds, bool trim)
    {
        var (value, unit) = Math.Abs(nanoseconds) switch
        {
            < 1e3 => (nanoseconds, "ns"),
            < 1e6 => (nanoseconds / 1e3, "μs"),
            < 1e9 => (nanoseconds / 1e6, "ms"),
            _ => (nanoseconds / 1e9, "s"),
        };
        return $"{Significant(value, 4, trim)} {unit}";
    }

    /// <summary>A byte count as BenchmarkDotNet shows it (1 KB = 1024 B): <c>40 B</c>, <c>3.91 KB</c>, <c>38.15 MB</c>.</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes.ToString(Invariant)} B" : $"{value.ToString("0.##", Invariant)} {units[unit]}";
    }

    /// <summary>A ratio with about three significant digits: <c>0.012</c>, <c>3.25</c>, <c>12.5</c>, <c>1,250</c>.</summary>
    public static string Ratio(double ratio) => Math.Abs(ratio) switch
    {
        0 => "0.00",
        < 0.1 => Significant(ratio, 2),
        < 10 => ratio.ToString("0.00", Invariant),
        < 100 => ratio.ToString("0.0", Invariant),
        _ => ratio.ToString("#,0", Invariant),
    };

    /// <summary>A slope with two decimals: <c>1.00</c>, <c>-0.03</c>.</summary>
    public static string Slope(double slope) => (Math.Round(slope, 2) + 0.0).ToString("0.00", Invariant);

    /// <summary>An input size in short form for plot axes: <c>500</c>, <c>1k</c>, <c>100k</c>, <c>10M</c>.</summary>
    public static string Size(double size) => Math.Abs(size) switch
    {
        >= 1e9 => $"{Significant(size / 1e9, 3, trim: true)}G",
        >= 1e6 => $"{Significant(size / 1e6, 3, trim: true)}M",
        >= 1e3 => $"{Significant(size / 1e3, 3, trim: true)}k",
        _ => size.ToString("#,0.##", Invariant),
    };

    /// <summary>A parameter value as a number with thousands separators when it is an integer (<c>10,000,000</c>), otherwise as written.</summary>
    public static string Parameter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return long.TryParse(value, NumberStyles.AllowLeadingSign, Invariant, out var number) ? number.ToString("#,0", Invariant) : value;
    }

    // Rounds to `digits` significant digits; keeps the trailing zeros (1.200 ms) unless `trim`.
    private static string Significant(double value, int digits, bool trim = false)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString(Invariant);
        }

        var decimals = Math.Clamp(digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15);
        var text = Math.Round(value, decimals).ToString("F" + decimals.ToString(Invariant), Invariant);
        return trim && text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
