using System.Text.RegularExpressions;

namespace Katas.Cli.Testing;

/// <summary>Reads what a test process printed before it crashed or was stopped.</summary>
internal static partial class CrashReport
{
    /// <summary>
    /// For a stack overflow, the lines that locate it: the repeat count and the frames in the kata code
    /// (not the tests or the framework); otherwise <see langword="null"/>.
    /// </summary>
    public static IReadOnlyList<string>? StackOverflow(IReadOnlyList<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var start = output.ToList().FindIndex(l => l.StartsWith("Stack overflow", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var line in output.Skip(start + 1))
        {
            if (line.StartsWith("Repeated", StringComparison.Ordinal))
            {
                lines.Add(line.Trim());
            }
            else if (KataFrame().Match(line) is { Success: true } frame && !lines.Contains(frame.Value.Trim()))
            {
                lines.Add(frame.Value.Trim());
            }
            else if (TestFrame().Match(line) is { Success: true } test)
            {
                lines.Add($"(while running {test.Groups[1].Value})");
                break;
            }

            if (lines.Count >= 8)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>The tests the runner last reported as long running (<c>-longRunning</c>), by display name.</summary>
    public static IReadOnlyList<(string Name, string Elapsed)> StillRunning(IReadOnlyList<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // The runner repeats the whole list every few seconds: keep the latest report of each test.
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output)
        {
            if (LongRunning().Match(line) is { Success: true } match)
            {
                latest[match.Groups["name"].Value.Replace("\\\"", "\"", StringComparison.Ordinal)] = match.Groups["elapsed"].Value;
            }
        }

        return latest.Select(p => (p.Key, p.Value)).ToArray();
    }

    // "   at Katas.SlidingWindowMaximum.Practice.Max(Int32[], Int32, Int32)", not the tests or the discovery code.
    [GeneratedRegex(@"^\s*at (Katas\.(?!Tests\.|Discovery\.)[^\s(]+\([^)]*\))")]
    private static partial Regex KataFrame();

    [GeneratedRegex(@"^\s*at Katas\.Tests\.(?!Infrastructure\.)([\w.]+)\(")]
    private static partial Regex TestFrame();

    [GeneratedRegex(@"\[Long Running Test\] '(?<name>.+)', Elapsed: (?<elapsed>[\d:.]+)")]
    private static partial Regex LongRunning();
}
