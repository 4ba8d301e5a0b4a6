using Katas.Cli.Progress;
using Spectre.Console;

namespace Katas.Cli.Testing;

/// <summary>Prints a check for a person: a verdict per kata, and each failure's case, expected and actual output.</summary>
internal sealed class CheckPrinter
{
    /// <summary>How many failures are shown in full unless the learner asks for all of them.</summary>
    public const int DetailedFailures = 3;

    private const int MaxValueLength = 600;

    private readonly CliContext _context;
    private readonly bool _verbose;

    public CheckPrinter(CliContext context, bool verbose)
    {
        _context = context;
        _verbose = verbose;
    }

    private IAnsiConsole Console => _context.Console;

    /// <summary>Prints <paramref name="report"/>.</summary>
    public void Print(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        switch (report.Run.Kind)
        {
            case CheckRunKind.BuildFailed:
                PrintBuildErrors(report.Run);
                return;
            case CheckRunKind.TimedOut:
                Console.MarkupLine($"[red]✗ Your code ran for more than {Describe(report.Run.Timeout ?? TestRunner.DefaultTimeout)} and was stopped.[/] Is there a loop that never ends? ([bold]--timeout[/] allows longer.)");
                PrintHung(report.Run.Output);
                return;
            case CheckRunKind.Crashed when CrashReport.StackOverflow(report.Run.Output) is { } overflow:
                Console.MarkupLine("[red]✗ Stack overflow: your code calls itself without end (or too deeply), and took the test process down.[/]");
                foreach (var line in overflow)
                {
                    Console.MarkupLine($"  {Markup.Escape(line)}");
                }

                return;
            case CheckRunKind.Crashed:
                Console.MarkupLine("[red]✗ The test process crashed before it could report.[/]");
                PrintTail(report.Run.Output, "What it printed last:");
                return;
        }

        // How long the tests ran (not the build or the host's start): a learner sees what their code costs.
        var took = report.Katas.Count == 1 && report.Run.Duration is { } duration
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" [dim]in {duration.TotalSeconds:0.0} s[/]")
            : "";
        foreach (var kata in report.Katas)
        {
            PrintKata(kata, took);
        }
    }

    private void PrintKata(KataCheck check, string took)
    {
        var name = $"[bold]{check.Kata.Name}[/]";
        var who = (check.Implementations.Count > 0 ? $" [dim]({Markup.Escape(string.Join(", ", check.Implementations))})[/]" : "") + took;
        switch (check.Status)
        {
            case KataStatus.NotStarted when check.Tests.Count == 0:
                Console.MarkupLine($"[yellow]○[/] {name}: no learner tests found.");
                return;
            case KataStatus.NotStarted:
                Console.MarkupLine($"[yellow]○[/] {name}: not started.");
                PrintNotStarted(check);
                return;
            case KataStatus.Passing:
                Console.MarkupLine($"[green]✓[/] {name}: all {check.Passed} {Tests(check.Passed)} pass{who}.");
                PrintNotStarted(check);
                return;
        }

        Console.MarkupLine($"[red]✗[/] {name}: {check.Failed} of {check.Passed + check.Failed} {Tests(check.Passed + check.Failed)} fail{who}.");
        PrintNotStarted(check);
        var failures = Order(check.Failures).ToArray();
        var shown = _verbose ? failures : failures.Take(DetailedFailures).ToArray();
        for (var i = 0; i < shown.Length; i++)
        {
            Console.WriteLine();
            PrintFailure(i + 1, FailureDetails.From(shown[i], _context.Root), check.Kata.Name);
        }

        if (failures.Length > shown.Length)
        {
            Console.WriteLine();
            var rest = failures.Skip(shown.Length).Select(f => FailureDetails.Humanize(f.Method)).Distinct().ToArray();
            Console.MarkupLine($"[dim]…and {failures.Length - shown.Length} more: {Markup.Escape(string.Join("; ", rest.Take(8)))}{(rest.Length > 8 ? "; …" : ".")}[/]");
            Console.MarkupLine($"[dim]See them all with[/] katas check {check.Kata.Name} --verbose");
        }
    }

    private void PrintNotStarted(KataCheck check)
    {
        foreach (var reason in check.NotStarted)
        {
            Console.MarkupLine($"  [dim]{Markup.Escape(reason)}[/]");
        }
    }

    private void PrintFailure(int number, FailureDetails failure, string kata)
    {
        var who = failure.Implementation is null ? "" : $" [dim][[{Markup.Escape(failure.Implementation)}]][/]";
        var kind = failure.PropertySummary is null ? "" : $" [dim](property, {Markup.Escape(failure.PropertySummary)})[/]";
        Console.MarkupLine($"[red]{number})[/] [bold]{Markup.Escape(failure.Title)}[/]{who}{kind}");

        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(3).PadRight(2)).AddColumn();
        void Row(string label, string? value, string style = "")
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var text = Markup.Escape(Shorten(value));
                grid.AddRow(new Markup($"[dim]{label}[/]"), new Markup(style.Length == 0 ? text : $"[{style}]{text}[/]"));
            }
        }

        var expectedArgument = failure.Arguments.FirstOrDefault(a => a.Key == "expected").Value;
        var arguments = failure.Arguments.Where(a => a.Key != "expected").ToList();
        var because = failure.Because;

        // Example tests often restate their whole input in the reason ("label: nums = [...], k = 3"),
        // where the arguments above are cut short: show that instead of the shortened arguments.
        string? input = null;
        var label = arguments.FirstOrDefault(a => because?.StartsWith(a.Value + ": ", StringComparison.Ordinal) == true);
        if (label.Key is not null)
        {
            var rest = because![(label.Value.Length + 2)..];
            var restated = arguments.Where(a => a.Key != label.Key).ToArray();
            if (restated.Length > 0 && restated.All(a => rest.Contains(a.Key + " = ", StringComparison.Ordinal)))
            {
                input = rest;
                because = null;
                arguments = [label];
            }
        }

        foreach (var (name, value) in arguments)
        {
            Row(name, value);
        }

        // A property shows the calls its failing run made: the input the learner's code received and
        // what it returned, never the generated case when the call received something else.
        if (failure.Calls.Count > 0)
        {
            Row("calls", string.Join('\n', failure.Calls));
        }
        else
        {
            Row("input", input ?? failure.Counterexample);
        }

        if (failure.OriginalCounterexample is { } original && _verbose)
        {
            Row("before shrinking", original);
        }

        Row("expected", failure.Expected ?? expectedArgument, "green");
        Row("actual", failure.Actual, "red");

        // When the assertion is about something else than the call's result (the input after the call,
        // say), the result is shown too: the learner's output is always on screen.
        if (failure.Output is { } output && failure.Exception is null && failure.Actual?.StartsWith(output, StringComparison.Ordinal) != true)
        {
            Row(failure.Actual is null ? "actual" : "returned", output, failure.Actual is null ? "red" : "");
        }
        Row("threw", failure.Exception, "red");
        Row("at", failure.Location);
        Row("because", because);

        if (failure.Expected is null && failure.Actual is null && failure.Exception is null)
        {
            Row("message", failure.PropertySummary is null ? failure.Message : FirstLines(failure.Message, 12));
        }

        if (failure.ReplaySeed is { } seed)
        {
            Row("replay", $"katas check {kata} --replay {seed}");
        }

        Console.Write(grid);
    }

    private void PrintBuildErrors(CheckRun run)
    {
        Console.MarkupLine("[red]✗ Your code does not compile.[/]");
        if (run.BuildErrors.Count == 0)
        {
            PrintTail(run.Output, "dotnet build said:");
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2)).AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var error in run.BuildErrors.Take(_verbose ? int.MaxValue : 10))
        {
            var where = error.File is null ? "" : $"{_context.Show(error.File)}:{error.Line}:{error.Column}";
            grid.AddRow(new Markup($"[bold]{Markup.Escape(where)}[/]"), new Markup($"[dim]{error.Code}[/]"), new Markup(Markup.Escape(error.Message)));
        }

        Console.Write(grid);
        if (!_verbose && run.BuildErrors.Count > 10)
        {
            Console.MarkupLine($"[dim]…and {run.BuildErrors.Count - 10} more (--verbose shows them all).[/]");
        }
    }

    private void PrintHung(IReadOnlyList<string> output)
    {
        var hung = CrashReport.StillRunning(output);
        if (hung.Count == 0)
        {
            PrintTail(output, "What it printed last:");
            return;
        }

        Console.MarkupLine("[dim]Still running when stopped:[/]");
        foreach (var test in hung)
        {
            var arguments = FailureDetails.ParseArguments(test.Name).Where(a => a.Key != "implementation").Select(a => $"{a.Key} = {a.Value}");
            var method = test.Name.Split('(', 2)[0].Split(' ', 2)[0];
            var title = FailureDetails.Humanize(method[(method.LastIndexOf('.') + 1)..]);
            var detail = string.Join(", ", arguments);
            Console.MarkupLine($"  [bold]{Markup.Escape(title)}[/]{(detail.Length == 0 ? "" : $" [dim]({Markup.Escape(detail)})[/]")}");
        }
    }

    private void PrintTail(IReadOnlyList<string> output, string heading)
    {
        // Stack frames of the test framework say nothing to the learner.
        var tail = output.Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .TakeLast(_verbose ? 200 : 15)
            .ToArray();
        if (tail.Length == 0)
        {
            return;
        }

        Console.MarkupLine($"[dim]{heading}[/]");
        foreach (var line in tail)
        {
            Console.MarkupLine($"  [dim]{Markup.Escape(line)}[/]");
        }
    }

    // Examples (which carry their arguments) read more easily than properties; show one failure per
    // test method before a second of the same method.
    private static IEnumerable<TestCaseResult> Order(IEnumerable<TestCaseResult> failures) =>
        failures
            .GroupBy(f => f.Type + "." + f.Method)
            .SelectMany(g => g.Select((f, i) => (Failure: f, Rank: i)))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Failure.Name.Contains('(', StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(x => x.Failure.Message?.Length ?? 0)
            .Select(x => x.Failure);

    private static string Tests(int count) => count == 1 ? "test" : "tests";

    private static string Shorten(string value)
    {
        var single = value.ReplaceLineEndings("\n").Trim();
        return single.Length <= MaxValueLength ? single : single[..MaxValueLength] + " …";
    }

    private static string FirstLines(string text, int count) =>
        string.Join('\n', text.Split('\n').Take(count));

    private static string Describe(TimeSpan span) =>
        span.TotalSeconds < 90 ? $"{span.TotalSeconds:0} seconds" : $"{span.TotalMinutes:0.#} minutes";
}
