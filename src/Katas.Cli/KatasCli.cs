using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using Katas.Cli.Commands;
using Katas.Cli.Processes;
using Katas.Cli.Watching;
using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli;

/// <summary>The <c>katas</c> command line: parsing (System.CommandLine), errors and exit codes; each command lives in <see cref="Commands"/>.</summary>
internal static class KatasCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where all output goes.</param>
    /// <param name="context">Creates the context once a command needs the repository; <see langword="null"/> outside it (after saying so).</param>
    /// <param name="cancellationToken">Stops a long command (Ctrl+C).</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, Func<CliContext?> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(context);

        var root = Build(context, console.Profile.Width);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return ReportParseErrors(console, root, parsed);
        }

        // Ctrl+C is the caller's (Program's) to handle: it cancels the token, which kills any dotnet
        // process a command started before katas exits.
        var writer = new ConsoleWriter(console);
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = writer, Error = writer, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]Stopped.[/]");
            return 130;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            console.MarkupLine($"[red]katas could not finish: {Markup.Escape(e.Message)}[/]");
            return ExitCode.Environment;
        }
    }

    /// <summary>The variable through which the <c>katas</c> launcher names the repository it belongs to.</summary>
    public const string RootVariable = "KATAS_ROOT";

    /// <summary>
    /// Creates the context for a real run: real processes, the terminal, and the repository the launcher
    /// names (<see cref="RootVariable"/>: it belongs to one, and works on it from any folder), or else the
    /// one around the current directory.
    /// </summary>
    public static CliContext? CreateContext(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);

        var named = Environment.GetEnvironmentVariable(RootVariable);
        var root = named is { Length: > 0 } && File.Exists(Path.Combine(named, Repository.MarkerFile))
            ? Path.GetFullPath(named)
            : Repository.FindRoot(Environment.CurrentDirectory);
        var home = Repository.FindRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            OutsideRepository(console, Environment.CurrentDirectory, home);
            return null;
        }

        if (home is not null && !string.Equals(Path.GetFullPath(home), Path.GetFullPath(root), StringComparison.Ordinal))
        {
            console.MarkupLine($"[yellow]This katas was built in {Markup.Escape(home)}, so it knows the katas of that copy, not of {Markup.Escape(root)}.[/]");
        }

        var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive;
        return new CliContext
        {
            Console = console,
            Root = root,
            Processes = new SystemProcessRunner(),
            IsInteractive = interactive,
            Keys = interactive ? new ConsoleKeyReader() : null,
        };
    }

    /// <summary>Explains that <c>katas</c> runs inside the repository, and where that is when known.</summary>
    public static void OutsideRepository(IAnsiConsole console, string directory, string? repository)
    {
        ArgumentNullException.ThrowIfNull(console);

        console.MarkupLine($"[red]{Markup.Escape(directory)} is not inside the Katas repository[/] (no {Repository.MarkerFile} here or above).");
        console.MarkupLine(repository is null
            ? "Run katas from the root of your clone of the repository, for example: cd ~/katas && dotnet run --project src/Katas.Cli"
            : $"Run it from the repository root: [bold]cd {Markup.Escape(repository)}[/] and then [bold]dotnet run --project src/Katas.Cli[/] (or your katas alias).");
    }

    private static Command Build(Func<CliContext?> context, int width)
    {
        // Optional for the commands that take the current kata without one; reset names it on purpose.
        var kata = KataArgument("The kata, in kebab case (sliding-window-maximum) or as its folder name, in any case; without one, the kata you used last while it is in progress, else the next one katas list suggests.", ArgumentArity.ZeroOrOne);
        var resultsKata = KataArgument("The kata, in kebab case (sliding-window-maximum) or as its folder name, in any case; without one, the kata you used last.", ArgumentArity.ZeroOrOne);
        var requiredKata = KataArgument("The kata, in kebab case (sliding-window-maximum) or as its folder name, in any case.", ArgumentArity.ExactlyOne);

        // A plain command rather than RootCommand, whose name would be the assembly's (Katas.Cli).
        var help = new HelpOption { Recursive = true };
        ((HelpAction)help.Action!).MaxWidth = width;
        var root = new Command(
            "katas",
            "Practise algorithm katas: read a kata, write your solution, check it, watch it, race it against the references.\n" +
            "Exit codes: 0 done (for check: everything you wrote passes), 1 not there yet, 2 bad input, 3 wrong place or a tool failed.")
        {
            help,
            new VersionOption(),
        };

        var noRun = new Option<bool>("--no-run") { Description = "Do not run the tests of katas changed since their last check; show them as \"changed, not checked\"." };
        var list = new Command("list", "Every kata in the suggested order, with your status (not started, failing, passing) and your progress. The default command.") { noRun };
        list.SetAction((result, token) => With(context, c => ListCommand.ExecuteAsync(c, !result.GetValue(noRun), token)));
        root.Subcommands.Add(list);
        root.SetAction((result, token) => With(context, c => ListCommand.ExecuteAsync(c, runTests: true, token)));

        var all = new Option<bool>("--all") { Description = "Show the whole README, hints and reference solutions included." };
        var show = new Command("show", "The kata's statement, readable in a terminal (hints and solutions held back).") { kata, all };
        show.SetAction(result => WithSync(context, c => ShowCommand.Execute(c, result.GetValue(kata), result.GetValue(all))));
        root.Subcommands.Add(show);

        var number = new Argument<int?>("number") { Description = "Show this hint (1, 2, …) rather than the next one; katas hint 2 is hint 2 of the current kata.", Arity = ArgumentArity.ZeroOrOne };
        var hint = new Command("hint", "The next hint from the kata's README, one at a time.") { kata, number };
        hint.SetAction(result => WithSync(context, c => HintCommand.Execute(c, result.GetValue(kata), result.GetValue(number))));
        root.Subcommands.Add(hint);

        var replay = new Option<string?>("--replay") { Description = "Replay a property failure exactly: the KATAS_REPLAY seed it printed, for example 123,456." };
        var timeout = new Option<int?>("--timeout")
        {
            Description = "Stop your tests this many seconds after they start (an infinite loop, say). By default ten times as long as they took last time, at least 20 s; 60 s before they ever ran.",
        };
        var noScaling = new Option<bool>("--no-scaling") { Description = "Do not time a passing solution on larger inputs (the scaling probe)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show every failure in full, and counterexamples before shrinking." };
        var every = new Option<bool>("--all") { Description = "Every kata, rather than the current one." };
        var check = new Command("check", "Build, run only your tests of the kata (of every kata with --all), and say what fails: input, expected and actual output. Exit code 0 only when everything you wrote passes.")
        {
            kata, every, replay, timeout, verbose, noScaling,
        };
        check.SetAction((result, token) => With(context, c => CheckOptions(result, c) is { } options ? CheckCommand.ExecuteAsync(c, options, token) : Task.FromResult(ExitCode.Usage)));
        root.Subcommands.Add(check);

        var poll = new Option<bool>("--poll") { Description = "Only poll for changes (for file systems that send no change events)." };
        var interval = new Option<double>("--interval") { Description = "Seconds between polls.", DefaultValueFactory = _ => 1.0 };
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds the files must stay unchanged before a re-run.", DefaultValueFactory = _ => 300 };
        var watch = new Command("watch", "Run check, then again every time you save a source file, until you quit (q or Ctrl+C).")
        {
            kata, every, replay, timeout, verbose, noScaling, poll, interval, debounce,
        };
        watch.SetAction((result, token) => With(context, c =>
        {
            var seconds = result.GetValue(interval);
            var pause = result.GetValue(debounce);
            if (seconds <= 0 || pause < 0)
            {
                c.Console.MarkupLine("[red]--interval must be positive and --debounce at least 0.[/]");
                return Task.FromResult(ExitCode.Usage);
            }

            return CheckOptions(result, c) is { } options
                ? WatchCommand.ExecuteAsync(c, new WatchCommand.Options(options, TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(pause), result.GetValue(poll)), token)
                : Task.FromResult(ExitCode.Usage);
        }));
        root.Subcommands.Add(watch);

        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask before resetting." };
        var reset = new Command("reset", "Restore the unsolved stub. Your file is saved first under .katas/attempts/<kata>/<time>/: nothing is lost.") { requiredKata, yes };
        reset.SetAction(result => WithSync(context, c => ResetCommand.Execute(c, result.GetValue(requiredKata), result.GetValue(yes))));
        root.Subcommands.Add(reset);

        var parameters = new Option<string[]>("--params") { Description = "Choose parameter values, for example --params N=10000000 K=16,1000 (one representative value of each otherwise).", AllowMultipleArgumentsPerToken = true };
        var references = new Option<string[]>("--references") { Description = "Race only these reference solutions (comma- or space-separated).", AllowMultipleArgumentsPerToken = true };
        var job = new Option<string>("--job") { Description = "The BenchmarkDotNet job.", DefaultValueFactory = _ => "short" };
        job.AcceptOnlyFromAmong("dry", "short", "medium", "long");
        var full = new Option<bool>("--full") { Description = "Run every parameter value you did not choose (can take an hour)." };
        var benchVerbose = new Option<bool>("--verbose", "-v") { Description = "Show BenchmarkDotNet's own output as it runs." };
        var bench = new Command("bench", "Benchmark your implementations against the reference solutions (a short job) and rank them: time, ratio to the fastest reference and to the Limit, allocations. A wrong solution is reported as wrong, not timed.")
        {
            resultsKata, parameters, references, job, full, benchVerbose,
        };
        bench.SetAction((result, token) => With(context, c => BenchCommand.ExecuteAsync(
            c,
            new BenchCommand.Options(
                result.GetValue(resultsKata),
                result.GetValue(parameters) ?? [],
                (result.GetValue(references) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
                result.GetValue(job) ?? "short",
                result.GetValue(full),
                result.GetValue(benchVerbose)),
            token)));
        root.Subcommands.Add(bench);

        var kataName = new Argument<string>("name") { Description = "The new kata's name in kebab case, for example running-median (folder and namespace RunningMedian)." };
        var create = new Command("new", "Create the skeleton of a new kata: contract, definition, README with hints, the Practice stub, a reference solution, tests with a straightforward stand-in, and a benchmark; it builds, and its tests are skipped until the stubs are written.") { kataName };
        create.SetAction(result => WithSync(context, c => NewCommand.Execute(c, result.GetValue(kataName)!)));
        root.Subcommands.Add(create);

        var force = new Option<bool>("--force") { Description = "Show them even though your implementation does not pass yet." };
        var solutions = new Command("solutions", "Where the reference solutions are, with a line about each; once your implementation passes.") { resultsKata, force };
        solutions.SetAction((result, token) => With(context, c => SolutionsCommand.ExecuteAsync(c, result.GetValue(resultsKata), result.GetValue(force), token)));
        root.Subcommands.Add(solutions);

        return root;

        // Without a kata, the current one; with --all, every kata (a null kata).
        CheckCommand.Options? CheckOptions(ParseResult result, CliContext c)
        {
            var name = result.GetValue(kata);
            if (result.GetValue(every))
            {
                if (name is not null)
                {
                    c.Console.MarkupLine($"[red]Name a kata or use --all, not both ('{Markup.Escape(name)}' and --all).[/]");
                    return null;
                }
            }
            else if (name is null)
            {
                name = KataResolver.Resolve(c, null, KataPurpose.Work)?.Name;
                if (name is null)
                {
                    return null;
                }
            }

            return new(
                name,
                result.GetValue(replay)?.Trim('(', ')', ' ', '"'),
                result.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : null,
                result.GetValue(verbose),
                result.GetValue(noScaling));
        }
    }

    private static Argument<string?> KataArgument(string description, ArgumentArity arity)
    {
        var argument = new Argument<string?>("kata") { Description = description, Arity = arity, HelpName = "kata" };
        argument.CompletionSources.Add(_ => KataDefinition.All.Select(k => new CompletionItem(k.Name, detail: k.Title)));
        return argument;
    }

    private static async Task<int> With(Func<CliContext?> context, Func<CliContext, Task<int>> command) =>
        context() is { } c ? await command(c).ConfigureAwait(false) : ExitCode.Environment;

    private static int WithSync(Func<CliContext?> context, Func<CliContext, int> command) =>
        context() is { } c ? command(c) : ExitCode.Environment;

    private static int ReportParseErrors(IAnsiConsole console, Command root, ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command == root && parsed.UnmatchedTokens.Count > 0)
        {
            var typed = parsed.UnmatchedTokens[0];
            var names = root.Subcommands.Select(c => c.Name).ToArray();
            var suggestion = Suggestions.Closest(typed, names);
            console.MarkupLine($"[red]Unknown command '{Markup.Escape(typed)}'.[/]{(suggestion is null ? "" : $" Did you mean [bold]{suggestion}[/]?")}");
            if (KataDefinition.Find(typed) is { } kata)
            {
                console.MarkupLine($"'{Markup.Escape(typed)}' is a kata: try [bold]katas show {kata.Name}[/] or [bold]katas check {kata.Name}[/].");
            }

            console.MarkupLine("Commands:");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2)).AddColumn();
            foreach (var subcommand in root.Subcommands)
            {
                var description = subcommand.Description ?? "";
                var first = description.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? description[..(end + 1)] : description;
                grid.AddRow(new Markup($"[bold]{subcommand.Name}[/]"), new Markup(Markup.Escape(first)));
            }

            console.Write(grid);

            console.MarkupLine("[dim]katas --help explains them; katas <command> --help lists a command's options.[/]");
            return ExitCode.Usage;
        }

        // A command that needs a kata (reset) and got none: say so and name them, as for an unknown kata.
        if (command.Arguments.Any(a => a.Name == "kata" && a.Arity.MinimumNumberOfValues > 0) && parsed.GetResult(command.Arguments.First(a => a.Name == "kata")) is not { Tokens.Count: > 0 })
        {
            console.MarkupLine($"[red]Name a kata:[/] katas {command.Name} <kata>");
            console.MarkupLine("Katas:");
            foreach (var kata in KataDefinition.All)
            {
                console.MarkupLine($"  [bold]{kata.Name}[/]  [dim]{Markup.Escape(kata.Title)}[/]");
            }

            return ExitCode.Usage;
        }

        foreach (var error in parsed.Errors)
        {
            console.MarkupLine($"[red]{Markup.Escape(error.Message)}[/]");
        }

        var path = command == root ? "katas" : $"katas {command.Name}";
        console.MarkupLine($"[dim]{path} --help lists the arguments and options.[/]");
        return ExitCode.Usage;
    }
}
