using Katas.Cli.Docs;
using Katas.Cli.Progress;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary><c>katas hint &lt;kata&gt; [&lt;number&gt;]</c>: the next hint from the kata's README, one at a time, remembered between runs.</summary>
internal static class HintCommand
{
    public static int Execute(CliContext context, string? name, int? number)
    {
        ArgumentNullException.ThrowIfNull(context);

        var kata = KataResolver.Resolve(context, name);
        if (kata is null)
        {
            return ExitCode.Usage;
        }

        var directory = context.PathOf(kata.SourceDirectory);
        var hints = File.Exists(Path.Combine(directory, "README.md")) ? KataReadme.Load(directory).Hints : [];
        if (hints.Count == 0)
        {
            context.Console.MarkupLine($"[yellow]{kata.Name} has no hints.[/]");
            return ExitCode.Success;
        }

        if (number is { } asked && (asked < 1 || asked > hints.Count))
        {
            context.Console.MarkupLine($"[red]{kata.Name} has hints 1 to {hints.Count}; there is no hint {asked}.[/]");
            return ExitCode.Usage;
        }

        var store = ProgressStore.Load(context.Root);
        var progress = store.For(kata.Name);
        var seen = Math.Min(progress.HintsShown, hints.Count);
        if (number is null && seen == hints.Count)
        {
            context.Console.MarkupLine($"You have seen all {hints.Count} hints of {kata.Name}:");
            foreach (var hint in hints)
            {
                context.Console.MarkupLine($"  [bold]{hint.Number}[/]. {Markup.Escape(hint.Title)}  [dim](katas hint {kata.Name} {hint.Number})[/]");
            }

            return ExitCode.Success;
        }

        var shown = hints[(number ?? seen + 1) - 1];
        context.Console.Write(new Panel(MarkdownRenderer.Render(shown.Body))
        {
            Header = new PanelHeader($"[bold yellow] Hint {shown.Number} of {hints.Count}: {Markup.Escape(shown.Title)} [/]"),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Yellow),
            Padding = new Padding(1, 1, 1, 1),
            Expand = true,
        });

        progress.HintsShown = Math.Max(seen, shown.Number);
        store.Save();
        context.Console.MarkupLine(progress.HintsShown < hints.Count
            ? $"[dim]Stuck still? The next one:[/] katas hint {kata.Name} [dim](hint {progress.HintsShown + 1} of {hints.Count})[/]"
            : "[dim]That was the last hint.[/]");
        return ExitCode.Success;
    }
}
