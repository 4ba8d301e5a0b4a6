using Katas.Cli.Docs;
using Katas.Cli.Progress;
using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// <c>katas hint [&lt;kata&gt; [&lt;number&gt;]]</c>: the next hint from the kata's README (of the current
/// kata without one), one at a time, remembered between runs; <c>katas hint 2</c> is hint 2 of the current kata.
/// </summary>
internal static class HintCommand
{
    public static int Execute(CliContext context, string? name, int? number)
    {
        ArgumentNullException.ThrowIfNull(context);

        // "katas hint 2": the hint number, of the current kata (no kata is named with digits).
        if (number is null && name is { Length: > 0 } digits && digits.All(char.IsAsciiDigit) && KataDefinition.Find(digits) is null
            && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digitsNumber))
        {
            number = digitsNumber;
            name = null;
        }

        var kata = KataResolver.Resolve(context, name, KataPurpose.Work);
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
        var next = shown.Number + 1;
        context.Console.MarkupLine(
            shown.Number == hints.Count ? $"[dim]That was hint {shown.Number} of {hints.Count}, the last.[/]"
            : next > progress.HintsShown ? $"[dim]That was hint {shown.Number} of {hints.Count}. Stuck still? The next one:[/] katas hint {kata.Name}"
            : $"[dim]That was hint {shown.Number} of {hints.Count}. Hint {next} again:[/] katas hint {kata.Name} {next}");
        return ExitCode.Success;
    }
}
