using System.Text;
using System.Text.RegularExpressions;

namespace Katas.Cli.Testing;

/// <summary>
/// A failed test taken apart for a person: the case (the theory's arguments or the property's
/// counterexample), what was expected, what the code did, and how to replay a property failure.
/// </summary>
internal sealed partial record FailureDetails
{
    /// <summary>Gets the test method, in words: <c>ReturnsTheMaximumOfEachWindow</c> becomes "Returns the maximum of each window".</summary>
    public required string Title { get; init; }

    /// <summary>Gets the implementation the test ran, when known.</summary>
    public string? Implementation { get; init; }

    /// <summary>Gets the theory's arguments other than the implementation, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; init; } = [];

    /// <summary>
    /// Gets the smallest failing input FsCheck found, for a property: the input the failing call of the
    /// learner's code received (or, when the test recorded no call, the generated case).
    /// </summary>
    public string? Counterexample { get; init; }

    /// <summary>Gets what that call returned, for a property that recorded one call.</summary>
    public string? Output { get; init; }

    /// <summary>Gets every call of the failing run as <c>input → output</c>, for a property that made several.</summary>
    public IReadOnlyList<string> Calls { get; init; } = [];

    /// <summary>Gets the failing input before shrinking, when FsCheck shrank it.</summary>
    public string? OriginalCounterexample { get; init; }

    /// <summary>Gets "after 3 tests, 5 shrinks" for a property.</summary>
    public string? PropertySummary { get; init; }

    /// <summary>Gets what the test expected.</summary>
    public string? Expected { get; init; }

    /// <summary>Gets what the code did instead.</summary>
    public string? Actual { get; init; }

    /// <summary>Gets the reason the assertion gives (its <c>because</c> clause).</summary>
    public string? Because { get; init; }

    /// <summary>Gets the exception the learner's code threw, as "Type: message", when it threw rather than returned a wrong answer.</summary>
    public string? Exception { get; init; }

    /// <summary>Gets the learner's line that threw (<c>src/Katas/X/Practice.cs:12</c>), when the stack trace names one.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the <c>KATAS_REPLAY</c> seed that replays a property failure exactly.</summary>
    public string? ReplaySeed { get; init; }

    /// <summary>Gets the whole failure message, for when the parts above do not say enough.</summary>
    public required string Message { get; init; }

    /// <summary>Takes <paramref name="test"/>'s failure apart.</summary>
    public static FailureDetails From(TestCaseResult test, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(test);

        var message = (test.Message ?? "").ReplaceLineEndings("\n").Trim();
        var assertion = message;
        var stack = test.StackTrace ?? "";
        string? counterexample = null, original = null, summary = null, replay = null, exception = null, output = null;
        IReadOnlyList<string> calls = [];
        if (Falsified().Match(message) is { Success: true } falsified)
        {
            var tests = falsified.Groups["tests"].Value;
            var shrinks = falsified.Groups["shrinks"].Value;
            summary = $"falsified after {tests} {Plural(tests, "test")}, {shrinks} {Plural(shrinks, "shrink")}";
            var input = Section(message, "Input:");
            if (input is not null || Section(message, "Calls:") is not null)
            {
                // The tests' own report (PropertyCheck): the calls the failing run made.
                counterexample = input;
                output = Section(message, "Output:");
                calls = Section(message, "Calls:")?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                original = Section(message, "Before shrinking:");
            }
            else
            {
                // FsCheck's own report: the generated cases.
                original = Section(message, "Original:");
                counterexample = Section(message, "Shrunk:");
                if (counterexample is null)
                {
                    (counterexample, original) = (original, null);
                }
            }

            replay = Replay().Match(message) is { Success: true } seed ? seed.Groups[1].Value : null;
            var inner = Section(message, "with exception:") ?? "";
            var frames = inner.IndexOf("\n   at ", StringComparison.Ordinal);
            stack = frames >= 0 ? inner[frames..] : "";
            assertion = frames >= 0 ? inner[..frames] : inner;
            if (ExceptionHeader().Match(assertion) is { Success: true } header)
            {
                exception = IsAssertion(header.Groups["type"].Value) ? null : $"{ShortType(header.Groups["type"].Value)}: {header.Groups["message"].Value.Trim()}";
                assertion = header.Groups["message"].Value.Trim();
            }
        }
        else if (test.ExceptionType is { } type && !IsAssertion(type))
        {
            exception = $"{ShortType(type)}: {message}";
        }

        var (expected, actual, because) = exception is null ? ParseAssertion(assertion) : (null, null, null);
        return new FailureDetails
        {
            Title = Humanize(test.Method),
            Implementation = test.Implementation,
            Arguments = ParseArguments(test.Name).Where(a => a.Key != "implementation").ToArray(),
            Counterexample = counterexample,
            Output = output,
            Calls = calls,
            OriginalCounterexample = original,
            PropertySummary = summary,
            Expected = expected,
            Actual = actual,
            Because = because,
            Exception = exception,
            Location = LearnerFrame(stack, root),
            ReplaySeed = replay,
            Message = message,
        };
    }

