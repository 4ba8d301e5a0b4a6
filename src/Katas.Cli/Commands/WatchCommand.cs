using Katas.Cli.Compiling;
using Katas.Cli.Testing;
using Katas.Cli.Watching;
using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// <c>katas watch [&lt;kata&gt;]</c>: runs <c>check</c>, then again after every save (debounced), until the
/// learner quits. One test host serves the whole session, and a save that changes only the watched
/// katas' folders is compiled in process (<see cref="FastCompiler"/>) rather than by MSBuild; any other
/// change takes the ordinary build.
/// </summary>
internal static class WatchCommand
{
    /// <summary>What <c>watch</c> was asked to do.</summary>
    /// <param name="Check">The check to repeat.</param>
    /// <param name="PollInterval">How often to look for changes when no file event arrives.</param>
    /// <param name="Debounce">How long files must stay unchanged before a re-run.</param>
    /// <param name="PollOnly">Whether to ignore file system events and only poll.</param>
    public sealed record Options(CheckCommand.Options Check, TimeSpan PollInterval, TimeSpan Debounce, bool PollOnly);

    public static async Task<int> ExecuteAsync(CliContext context, Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        IReadOnlyList<KataDefinition> katas = context.Katas;
        if (options.Check.Kata is not null)
        {
            if (KataResolver.Resolve(context, options.Check.Kata) is not { } kata)
            {
                return ExitCode.Usage;
            }

            katas = [kata];
        }

        using var watcher = new SourceWatcher(
            [context.PathOf("src/Katas"), context.PathOf("tests/Katas.Tests")], options.PollInterval, options.Debounce, useEvents: !options.PollOnly);
        using var host = context.TestHosts(context);
        var scratch = Path.Combine(Path.GetTempPath(), $"katas-watch-{Guid.NewGuid():N}");
        var compiler = new FastCompiler(context.Root, scratch);
        var runner = new TestRunner(context);
        var folders = katas.Select(k => k.SourceDirectory).ToArray();
        var what = katas.Count == 1 ? katas[0].Name : "every kata";
        IReadOnlyList<string> changed = [];
        Task<IReadOnlyList<string>>? pending = null;
        Task? warming = null;
        void WarmUp()
        {
            if (compiler.IsAvailable && !compiler.IsWarm && (warming is null || warming.IsCompleted))
            {
                warming = compiler.WarmUpAsync(katas, cancellationToken);
            }
        }

        try
        {
            while (true)
            {
                if (context.IsInteractive)
                {
                    context.Console.Clear();
                }

                var cause = changed.Count == 0 ? "" : $" after a change to {string.Join(", ", changed.Take(3).Select(Path.GetFileName))}{(changed.Count > 3 ? ", …" : "")}";
                context.Console.MarkupLine($"[dim]katas watch {what} · {context.Clock.GetLocalNow():HH:mm:ss}{Markup.Escape(cause)}[/]");

                // Saves during the check count (and cut its scaling probe short).
                pending ??= watcher.WaitForChangeAsync(cancellationToken);
                using var interrupt = new CancellationTokenSource();
                _ = pending.ContinueWith(_ => interrupt.CancelQuietly(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

                // The fast path when the last build is current but for the watched katas' own folders.
                var tests = runner.FindTestAssembly();
                var fast = compiler.IsAvailable && !BuildStamp.IsCurrent(context.Root, tests) && BuildStamp.IsCurrentExcept(context.Root, tests, folders);
                var session = new CheckCommand.Session(host, fast ? token => CompileAsync(compiler, runner, katas, token) : null, interrupt.Token);

                // From the session's start, while the tests run and the learner reads, load Roslyn and the
                // analyzers and let the JIT compile them (Roslyn's package is not precompiled: a cold
                // compile takes seconds), so that the next save finds them warm. A save's compile
                // interrupts the warm-up, which resumes after the check.
                if (warming is null)
                {
                    WarmUp();
                }

                await CheckCommand.RunAsync(context, katas, options.Check, cancellationToken, session).ConfigureAwait(false);
                WarmUp();

                context.Console.WriteLine();
                var how = watcher.UsesEvents ? "" : $" (polling every {options.PollInterval.TotalSeconds:0.#} s{(watcher.EventsUnavailable is { } why ? $": no file events here, {why}" : "")})";
                context.Console.MarkupLine($"[dim]Watching src/Katas and tests/Katas.Tests{Markup.Escape(how)}. Save a file to re-check; {(context.Keys is null ? "Ctrl+C" : "q or Ctrl+C")} quits{(context.Keys is null ? "" : ", Enter re-runs")}.[/]");

                var rerun = false;
                while (!pending.IsCompleted && !rerun)
                {
                    switch (context.Keys?.ReadKey()?.Key)
                    {
                        case ConsoleKey.Q or ConsoleKey.Escape:
                            context.Console.MarkupLine("Stopped watching.");
                            return ExitCode.Success;
                        case ConsoleKey.Enter or ConsoleKey.R:
                            rerun = true;
                            continue;
                    }

                    await Task.WhenAny(pending, Task.Delay(100, cancellationToken)).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (pending.IsCompleted)
                {
                    changed = (await pending.ConfigureAwait(false)).Select(context.Show).ToArray();
                    pending = null;
                }
                else
                {
                    changed = [];
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Console.MarkupLine("Stopped watching.");
            return ExitCode.Success;
        }
        finally
        {
            if (warming is not null)
            {
                await warming.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }

            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Never created, or still in use: a temporary folder either way.
            }
        }
    }

    // The fast path's build: an in-process compile, or the ordinary build when the compile says the
    // tests would need compiling again (the library's public surface changed).
    private static async Task<BuildOutcome> CompileAsync(FastCompiler compiler, TestRunner runner, IReadOnlyList<KataDefinition> katas, CancellationToken cancellationToken)
    {
        var compiled = await compiler.CompileAsync(katas, cancellationToken).ConfigureAwait(false);
        if (compiled.Fallback is not null)
        {
            return new BuildOutcome(await runner.BuildAsync(cancellationToken).ConfigureAwait(false), null);
        }

        return compiled.Outcome;
    }
}
