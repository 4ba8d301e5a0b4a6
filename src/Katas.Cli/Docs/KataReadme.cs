using System.Text.RegularExpressions;

namespace Katas.Cli.Docs;

/// <summary>
/// A kata's README.md: the statement, the hints in <c>&lt;details&gt;&lt;summary&gt;Hint N: …&lt;/summary&gt;</c>
/// blocks, and the sections that give the solutions away.
/// </summary>
internal sealed partial class KataReadme
{
    private KataReadme(string markdown)
    {
        Markdown = markdown.ReplaceLineEndings("\n");
        Hints = HintBlock().Matches(Markdown)
            .Select((m, i) => new Hint(i + 1, CleanTitle(m.Groups["title"].Value), m.Groups["body"].Value.Trim()))
            .ToArray();
    }

    /// <summary>Gets the whole README, with LF line endings.</summary>
    public string Markdown { get; }

    /// <summary>Gets the hints, in order.</summary>
    public IReadOnlyList<Hint> Hints { get; }

    /// <summary>Reads the README of the kata whose source folder is <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">The kata has no README.md.</exception>
    public static KataReadme Load(string directory) => Parse(File.ReadAllText(Path.Combine(directory, "README.md")));

    /// <summary>Reads a README from its text.</summary>
    public static KataReadme Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        return new KataReadme(markdown);
    }

    /// <summary>
    /// Gets the README for reading before solving: each hint block becomes a one-line pointer to
    /// <c>katas hint</c>, and the sections about the reference solutions (a heading that starts with
    /// "Reference solutions" or "Solutions", down to the next heading of the same level) are left out.
    /// </summary>
    /// <param name="hintCommand">The command that shows the next hint, for the pointer.</param>
    /// <param name="hidden">The titles of the sections left out.</param>
    public string Statement(string hintCommand, out IReadOnlyList<string> hidden)
    {
        var text = HintBlock().Replace(Markdown, "");
        text = HintsHeading().Replace(text, m => $"{m.Value}\n{Hints.Count} {(Hints.Count == 1 ? "hint, shown" : "hints, shown one at a time")} by `{hintCommand}`.\n");
        var lines = text.Split('\n');
        var kept = new List<string>();
        var removed = new List<string>();
        int? skipping = null;
        var fenced = false;
        foreach (var line in lines)
        {
            fenced ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            var heading = fenced ? null : Heading().Match(line) is { Success: true } h ? h : null;
            if (heading is not null && skipping is { } level && heading.Groups["hashes"].Length <= level)
            {
                skipping = null;
            }

            if (heading is not null && skipping is null && SolutionsTitle().IsMatch(heading.Groups["title"].Value))
            {
                skipping = heading.Groups["hashes"].Length;
                removed.Add(heading.Groups["title"].Value.Trim());
            }

            if (skipping is null)
            {
                kept.Add(line);
            }
        }

        hidden = removed;
        return MultipleBlankLines().Replace(string.Join('\n', kept), "\n\n").Trim() + "\n";
    }

    // "Hint 2: a deque of candidates" -> "a deque of candidates"; markup in the summary is dropped.
    private static string CleanTitle(string title)
    {
        var text = Tags().Replace(title, "").Trim();
        return HintPrefix().Replace(text, "").Trim();
    }

    [GeneratedRegex(@"<details>\s*<summary>(?<title>.*?)</summary>(?<body>.*?)</details>[ \t]*\n?", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HintBlock();

    [GeneratedRegex(@"^#{1,6}[ \t]+Hints?[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HintsHeading();

    [GeneratedRegex(@"^(?<hashes>#{1,6})[ \t]+(?<title>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(Reference solutions|Solutions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SolutionsTitle();

    [GeneratedRegex(@"^Hint\s*\d+\s*[:.\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex HintPrefix();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
