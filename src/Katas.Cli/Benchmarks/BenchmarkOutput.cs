using System.Globalization;
using System.Text.RegularExpressions;

namespace Katas.Cli.Benchmarks;

/// <summary>
/// Reads BenchmarkDotNet's console output: the progress ("// Benchmark: …", "// ** Remained N …") and,
/// for each case, the exception its process died of (the oracle check in <c>[GlobalSetup]</c> throws
/// "X is wrong for …" when an implementation's answer disagrees with the definition).
/// </summary>
internal static partial class BenchmarkOutput
{
    /// <summary>Finds the failure message of each case whose process threw.</summary>
    public static IReadOnlyList<BenchmarkFailure> Failures(IEnumerable<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var failures = new List<BenchmarkFailure>();
        (string Type, string Method, Dictionary<string, string> Parameters)? current = null;
        string? message = null;
        void Flush()
        {
            if (current is { } c && message is not null)
            {
                failures.Add(new BenchmarkFailure(c.Type, c.Method, c.Parameters, message));
            }

            message = null;
        }

        foreach (var line in output)
        {
            if (Case(line) is { } started)
            {
                Flush();
                current = started;
            }
            else if (current is not null && message is null && Exception().Match(line) is { Success: true } thrown
                && !thrown.Groups["type"].Value.EndsWith("TargetInvocationException", StringComparison.Ordinal))
            {
                var type = thrown.Groups["type"].Value;
                var text = thrown.Groups["message"].Value.Trim();
                message = type.EndsWith(".InvalidOperationException", StringComparison.Ordinal) ? text : $"{type[(type.LastIndexOf('.') + 1)..]}: {text}";
            }
            else if (line.StartsWith("// ** Remained", StringComparison.Ordinal) || line.StartsWith("// ***** BenchmarkRunner: Finish", StringComparison.Ordinal))
            {
                Flush();
                current = null;
            }
        }

        Flush();
        return failures;
    }

    /// <summary>Reads "// Benchmark: Type.Method: Job [A=1, B=2]" into its parts, or <see langword="null"/>.</summary>
    public static (string Type, string Method, Dictionary<string, string> Parameters)? Case(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        if (BenchmarkHeader().Match(line) is not { Success: true } header)
        {
            return null;
        }

        var parameters = header.Groups["parameters"].Value
            .Split(", ", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return (header.Groups["type"].Value, header.Groups["method"].Value, parameters);
    }

    /// <summary>Reads "// ** Remained 6 (85.7 %) benchmark(s) to run. Estimated finish … (0h 1m from now) **".</summary>
    public static (int Remaining, string? Eta)? Remaining(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        return RemainedLine().Match(line) is { Success: true } m
            ? (int.Parse(m.Groups["count"].ValueSpan, CultureInfo.InvariantCulture), m.Groups["eta"].Success ? m.Groups["eta"].Value : null)
            : null;
    }

    /// <summary>Reads "// ***** Found 7 benchmark(s) in total *****".</summary>
    public static int? Total(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        return FoundLine().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^// Benchmark: (?<type>[\w`]+)\.(?<method>\w+): .*\[(?<parameters>[^\]]*)\]\s*$")]
    private static partial Regex BenchmarkHeader();

    [GeneratedRegex(@"^\s*(?:---> )?(?<type>[A-Za-z_][\w.]*(?:Exception|Error)): (?<message>.+)$")]
    private static partial Regex Exception();

    [GeneratedRegex(@"^// \*\* Remained (?<count>\d+) (?:.*\((?<eta>[^()]*from now)\))?")]
    private static partial Regex RemainedLine();

    [GeneratedRegex(@"^// \*\*\*\*\* Found (\d+) benchmark")]
    private static partial Regex FoundLine();
}
