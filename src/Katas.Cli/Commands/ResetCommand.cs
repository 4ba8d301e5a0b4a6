using System.Globalization;
using Katas.Cli.Progress;
using Katas.Cli.Stubs;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// <c>katas reset &lt;kata&gt;</c>: restores the unsolved stub, after saving the learner's file byte for
/// byte under <c>.katas/attempts/&lt;kata&gt;/&lt;timestamp&gt;/</c>.
/// </summary>
internal static class ResetCommand
{
    /// <summary>Where saved attempts go, relative to the repository root.</summary>
    public const string AttemptsFolder = ProgressStore.StateFolder + "/attempts";

    public static int Execute(CliContext context, string? name, bool yes)
    {
        ArgumentNullException.ThrowIfNull(context);

        var kata = KataResolver.Resolve(context, name);
        if (kata is null)
        {
            return ExitCode.Usage;
        }

        StubFile stub;
        try
        {
            stub = StubGenerator.For(kata);
        }
        catch (NotSupportedException e)
        {
            context.Console.MarkupLine($"[red]Cannot write a stub for {kata.Name}: {Markup.Escape(e.Message)}[/]");
            return ExitCode.Environment;
        }

        var path = context.PathOf(stub.RelativePath);
        var current = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (current is not null && current.AsSpan().SequenceEqual(stub.Bytes))
        {
            context.Console.MarkupLine($"{stub.RelativePath} is already the unsolved stub: nothing to reset.");
            return ExitCode.Success;
        }

        if (context.IsInteractive && !yes)
        {
            var question = current is null
                ? $"Write the unsolved stub to {stub.RelativePath}?"
                : $"Reset {stub.RelativePath} to the unsolved stub? (Your file is saved first.)";
            if (!context.Console.Confirm(Markup.Escape(question), defaultValue: false))
            {
                context.Console.MarkupLine("Nothing changed.");
                return ExitCode.NotPassing;
            }
        }

        if (current is not null)
        {
            var saved = SaveAttempt(context, kata.Name, Path.GetFileName(path), current);
            context.Console.MarkupLine($"Saved your file to [bold]{Markup.Escape(context.Show(saved))}[/]");
        }

        File.WriteAllBytes(path, stub.Bytes);
        context.Console.MarkupLine($"[green]Reset[/] {stub.RelativePath} to the unsolved stub. Start again with [bold]katas show {kata.Name}[/].");
        return ExitCode.Success;
    }

    // .katas/attempts/<kata>/<yyyy-MM-ddTHH-mm-ss>/<file>, with -2, -3… should two resets share a second.
    private static string SaveAttempt(CliContext context, string kata, string fileName, byte[] content)
    {
        var stamp = context.Clock.GetLocalNow().ToString("yyyy-MM-dd'T'HH-mm-ss", CultureInfo.InvariantCulture);
        var folder = context.PathOf($"{AttemptsFolder}/{kata}/{stamp}");
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = context.PathOf($"{AttemptsFolder}/{kata}/{stamp}-{n}");
        }

        Directory.CreateDirectory(folder);
        var saved = Path.Combine(folder, fileName);
        File.WriteAllBytes(saved, content);

        // Nothing is overwritten unless the copy is known to be exact.
        if (!File.ReadAllBytes(saved).AsSpan().SequenceEqual(content))
        {
            throw new IOException($"Could not save a faithful copy of your file to {saved}; nothing was reset.");
        }

        return saved;
    }
}
