using Katas.Cli.Progress;
using Katas.Cli.Testing;
using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// <c>katas check [&lt;kata&gt;]</c>: builds incrementally, runs only the learner's tests of the kata (of
/// every kata without one), prints a short verdict and the details of each failure. Exit code 0 only
/// when everything the learner wrote passes.
/// </summary>
internal static class CheckCommand
{
    /// <summary>What <c>check</c> was asked to do.</summary>
    /// <param name="Kata">The kata, or <see langword="null"/> for every kata.</param>
    /// <param name="Replay">A <c>KATAS_REPLAY</c> seed, or <see langword="null"/>.</param>
    /// <param name="Timeout">The limit on the tests from their start, or <see langword="null"/> for one set from how long they took before.</param>
    /// <param name="Verbose">Whether to show every failure and the unshrunk counterexamples.</param>
    /// <param name="NoScaling">Whether to skip the scaling probe of a passing solution.</param>
    public sealed record Options(string? Kata, string? Replay, TimeSpan? Timeout, bool Verbose, bool NoScaling = false);

    /// <summary>What a <c>watch</c> session lends each of its checks: its warm test host, and its fast compile when it applies.</summary>
    /// <param name="Host">The session's test host.</param>
    /// <param name="Build">The in-process compile of the fast path, or <see langword="null"/> for the ordinary build.</param>
    /// <param name="Interrupt">Cancelled by the next save: it cuts the scaling probe short, so the next check need not wait for it.</param>
    public sealed record Session(ITestHost Host, Func<CancellationToken, Task<BuildOutcome>>? Build, CancellationToken Interrupt = default);

    public static async Task<int> ExecuteAsync(CliContext context, Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        IReadOnlyList<KataDefinition> katas;
        if (options.Kata is null)
        {
            katas = context.Katas;
        }
        else if (KataResolver.Resolve(context, options.Kata) is { } kata)
        {
            katas = [kata];
        }
        else
        {
            return ExitCode.Usage;
        }

        if (options.Replay is { } seed && !System.Text.RegularExpressions.Regex.IsMatch(seed, @"^\(?\d+\s*,\s*\d+\)?$"))
        {
            context.Console.MarkupLine($"[red]--replay takes the seed a failure printed, two numbers like 123,456; '{Markup.Escape(seed)}' is not one.[/]");
            return ExitCode.Usage;
        }

        return await RunAsync(context, katas, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs and prints one check of <paramref name="katas"/> (used by <c>watch</c> too, with its <paramref name="session"/>).</summary>
    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<KataDefinition> katas, Options options, CancellationToken cancellationToken, Session? session = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(options);

        using var ownHost = session is null ? context.TestHosts(context) : null;
        var host = session?.Host ?? ownHost!;
        var what = katas.Count == 1 ? katas[0].Name : "every kata";
        var service = new CheckService(context);
        CheckReport report = null!;
        var trace = Trace.Start();
        await Spinner.RunAsync(context, Status(new RunProgress(RunStage.Build), what), async update =>
        {
            report = await service.RunAsync(
                katas,
                options.Replay,
                options.Timeout,
                progress =>
                {
                    trace.Stage(progress.Stage.ToString());
                    update(Status(progress, what));
                },
                cancellationToken,
                host,
                session?.Build).ConfigureAwait(false);
        }).ConfigureAwait(false);

        trace.Stage($"verdict ({report.Run.Kind})");
        if (options.Replay is not null)
        {
            context.Console.MarkupLine($"[dim]Replaying the properties with KATAS_REPLAY={Markup.Escape(options.Replay)}.[/]");
        }

        var printer = new CheckPrinter(context, options.Verbose);
        if (report.Run.Kind == CheckRunKind.Completed && katas.Count > 1)
        {
            // Every kata: details for the started ones, one line for the rest.
            var started = report.Katas.Where(k => k.Status != KataStatus.NotStarted).ToArray();
            printer.Print(report with { Katas = started });
            var waiting = report.Katas.Where(k => k.Status == KataStatus.NotStarted).Select(k => k.Kata.Name).ToArray();
            if (waiting.Length > 0)
            {
                context.Console.MarkupLine($"[yellow]○[/] Not started: {string.Join(", ", waiting)}.");
            }
        }
        else
        {
            printer.Print(report);
        }

        var passed = report.Passed;
        if (passed && katas.Count == 1 && katas[0].Scaling.Count > 0 && !options.NoScaling && options.Replay is null)
        {
            // Advice, not a verdict: only a wrong answer on a probe input (or a crash) fails the check.
            var interrupt = session?.Interrupt ?? CancellationToken.None;
            using var probing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, interrupt);
            ScalingOutcome? scaling = null;
            try
            {
                await Spinner.RunAsync(context, "Timing your solution on larger inputs… (--no-scaling skips this)", async _ =>
                    scaling = await service.ProbeAsync(katas[0], host, probing.Token).ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (interrupt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                context.Console.MarkupLine("[dim]Scaling probe cut short by your save.[/]");
            }

            if (scaling is not null)
            {
                ScalingPrinter.Print(context.Console, scaling);
                trace.Stage("scaling");
                passed = !scaling.FoundWrong;
            }
        }

        PrintNext(context, katas, report, passed);
        return passed ? ExitCode.Success : ExitCode.NotPassing;
    }

    /// <summary>The status line for a check at <paramref name="progress"/>.</summary>
    public static string Status(RunProgress progress, string what)
    {
        ArgumentNullException.ThrowIfNull(progress);

        return progress.Stage switch
        {
            RunStage.Build => $"Building {what}…",
            RunStage.Compile => $"Compiling {what}…",
            RunStage.Start => $"Starting the tests of {what}…",
            RunStage.Probe => $"Timing {what} on larger inputs…",
            _ => $"Running your tests of {what}… {progress.Elapsed.TotalSeconds:0} s (stopped at {progress.Limit?.TotalSeconds ?? 0:0} s)",
        };
    }

    private static void PrintNext(CliContext context, IReadOnlyList<KataDefinition> katas, CheckReport report, bool passed)
    {
        context.Console.WriteLine();
        if (passed && katas.Count == 1)
        {
            var kata = katas[0];
            var next = context.Katas.SkipWhile(k => k != kata).Skip(1).FirstOrDefault();
            context.Console.MarkupLine($"[green]Well done.[/] Race the references: [bold]katas bench {kata.Name}[/] · read them: [bold]katas solutions {kata.Name}[/]"
                + (next is null ? "" : $" · next kata: [bold]katas show {next.Name}[/]"));
        }
        else if (report.Run.Kind == CheckRunKind.Completed && report.Katas.All(k => k.Status == KataStatus.NotStarted))
        {
            var first = katas[0];
            context.Console.MarkupLine(katas.Count == 1
                ? $"Read the statement with [bold]katas show {first.Name}[/], then write your solution; [bold]katas watch {first.Name}[/] re-checks on every save."
                : $"Nothing started yet. Begin with [bold]katas show {first.Name}[/].");
        }
        else if (!passed && katas.Count == 1)
        {
            context.Console.MarkupLine($"[dim]Stuck?[/] katas hint {katas[0].Name}");
        }
    }
}
