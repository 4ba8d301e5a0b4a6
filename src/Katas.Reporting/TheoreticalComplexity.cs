using System.Text.RegularExpressions;

namespace Katas.Reporting;

/// <summary>
/// The time and extra-space bounds a solution's XML documentation claims, for example
/// <c>O(n·k)</c> and <c>O(1)</c> from "Time O(n·k), extra space O(1)".
/// </summary>
/// <param name="Time">The time bound, or <see langword="null"/> when the text names none.</param>
/// <param name="Space">The extra-space bound, or <see langword="null"/> when the text names none.</param>
public sealed partial record TheoreticalComplexity(string? Time, string? Space)
{
    /// <summary>No bound is known.</summary>
    public static readonly TheoreticalComplexity Unknown = new(null, null);

    private enum Kind
    {
        None,
        Time,
        Space,
    }

    /// <summary>
    /// Finds the bounds in prose such as "Time O(n log n), extra space O(1).", "O(n) time and O(k) space",
    /// "time: Θ(n²)" or "each index is pushed once: time O(n), extra space O(k)". A bound is an
    /// <c>O</c>, <c>Θ</c> or <c>Ω</c> with balanced parentheses. It counts as time or space by the word
    /// right after it ("O(n) time"), otherwise by the last of "time", "space" or "memory" between it and
    /// the previous bound or sentence. The first bound of each kind wins; an unlabelled bound is ignored
    /// rather than guessed.
    /// </summary>
    public static TheoreticalComplexity Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unknown;
        }

        text = Whitespace().Replace(text, " ");
        string? time = null, space = null;
        var segmentStart = 0;
        foreach (Match start in BoundStart().Matches(text))
        {
            if (start.Index < segmentStart)
            {
                continue; // inside the previous bound, e.g. O(n + O(k))
            }

            var end = ClosingParenthesis(text, start.Index + start.Length);
            if (end < 0)
            {
                break;
            }

            var bound = text[start.Index..(end + 1)];
            var kind = KindAfter(text, end + 1) is var after and not Kind.None ? after : KindBefore(text, segmentStart, start.Index);
            if (kind == Kind.Time)
            {
                time ??= bound;
            }
            else if (kind == Kind.Space)
            {
                space ??= bound;
            }

            segmentStart = end + 1;
        }

        return new TheoreticalComplexity(time, space);
    }

    // The index of the parenthesis that closes the one just before `from`, or -1.
    private static int ClosingParenthesis(string text, int from)
    {
        var depth = 1;
        for (var i = from; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // "O(n) time", "O(1) extra space", "O(k) additional memory": a label among the next three words,
    // before any punctuation.
    private static Kind KindAfter(string text, int from)
    {
        var tail = text[from..];
        var stop = tail.IndexOfAny([',', '.', ';', ':', '(', ')']);
        var words = (stop < 0 ? tail : tail[..stop]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3);
        return words.Select(Label).FirstOrDefault(kind => kind != Kind.None);
    }

    // "Time O(n)", "…; extra space O(k)": the last label since the previous bound and the sentence start.
    private static Kind KindBefore(string text, int segmentStart, int boundStart)
    {
        var head = text[segmentStart..boundStart];
        var sentence = Math.Max(head.LastIndexOf(". ", StringComparison.Ordinal), head.LastIndexOf(';'));
        if (sentence >= 0)
        {
            head = head[(sentence + 1)..];
        }

        return LabelWord().Matches(head).Select(m => Label(m.Value)).LastOrDefault(kind => kind != Kind.None);
    }

    private static Kind Label(string word) => word.Trim().TrimEnd(':').ToLowerInvariant() switch
    {
        "time" or "runtime" or "running" => Kind.Time,
        "space" or "memory" => Kind.Space,
        _ => Kind.None,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // O(, Θ(, Ω( not preceded by a letter or digit (so "LOG(" or "IO(" are not bounds).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[OΘΩ]\s?\(")]
    private static partial Regex BoundStart();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex LabelWord();
}
