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
    /// <param name="Timeout">The limit on the test run.</param>
    /// <param name="Verbose">Whether to show every failure and the unshrunk counterexamples.</param>
    public sealed record Options(string? Kata, string? Replay, TimeSpan Timeout, bool Verbose);

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

    /// <summary>Runs and prints one check of <paramref name="katas"/> (used by <c>watch</c> too).</summary>
    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<KataDefinition> katas, Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(options);

        var what = katas.Count == 1 ? katas[0].Name : "every kata";
        CheckReport report = null!;
        await Spinner.RunAsync(context, $"Building {what}…", async update =>
        {
            report = await new CheckService(context).RunAsync(
                katas,
                options.Replay,
                options.Timeout,
                stage => update(stage == "build" ? $"Building {what}…" : $"Running your tests of {what}…"),
                cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

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

        PrintNext(context, katas, report);
        return report.Passed ? ExitCode.Success : ExitCode.NotPassing;
    }

    private static void PrintNext(CliContext context, IReadOnlyList<KataDefinition> katas, CheckReport report)
    {
        context.Console.WriteLine();
        if (report.Passed && katas.Count == 1)
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
        else if (!report.Passed && katas.Count == 1)
        {
            context.Console.MarkupLine($"[dim]Stuck?[/] katas hint {katas[0].Name}");
        }
    }
}
