using System.Globalization;
using Katas.Cli.Benchmarks;
using Katas.Cli.Processes;
using Katas.Cli.Progress;
using Katas.Reporting;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// <c>katas bench &lt;kata&gt;</c>: benchmarks the learner's implementations against the reference solutions
/// with a short BenchmarkDotNet job, and prints a ranked table: time, ratio to the fastest reference,
/// ratio to the <c>Limit</c>, allocations. A wrong solution is reported as wrong, not timed.
/// </summary>
internal static class BenchCommand
{
    /// <summary>What <c>bench</c> was asked to do.</summary>
    /// <param name="Kata">The kata.</param>
    /// <param name="Parameters">Parameter values chosen with <c>--params Name=v1,v2</c>.</param>
    /// <param name="References">The reference solutions to race (all when empty).</param>
    /// <param name="Job">The BenchmarkDotNet job: dry, short, medium or long.</param>
    /// <param name="Full">Whether to run every parameter value not chosen (slow).</param>
    /// <param name="Verbose">Whether to stream BenchmarkDotNet's own output.</param>
    public sealed record Options(string? Kata, IReadOnlyList<string> Parameters, IReadOnlyList<string> References, string Job, bool Full, bool Verbose);

    public static async Task<int> ExecuteAsync(CliContext context, Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        var kata = KataResolver.Resolve(context, options.Kata, KataPurpose.Results);
        if (kata is null)
        {
            return ExitCode.Usage;
        }

        if (!TryParseParameters(options.Parameters, out var chosen, out var error))
        {
            context.Console.MarkupLine($"[red]{Markup.Escape(error)}[/]");
            return ExitCode.Usage;
        }

        // Before the learner starts, the references race alone: what there is to aim for.
        var referencesOnly = new StatusService(context).IsPristine(kata);
        if (referencesOnly)
        {
            context.Console.MarkupLine($"[yellow]Nothing of yours to race in {kata.Name} yet[/] ({kata.SourceDirectory}/Practice.cs is the unsolved stub): the reference solutions race alone, to show what there is to aim for.");
        }

        var classes = BenchmarkPlan.ClassesOf(kata);
        if (classes.Count == 0)
        {
            context.Console.MarkupLine($"[yellow]{kata.Name} has no benchmarks.[/]");
            return ExitCode.NotPassing;
        }

        var plans = new List<BenchmarkPlan>();
        var learners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, contract) in classes)
        {
            var mine = referencesOnly ? [] : contract.Implementations.Where(i => !i.IsReference).Select(i => i.Name).ToArray();
            var references = contract.Implementations.Where(i => i.IsReference).Select(i => i.Name).ToArray();
            var unknown = options.References.FirstOrDefault(r => !references.Contains(r, StringComparer.OrdinalIgnoreCase));
            if (unknown is not null)
            {
                context.Console.MarkupLine($"[red]{kata.Name} has no reference solution '{Markup.Escape(unknown)}'.[/] References: {string.Join(", ", references)}.");
                return ExitCode.Usage;
            }

            var raced = options.References.Count == 0 ? references : references.Where(r => options.References.Contains(r, StringComparer.OrdinalIgnoreCase)).ToArray();
            learners.UnionWith(mine);
            try
            {
                plans.Add(BenchmarkPlan.Create(type, [.. mine, .. raced, BenchmarkRanking.Limit], mine, chosen, options.Full));
            }
            catch (ArgumentException e)
            {
                context.Console.MarkupLine($"[red]{Markup.Escape(e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var p and > 0 ? p : e.Message.Length)])}[/]");
                return ExitCode.Usage;
            }
        }

        var stamp = context.Clock.GetLocalNow().ToString("yyyy-MM-dd'T'HH-mm-ss", CultureInfo.InvariantCulture);
        var artifacts = context.PathOf($"{ProgressStore.StateFolder}/bench/{kata.Name}/{stamp}");
        var results = new List<BenchmarkResult>();
        var failures = new List<BenchmarkFailure>();
        foreach (var plan in plans)
        {
            // The quick race runs in process (minutes shorter); the full run keeps BenchmarkDotNet's isolation.
            var arguments = plan.Arguments(options.Job, artifacts, inProcess: !options.Full);
            context.Console.MarkupLine($"[dim]Running: dotnet {Markup.Escape(string.Join(' ', arguments.Select(Quote)))}[/]");
            var run = await RunAsync(context, plan, arguments, options.Verbose, cancellationToken).ConfigureAwait(false);
            failures.AddRange(BenchmarkOutput.Failures(run.Output));
            var exports = Directory.Exists(Path.Combine(artifacts, "results"))
                ? Directory.GetFiles(Path.Combine(artifacts, "results"), $"{plan.Class.FullName}-report-full.json")
                : [];
            if (exports.Length == 0)
            {
                context.Console.MarkupLine($"[red]BenchmarkDotNet produced no results for {plan.Class.Name} (exit code {run.ExitCode}).[/] What it printed last:");
                foreach (var line in run.Output.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(20))
                {
                    context.Console.MarkupLine($"  [dim]{Markup.Escape(line)}[/]");
                }

                return ExitCode.Environment;
            }

            results.AddRange(exports.SelectMany(e => BenchmarkRun.Read(e).Results));
        }

        var cases = BenchmarkRanking.Rank(results, learners, failures);
        Print(context, kata.Name, options.Job, cases);
        var vectors = results.Select(r => r.VectorBits).OfType<int>().Distinct().Order().Select(BenchmarkResult.VectorName).ToArray();
        if (vectors.Length > 0)
        {
            context.Console.MarkupLine($"[dim]Vector width that ran: {string.Join(", ", vectors)} (the widest hardware-accelerated vector in the benchmark process).[/]");
        }

        context.Console.MarkupLine($"[dim]BenchmarkDotNet's full reports: {Markup.Escape(context.Show(Path.Combine(artifacts, "results")))}[/]");

        var mineRows = cases.SelectMany(c => c.Rows).Where(r => r.Kind == RowKind.Learner).ToArray();
        if (referencesOnly)
        {
            context.Console.MarkupLine($"Your turn: [bold]katas show {kata.Name}[/], then [bold]katas bench {kata.Name}[/] again to race them.");
            return ExitCode.Success;
        }

        if (mineRows.Length == 0)
        {
            context.Console.MarkupLine("[yellow]None of your implementations ran: they still throw NotImplementedException.[/]");
            return ExitCode.NotPassing;
        }

        return mineRows.All(r => r.IsTimed) ? ExitCode.Success : ExitCode.NotPassing;
    }

    /// <summary>Prints one ranked table per method and input, then a sentence per learner implementation.</summary>
    public static void Print(CliContext context, string kata, string job, IReadOnlyList<RankedCase> cases)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cases);

        foreach (var ranked in cases)
        {
            context.Console.WriteLine();
            context.Console.MarkupLine($"[bold]{kata}[/] · {Markup.Escape(ranked.Method)} · {Markup.Escape(ranked.Input)} [dim]({job} job; ratios are within this run)[/]");
            var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey) }
                .AddColumn(new TableColumn("[bold]#[/]").RightAligned())
                .AddColumn(new TableColumn("[bold]Implementation[/]").NoWrap())
                .AddColumn(new TableColumn("[bold]Median[/]").RightAligned())
                .AddColumn(new TableColumn($"[bold]× fastest reference[/]").RightAligned())
                .AddColumn(new TableColumn("[bold]× Limit[/]").RightAligned())
                .AddColumn(new TableColumn("[bold]Allocated[/]").RightAligned());
            foreach (var row in ranked.Rows)
            {
                var name = row.Kind switch
                {
                    RowKind.Learner => $"[bold cyan]{Markup.Escape(row.Implementation)}[/] [cyan](yours)[/]",
                    RowKind.Limit => $"[dim]{Markup.Escape(row.Implementation)} (the floor)[/]",
                    _ => Markup.Escape(row.Implementation),
                };
                if (!row.IsTimed)
                {
                    var verdict = row.IsWrong ? "[red]wrong[/]" : "[red]failed[/]";
                    table.AddRow(new Markup("[red]✗[/]"), new Markup(name), new Markup(verdict), new Markup("[dim]not timed[/]"), new Markup(""), new Markup(""));
                    continue;
                }

                table.AddRow(
                    new Markup(row.Rank?.ToString(CultureInfo.InvariantCulture) ?? "[dim]-[/]"),
                    new Markup(name),
                    new Markup(Time(row.MedianNanoseconds!.Value)),
                    new Markup(Ratio(row.ToFastestReference)),
                    new Markup(Ratio(row.ToLimit)),
                    new Markup(row.AllocatedBytes is { } bytes ? Bytes(bytes) : "[dim]?[/]"));
            }

            context.Console.Write(table);
            foreach (var row in ranked.Rows.Where(r => r.Kind == RowKind.Learner))
            {
                context.Console.MarkupLine(Verdict(row, ranked));
            }

            foreach (var row in ranked.Rows.Where(r => r.Kind != RowKind.Learner && !r.IsTimed))
            {
                context.Console.MarkupLine($"[red]{Markup.Escape(row.Implementation)} was not timed:[/] {Markup.Escape(row.Failure ?? "")}");
            }
        }
    }

    /// <summary>Formats nanoseconds as BenchmarkDotNet does: ns, μs, ms or s with four significant digits.</summary>
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => $"{nanoseconds.ToString("N1", CultureInfo.InvariantCulture)} ns",
        < 1e6 => $"{(nanoseconds / 1e3).ToString("N1", CultureInfo.InvariantCulture)} μs",
        < 1e9 => $"{(nanoseconds / 1e6).ToString("N1", CultureInfo.InvariantCulture)} ms",
        _ => $"{(nanoseconds / 1e9).ToString("N2", CultureInfo.InvariantCulture)} s",
    };

    /// <summary>Formats bytes in binary units, as BenchmarkDotNet does.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        < 1024L * 1024 * 1024 => $"{(bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        _ => $"{(bytes / 1073741824.0).ToString("0.##", CultureInfo.InvariantCulture)} GB",
    };

    private static string Verdict(RankedRow row, RankedCase ranked)
    {
        var name = Markup.Escape(row.Implementation);
        if (!row.IsTimed)
        {
            return row.IsWrong
                ? $"[red]{name} is wrong on this input, so it was not timed:[/] {Markup.Escape(row.Failure ?? "")}"
                : $"[red]{name} was not timed:[/] {Markup.Escape(row.Failure ?? "")}";
        }

        var place = $"{name} ranks {row.Rank} of {ranked.Rows.Count(r => r.Rank is not null)}";
        var speed = row.ToFastestReference is { } f && ranked.FastestReference is { } fastest
            ? f <= 1
                ? $", [green]{Ratio(1 / f)} faster than the fastest reference ({Markup.Escape(fastest)})[/]"
                : $", {Ratio(f)} the time of the fastest reference ({Markup.Escape(fastest)})"
            : "";
        var floor = row.ToLimit is { } l ? $" and {Ratio(l)} the Limit" : "";
        return $"{place}{speed}{floor}.";
    }

    private static string Ratio(double? ratio) =>
        ratio is { } r ? (r >= 100 ? r.ToString("N0", CultureInfo.InvariantCulture) : r.ToString("0.00", CultureInfo.InvariantCulture)) + "×" : "[dim]?[/]";

    private static async Task<ProcessResult> RunAsync(CliContext context, BenchmarkPlan plan, IReadOnlyList<string> arguments, bool verbose, CancellationToken cancellationToken)
    {
        ProcessResult result = null!;

        // With --verbose BenchmarkDotNet's own lines stream past, which a spinner would garble.
        var spinner = verbose ? new CliContext { Console = context.Console, Root = context.Root, Processes = context.Processes, Katas = context.Katas } : context;
        await Spinner.RunAsync(spinner, $"Building the benchmarks of {plan.Class.Name} (Release)…", async update =>
        {
            int? total = null;
            var started = 0;
            var eta = "";
            var request = new ProcessRequest("dotnet", arguments, context.Root)
            {
                Environment = new Dictionary<string, string?> { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
                OnLine = line =>
                {
                    if (verbose)
                    {
                        context.Console.WriteLine(line);
                    }

                    total = BenchmarkOutput.Total(line) ?? total;
                    if (BenchmarkOutput.Remaining(line) is { } remaining && remaining.Eta is { } left)
                    {
                        eta = $", about {left}";
                    }

                    if (BenchmarkOutput.Case(line) is { } current)
                    {
                        started++;
                        var input = string.Join(", ", current.Parameters.Where(p => p.Key != "Implementation").Select(p => $"{p.Key}={p.Value}"));
                        update($"[{started}/{total?.ToString(CultureInfo.InvariantCulture) ?? "?"}] Measuring {current.Parameters.GetValueOrDefault("Implementation")} on {input}{eta}…");
                    }
                },
            };
            result = await context.Processes.RunAsync(request, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result;
    }

    private static bool TryParseParameters(IReadOnlyList<string> arguments, out Dictionary<string, string[]> chosen, out string error)
    {
        chosen = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        error = "";
        foreach (var argument in arguments)
        {
            var pair = argument.Split('=', 2);
            var values = pair.Length == 2 ? pair[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (pair.Length != 2 || pair[0].Length == 0 || values.Length == 0)
            {
                error = $"--params takes Name=value[,value…] arguments, for example N=100000 K=16,1000; '{argument}' is not one.";
                return false;
            }

            if (string.Equals(pair[0], "Implementation", StringComparison.OrdinalIgnoreCase))
            {
                error = "Choose the references to race with --references, not --params Implementation=…: yours always run.";
                return false;
            }

            chosen[pair[0]] = values;
        }

        return true;
    }

    private static string Quote(string argument) =>
        argument.Any(c => c is ' ' or '*' or '\'' or '"') ? $"'{argument}'" : argument;
}
