using Katas.Cli;
using Katas.Cli.Docs;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

public sealed class ShowAndHintTests
{
    [Fact]
    public async Task ShowRendersTheStatementWithHintsAndSolutionsHeldBack()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "show", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("Sliding Window Maximum").And.Contain("nums = [1, 3, -1, -3, 5, 3, 6, 7], k = 3")
            .And.Contain("3 hints, shown one at a time by katas hint sliding-window-maximum")
            .And.Contain("src/Katas/SlidingWindowMaximum/Practice.cs");
        console.Output.Should().NotContain("what can never be the answer again", "hints stay hidden until asked for")
            .And.NotContain("CacheBlockedSimd", "the reference solutions are held back");
    }

    [Theory]
    [MemberData(nameof(KataNames))]
    public void EveryCodeBlockOfAStatementFitsAnEightyColumnTerminal(string kata)
    {
        // A code block is a panel: two columns of border and two of padding leave 76 for its lines, and
        // a longer line wraps, breaking the alignment of examples and the commands one copies.
        const int Width = 80 - 4;
        var readme = KataReadme.Load(Path.Combine(TempRepository.RealRoot, KataDefinition.Find(kata)!.SourceDirectory));
        var statement = readme.Statement($"katas hint {kata}", out _);

        var code = System.Text.RegularExpressions.Regex.Matches(statement, "^```[^\n]*\n(?<body>.*?)^```", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.Singleline)
            .SelectMany(m => m.Groups["body"].Value.Split('\n'));

        code.Should().OnlyContain(line => new System.Globalization.StringInfo(line).LengthInTextElements <= Width, "katas show {0} renders each code line on one line of an 80-column terminal", kata);
    }

    [Fact]
    public async Task ShowKeepsTheExamplesAlignedInEightyColumns()
    {
        using var repository = new TempRepository();
        var console = Cli.Console(width: 80);

        await Cli.Run(Cli.Context(repository, console), "show", "maximum-gap");

        var lines = console.Output.Split('\n');
        lines.Should().OnlyContain(l => new System.Globalization.StringInfo(l.TrimEnd()).LengthInTextElements <= 80);
        var arrows = lines.Where(l => l.Contains("→  ", StringComparison.Ordinal)).Select(l => l.IndexOf('→', StringComparison.Ordinal)).ToArray();
        arrows.Should().HaveCountGreaterThanOrEqualTo(6).And.OnlyContain(column => column == arrows[0], "every example's arrow is in one column");
        lines.Should().Contain(l => l.Contains("→  4 294 967 295", StringComparison.Ordinal)).And.NotContain(l => l.Trim() == "│ )" || l.Trim().StartsWith("│ 3, 3", StringComparison.Ordinal));
    }

    public static TheoryData<string> KataNames { get; } = new(KataDefinition.All.Select(k => k.Name));

    [Fact]
    public async Task ShowAllIncludesEverything()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        await Cli.Run(Cli.Context(repository, console), "show", "sliding-window-maximum", "--all");

        console.Output.Should().Contain("CacheBlockedSimd").And.Contain("what can never be the answer again");
    }

    [Fact]
    public void EveryKataReadmeRendersAndHasHints()
    {
        foreach (var kata in KataDefinition.All)
        {
            var readme = KataReadme.Load(Path.Combine(TempRepository.RealRoot, kata.SourceDirectory));
            var console = Cli.Console();

            console.Write(MarkdownRenderer.Render(readme.Markdown));
            console.Write(MarkdownRenderer.Render(readme.Statement("katas hint x", out _)));

            readme.Hints.Should().NotBeEmpty("{0} should have hints in <details> blocks", kata.Name);
            readme.Hints.Select(h => h.Number).Should().Equal(Enumerable.Range(1, readme.Hints.Count));
            readme.Hints.Should().OnlyContain(h => h.Title.Length > 0 && h.Body.Length > 0 && !h.Title.StartsWith("Hint", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task HintShowsTheNextHintEachTimeAndRemembers()
    {
        using var repository = new TempRepository();

        var first = Cli.Console();
        (await Cli.Run(Cli.Context(repository, first), "hint", "sliding-window-maximum")).Should().Be(ExitCode.Success);
        var second = Cli.Console();
        (await Cli.Run(Cli.Context(repository, second), "hint", "sliding-window-maximum")).Should().Be(ExitCode.Success);

        first.Output.Should().Contain("Hint 1 of 3: what can never be the answer again?").And.Contain("Throw such values away")
            .And.NotContain("a deque of candidates");
        second.Output.Should().Contain("Hint 2 of 3: a deque of candidates").And.NotContain("Throw such values away");
    }

    [Fact]
    public async Task HintByNumberAndAfterTheLast()
    {
        using var repository = new TempRepository();

        var third = Cli.Console();
        await Cli.Run(Cli.Context(repository, third), "hint", "sliding-window-maximum", "3");
        var again = Cli.Console();
        await Cli.Run(Cli.Context(repository, again), "hint", "sliding-window-maximum");
        var wrong = Cli.Console();
        var exit = await Cli.Run(Cli.Context(repository, wrong), "hint", "sliding-window-maximum", "4");

        third.Output.Should().Contain("Hint 3 of 3: no deque at all").And.Contain("That was hint 3 of 3, the last.");
        again.Output.Should().Contain("You have seen all 3 hints").And.Contain("katas hint sliding-window-maximum 2");
        exit.Should().Be(ExitCode.Usage);
        wrong.Output.Should().Contain("hints 1 to 3");
    }

    [Fact]
    public async Task AHintAskedForByNumberSaysWhichItWasAndHowManyThereAre()
    {
        using var repository = new TempRepository();
        await Cli.Run(Cli.Context(repository, Cli.Console()), "hint", "sliding-window-maximum", "3");

        var second = Cli.Console();
        await Cli.Run(Cli.Context(repository, second), "hint", "sliding-window-maximum", "2");
        var first = Cli.Console();
        await Cli.Run(Cli.Context(repository, first), "hint", "maximum-gap", "1");

        Cli.Flat(second.Output).Should().Contain("That was hint 2 of 3. Hint 3 again: katas hint sliding-window-maximum 3").And.NotContain("the last");
        Cli.Flat(first.Output).Should().Contain("That was hint 1 of 3. Stuck still? The next one: katas hint maximum-gap");
    }

    [Fact]
    public async Task WithoutAKataAFreshRepositoryStartsWithTheFirstKata()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "hint");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("sliding-window-maximum (the first kata katas list suggests").And.Contain("Hint 1 of 3: what can never be the answer again?");
    }

    [Fact]
    public async Task WithoutAKataCommandsTakeTheKataUsedLast()
    {
        using var repository = new TempRepository();
        await Cli.Run(Cli.Context(repository, Cli.Console()), "show", "maximum-gap");

        var hint = Cli.Console();
        await Cli.Run(Cli.Context(repository, hint), "hint");
        var number = Cli.Console();
        await Cli.Run(Cli.Context(repository, number), "hint", "3");
        var show = Cli.Console();
        await Cli.Run(Cli.Context(repository, show), "show");

        hint.Output.Should().Contain("maximum-gap (the kata you used last").And.Contain("Hint 1 of 3: how small can the largest gap be?");
        number.Output.Should().Contain("Hint 3 of 3: the full int range", "katas hint 3 is hint 3 of the current kata");
        show.Output.Should().Contain("Maximum Gap").And.NotContain("Sliding Window Maximum");
    }

    [Fact]
    public async Task APassingKataIsDoneForHintsButNotForItsResults()
    {
        using var repository = new TempRepository();
        const string Practice = "src/Katas/SlidingWindowMaximum/Practice.cs";
        repository.Write(Practice, "// solved\n");
        var kata = KataDefinition.Find("sliding-window-maximum")!;
        var store = Katas.Cli.Progress.ProgressStore.Load(repository.Root);
        store.For(kata.Name).LastCheck = new Katas.Cli.Progress.CheckRecord(
            Katas.Cli.Progress.SourceFingerprint.Compute(repository.Root, kata), Katas.Cli.Progress.KataStatus.Passing, 36, 0, 0, DateTimeOffset.UtcNow);
        store.Save();

        var hint = Cli.Console();
        await Cli.Run(Cli.Context(repository, hint), "hint");
        var solutions = Cli.Console(width: 200);
        var exit = await Cli.Run(Cli.Context(repository, solutions), "solutions");

        hint.Output.Should().Contain("maximum-gap (the next kata katas list suggests; sliding-window-maximum passes");
        exit.Should().Be(ExitCode.Success);
        solutions.Output.Should().Contain("sliding-window-maximum (the kata you used last").And.Contain("CacheBlockedSimd");
    }

    [Fact]
    public void ReadmeHintsAndSolutionSectionsAreFound()
    {
        var readme = KataReadme.Parse("""
            # Title

            Intro with [brackets] and `code`.

            ## Hints

            <details><summary>Hint 1: first</summary>

            Body **one**.
            </details>

            <details><summary>Hint 2 - second</summary>

            Body two.
            </details>

            ## Reference solutions

            | A | B |
            |---|---:|
            | x | 1 |

            ### Why

            Secret.

            ## After

            Kept.
            """);

        var statement = readme.Statement("katas hint t", out var hidden);

        readme.Hints.Should().Equal(new Hint(1, "first", "Body **one**."), new Hint(2, "second", "Body two."));
        hidden.Should().Equal("Reference solutions");
        statement.Should().Contain("Intro with [brackets]").And.Contain("2 hints, shown one at a time by `katas hint t`").And.Contain("## After")
            .And.NotContain("Secret").And.NotContain("Body two");
        var console = Cli.Console();
        console.Write(MarkdownRenderer.Render(readme.Markdown));
        console.Output.Should().Contain("Intro with [brackets] and code.");
    }
}
