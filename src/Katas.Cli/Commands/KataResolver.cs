using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>Finds the kata a learner named (kebab case or folder name, any case), or says which names exist.</summary>
internal static class KataResolver
{
    /// <summary>Finds <paramref name="name"/> among the context's katas; prints the valid names when there is none.</summary>
    /// <returns>The kata, or <see langword="null"/> after printing the valid names.</returns>
    public static KataDefinition? Resolve(CliContext context, string? name)
    {
        ArgumentNullException.ThrowIfNull(context);

        var kata = name is null ? null : context.Katas.FirstOrDefault(k =>
            string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(k.Folder, name, StringComparison.OrdinalIgnoreCase));
        if (kata is not null)
        {
            return kata;
        }

        var suggestion = name is null ? null : Suggestions.Closest(name, context.Katas.Select(k => k.Name));
        context.Console.MarkupLine(name is null
            ? "[red]Name a kata.[/]"
            : $"[red]There is no kata named '{Markup.Escape(name)}'.[/]{(suggestion is null ? "" : $" Did you mean [bold]{suggestion}[/]?")}");
        PrintNames(context);
        return null;
    }

    /// <summary>Prints every kata's name and title.</summary>
    public static void PrintNames(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Console.MarkupLine("Katas:");
        foreach (var kata in context.Katas)
        {
            context.Console.MarkupLine($"  [bold]{kata.Name}[/]  [dim]{Markup.Escape(kata.Title)}[/]");
        }
    }
}