    /// <summary>Splits a PascalCase method name into a sentence.</summary>
    public static string Humanize(string method)
    {
        ArgumentNullException.ThrowIfNull(method);

        var builder = new StringBuilder(method.Length + 8);
        for (var i = 0; i < method.Length; i++)
        {
            var c = method[i];
            if (c == '_')
            {
                builder.Append(' ');
                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(method[i - 1]) || char.IsDigit(method[i - 1]) || (i + 1 < method.Length && char.IsLower(method[i + 1]) && char.IsUpper(method[i - 1])));
            var startsNumber = i > 0 && char.IsDigit(c) && !char.IsDigit(method[i - 1]);
            if (startsWord || startsNumber)
            {
                builder.Append(' ');
            }

            // Keep acronyms (SIMD) as written; lower-case ordinary words after the first. In a run of
            // capitals, the last one starts the next word when a lower-case letter follows it.
            var isAcronym = false;
            if (char.IsUpper(c))
            {
                var (start, end) = (i, i + 1);
                while (start > 0 && char.IsUpper(method[start - 1]))
                {
                    start--;
                }

                while (end < method.Length && char.IsUpper(method[end]))
                {
                    end++;
                }

                if (end < method.Length && char.IsLower(method[end]))
                {
                    end--;
                }

                isAcronym = end - start >= 2 && i < end;
            }

            builder.Append(builder.Length > 0 && !isAcronym ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>Reads the arguments from a theory's display name: <c>M(a: 1, b: [1, 2], c: "x")</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParseArguments(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);

        var open = displayName.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !displayName.EndsWith(')'))
        {
            return [];
        }

        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var part in SplitTopLevel(displayName[(open + 1)..^1]))
        {
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && part[..colon].All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                arguments.Add(new(part[..colon], Unquote(part[(colon + 2)..].Trim())));
            }
        }

        return arguments;
    }

    private static (string? Expected, string? Actual, string? Because) ParseAssertion(string assertion)
    {
        if (FluentAssertion().Match(assertion) is { Success: true } fluent)
        {
            // "be equal to {1, 2}" is the value {1, 2}; "match the equivalent of …" stays a phrase.
            var expectation = fluent.Groups["expectation"].Value.Trim();
            expectation = ClosureNoise().Replace(expectation, "");
            var prefix = ((string[])["be equal to ", "be equivalent to ", "be "]).FirstOrDefault(p => expectation.StartsWith(p, StringComparison.Ordinal));
            expectation = prefix is null ? "to " + expectation : expectation[prefix.Length..];
            var actual = fluent.Groups["actual"].Value.Trim();
            actual = actual.StartsWith("found ", StringComparison.Ordinal) ? actual[6..] : actual;
            return (expectation, actual, fluent.Groups["because"].Success ? fluent.Groups["because"].Value.Trim() : null);
        }

        if (XunitExpected().Match(assertion) is { Success: true } expected && XunitActual().Match(assertion) is { Success: true } actualLine)
        {
            return (expected.Groups[1].Value.Trim(), actualLine.Groups[1].Value.Trim(), null);
        }

        return (null, null, null);
    }

    // The first frame in the learner's code (src/Katas/..., not a reference solution).
    private static string? LearnerFrame(string stack, string? root)
    {
        foreach (Match frame in Frame().Matches(stack))
        {
            var file = frame.Groups["file"].Value.Replace('\\', '/');
            var at = file.IndexOf("src/Katas/", StringComparison.Ordinal);
            if (at >= 0 && !file.Contains("/Solutions/", StringComparison.Ordinal))
            {
                var shown = root is null ? file[at..] : Katas.Discovery.Repository.Relative(root, frame.Groups["file"].Value);
                return $"{shown}:{frame.Groups["line"].Value}";
            }
        }

        return null;
    }

    private static string? Section(string message, string heading)
    {
        var start = message.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += heading.Length + 2;
        var ends = new[] { "\nShrunk:\n", "\nInput:\n", "\nOutput:\n", "\nCalls:\n", "\nBefore shrinking:\n", "\nwith exception:\n", "\n\nReplay this exact run" }
            .Select(end => message.IndexOf(end, start, StringComparison.Ordinal))
            .Where(i => i >= 0)
            .DefaultIfEmpty(message.Length)
            .Min();
        return message[start..ends].Trim();
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '[' or '(' or '{')
            {
                depth++;
            }
            else if (!quoted && c is ']' or ')' or '}')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == ',')
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..].Trim();
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : value.Replace("···", "…", StringComparison.Ordinal);

    private static bool IsAssertion(string exceptionType) =>
        exceptionType.StartsWith("Xunit.", StringComparison.Ordinal)
        || exceptionType.StartsWith("FluentAssertions.", StringComparison.Ordinal)
        || exceptionType.EndsWith(".PropertyFailedException", StringComparison.Ordinal);

    private static string ShortType(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static string Plural(string count, string noun) => count == "1" ? noun : noun + "s";

    // "value(Katas.Tests.X+<>c__DisplayClass9_2).CS$<>8__locals1.output" is "output" in the test's source.
    [GeneratedRegex(@"value\([^()\s]*\)\.(?:CS\$<>8__locals\d+\.)?")]
    private static partial Regex ClosureNoise();

    [GeneratedRegex(@"Falsifiable, after (?<tests>\d+) tests? \((?<shrinks>\d+) shrinks?\)")]
    private static partial Regex Falsified();

    [GeneratedRegex("KATAS_REPLAY=\"([0-9]+,[0-9]+)\"")]
    private static partial Regex Replay();

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.`]*(?:Exception|Error)): (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex ExceptionHeader();

    [GeneratedRegex(@"^Expected (?<subject>.+?) to (?<expectation>.+?)(?: because (?<because>.+?))?, but (?<actual>.+?)\.?\s*$", RegexOptions.Singleline)]
    private static partial Regex FluentAssertion();

    [GeneratedRegex(@"^\s*Expected:\s*(.*)$", RegexOptions.Multiline)]
    private static partial Regex XunitExpected();

    [GeneratedRegex(@"^\s*Actual:\s*(.*)$", RegexOptions.Multiline)]
    private static partial Regex XunitActual();

    [GeneratedRegex(@" in (?<file>.+?):line (?<line>\d+)")]
    private static partial Regex Frame();
}
