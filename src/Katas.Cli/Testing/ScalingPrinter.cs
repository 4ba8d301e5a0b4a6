using System.Globalization;
using System.Text;
using Katas.Discovery;
using Katas.Reporting;
using Spectre.Console;

namespace Katas.Cli.Testing;

/// <summary>
/// Prints what a kata's scaling probes found, one line per probe and learner implementation: the
/// measured growth against the growth the statement asks for, and how far the learner is from the
/// fastest reference, for example
/// <c>✓ correct · time grows like k¹·⁰ at n = 10⁵ (aim: independent of k) · 38× slower than CacheBlockedSimd</c>.
/// </summary>
internal static class ScalingPrinter
{
    // A measured exponent this far above the aim is shown as a warning: well beyond the noise of a
    // short measurement, and beyond the log factor of an O(n log n) solution against a linear aim.
    private const double Tolerance = 0.3;

    /// <summary>Prints <paramref name="outcome"/>.</summary>
    public static void Print(IAnsiConsole console, ScalingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);

        var labelled = outcome.Results.Count > 1;
        foreach (var result in outcome.Results)
        {
            console.MarkupLine(Line(result, labelled));
        }

        if (outcome.Interrupted is { } why)
        {
            console.MarkupLine(outcome.Crashed ? $"[red]✗ wrong on a larger input:[/] {Markup.Escape(why)}." : $"[yellow]Scaling not measured to the end:[/] {Markup.Escape(why)}.");
        }
    }

    /// <summary>Formats one result as markup.</summary>
    public static string Line(ScalingResult result, bool labelled)
    {
        ArgumentNullException.ThrowIfNull(result);

        var label = labelled ? $"[bold]{Markup.Escape(Label(result))}[/]: " : "";
        if (result.Wrong is { } wrong)
        {
            return $"{label}[red]✗ wrong on a larger input:[/] {Markup.Escape(wrong)}.";
        }

        var at = result.At.Length > 0 ? $" at {result.At}" : "";
        var line = new StringBuilder($"{label}[green]✓ correct[/] · ");
        var slope = Slope(result);
        if (slope is null)
        {
            var only = result.Points.FirstOrDefault();
            line.Append(only is null
                ? "too slow to time even the smallest probe input"
                : $"too slow to time more than one size ({Time(only.Seconds)} at {result.Axis} = {Size(only.Size)})");
        }
        else
        {
            var growth = slope < 0.15
                ? $"time does not grow with {result.Axis}"
                : $"time grows like {Power(result.Axis, slope.Value)}";
            line.Append(slope > result.AimExponent + Tolerance ? $"[yellow]{Markup.Escape(growth)}[/]" : Markup.Escape(growth));
        }

        line.Append(Markup.Escape($"{at} (aim: {result.Aim})"));
        if (result.Points.Count > 0)
        {
            var last = result.Points[^1];
            var ratio = last.Seconds / last.RivalSeconds;
            line.Append(" · ").Append(Markup.Escape(ratio switch
            {
                >= 1.15 => $"{Ratio(ratio)} slower than {result.Rival}",
                <= 1 / 1.15 => $"{Ratio(1 / ratio)} faster than {result.Rival}",
                _ => $"as fast as {result.Rival}",
            }));
        }

        if (result.Stopped is { } stopped)
        {
            line.Append(Markup.Escape($" · stopped before {stopped}, which would take about {Time(result.StoppedSeconds ?? 0)}"));
        }

        return line.ToString();
    }

    /// <summary>The fitted exponent of the learner's times against the sizes (as the benchmark report fits it), or <see langword="null"/> with fewer than two sizes.</summary>
    public static double? Slope(ScalingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);

        return Scaling.Slope(result.Points.Select(p => (p.Size, p.Seconds)));
    }

    /// <summary>Writes <paramref name="axis"/> to the power <paramref name="exponent"/> with one decimal, in superscript: <c>k¹·⁰</c>.</summary>
    public static string Power(string axis, double exponent)
    {
        ArgumentNullException.ThrowIfNull(axis);

        const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = Math.Round(exponent, 1).ToString("0.0", CultureInfo.InvariantCulture);
        var superscript = new StringBuilder();
        foreach (var c in text)
        {
            superscript.Append(c switch
            {
                '.' => '·',
                '-' => '⁻',
                _ => Digits[c - '0'],
            });
        }

        return (axis.Contains(' ', StringComparison.Ordinal) ? $"({axis})" : axis) + superscript;
    }

    private static string Label(ScalingResult result) =>
        $"{(result.Operation.Length > 0 ? result.Operation : result.Interface)} ({result.Implementation})";

    private static string Ratio(double ratio) =>
        (ratio >= 10 ? ratio.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ') : ratio.ToString("0.0", CultureInfo.InvariantCulture)) + "×";

    private static string Size(double size) => size.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string Time(double seconds) => seconds switch
    {
        >= 1 => $"{seconds.ToString("0.#", CultureInfo.InvariantCulture)} s",
        >= 1e-3 => $"{(seconds * 1e3).ToString("0.#", CultureInfo.InvariantCulture)} ms",
        _ => $"{(seconds * 1e6).ToString("0", CultureInfo.InvariantCulture)} μs",
    };
}
