using Katas.Cli.Progress;
using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// Finds the kata a learner named (kebab case or folder name, any case), or says which names exist; a
/// command given no kata takes the current one (<see cref="CurrentKata"/>) and says which.
/// </summary>
internal static class KataResolver
{
    /// <summary>
    /// Finds <paramref name="name"/> among the context's katas, and remembers it as the kata in use;
    /// prints the valid names when there is none. Without a name, takes the current kata for
    /// <paramref name="purpose"/> and prints which it took, or asks for a name when <paramref name="purpose"/> is <see langword="null"/>.
    /// </summary>
    /// <returns>The kata, or <see langword="null"/> after printing the valid names.</returns>
    public static KataDefinition? Resolve(CliContext context, string? name, KataPurpose? purpose = null)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (name is null && purpose is { } why && CurrentKata.Find(context, why) is { } current)
        {
            context.Console.MarkupLine($"[dim]{current.Kata.Name} ({Markup.Escape(current.Reason)}; name another to choose)[/]");
            return current.Kata;
        }

        var kata = name is null ? null : context.Katas.FirstOrDefault(k =>
            string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(k.Folder, name, StringComparison.OrdinalIgnoreCase));
        if (kata is not null)
        {
            Remember(context, kata);
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

    // The kata named last is the one a command without a name takes next (while it is in progress).
    private static void Remember(CliContext context, KataDefinition kata)
    {
        try
        {
            var store = ProgressStore.Load(context.Root);
            store.For(kata.Name).LastUsed = context.Clock.GetUtcNow();
            store.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Remembering is a convenience: a read-only checkout still runs every command.
        }
    }
}
