using Katas.Cli.Docs;
using Katas.Cli.Stubs;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary><c>katas show &lt;kata&gt;</c>: the kata's statement, rendered for the terminal, with hints and solutions held back.</summary>
internal static class ShowCommand
{
    public static int Execute(CliContext context, string? name, bool all)
    {
        ArgumentNullException.ThrowIfNull(context);

        var kata = KataResolver.Resolve(context, name, KataPurpose.Work);
        if (kata is null)
        {
            return ExitCode.Usage;
        }

        var directory = context.PathOf(kata.SourceDirectory);
        if (!File.Exists(Path.Combine(directory, "README.md")))
        {
            context.Console.MarkupLine($"[red]{kata.SourceDirectory}/README.md is missing.[/]");
            return ExitCode.Environment;
        }

        var readme = KataReadme.Load(directory);
        IReadOnlyList<string> hidden = [];
        var text = all ? readme.Markdown : readme.Statement($"katas hint {kata.Name}", out hidden);
        context.Console.Write(MarkdownRenderer.Render(text));
        context.Console.WriteLine();
        if (hidden.Count > 0)
        {
            context.Console.MarkupLine($"[dim]Held back until your solution passes: {Markup.Escape(string.Join(", ", hidden))} ([/]katas solutions {kata.Name}[dim], or[/] katas show {kata.Name} --all[dim]).[/]");
        }

        context.Console.MarkupLine($"Write your solution in [bold]{kata.SourceDirectory}/{StubGenerator.ClassName}.cs[/], then run [bold]katas check {kata.Name}[/] (or [bold]katas watch {kata.Name}[/] to re-check on every save).");
        return ExitCode.Success;
    }
}
