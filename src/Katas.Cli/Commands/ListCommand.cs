using Katas.Cli.Docs;
using Katas.Cli.Progress;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Katas.Cli.Commands;

/// <summary><c>katas list</c> (the default): every kata in the suggested order with the learner's status and overall progress.</summary>
internal static class ListCommand
{
    public static async Task<int> ExecuteAsync(CliContext context, bool runTests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var service = new StatusService(context);
        IReadOnlyDictionary<Katas.Discovery.KataDefinition, KataStatus> statuses = null!;
        await Spinner.RunAsync(context, "Looking at your code…", async update =>
        {
            statuses = await service.ResolveAsync(
                context.Katas,
                runTests,
                stale => update($"Running your tests of {string.Join(", ", stale.Select(k => k.Name))} (they changed since the last check)…"),
                cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var store = ProgressStore.Load(context.Root);
        // The title only where it fits beside the rest; the kebab name says the same in fewer columns.
        var wide = context.Console.Profile.Width >= 110;
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey) }
            .AddColumn(new TableColumn("[bold]#[/]").RightAligned())
            .AddColumn(new TableColumn("[bold]Kata[/]").NoWrap());
        if (wide)
        {
            table.AddColumn("[bold]Title[/]");
        }

        table.AddColumn(new TableColumn("[bold]Your status[/]").NoWrap())
            .AddColumn(new TableColumn("[bold]References[/]").RightAligned().NoWrap())
            .AddColumn(new TableColumn("[bold]Hints seen[/]").RightAligned().NoWrap());
        foreach (var kata in context.Katas)
        {
            var references = kata.Contracts.SelectMany(c => c.Implementations).Where(i => i.IsReference).Select(i => i.Type).Distinct().Count();
            var hints = HintCount(context, kata);
            var seen = Math.Min(store.For(kata.Name).HintsShown, hints);
            var cells = new List<IRenderable>
            {
                new Markup(kata.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup($"[bold]{kata.Name}[/]"),
            };
            if (wide)
            {
                cells.Add(new Markup(Markup.Escape(kata.Title)));
            }

            cells.AddRange(
            [
                new Markup(Label(statuses[kata])),
                new Markup(references.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(hints == 0 ? "[dim]-[/]" : $"{seen}/{hints}"),
            ]);
            table.AddRow(cells);
        }

        context.Console.Write(table);

        var passing = statuses.Values.Count(s => s == KataStatus.Passing);
        var total = context.Katas.Count;
        const int Width = 24;
        var filled = total == 0 ? 0 : passing * Width / total;
        context.Console.MarkupLine($"Progress: [green]{new string('█', filled)}[/][grey]{new string('░', Width - filled)}[/] {passing} of {total} {(total == 1 ? "kata" : "katas")} passing");

        var next = context.Katas.FirstOrDefault(k => statuses[k] != KataStatus.Passing);
        if (next is null)
        {
            context.Console.MarkupLine("[green]Every kata passes.[/] Race the references with [bold]katas bench <kata>[/] and read them with [bold]katas solutions <kata>[/].");
        }
        else
        {
            var command = statuses[next] == KataStatus.NotStarted ? $"katas show {next.Name}" : $"katas check {next.Name}";
            context.Console.MarkupLine($"Next: [bold]{command}[/]");
        }

        return ExitCode.Success;
    }

    /// <summary>The status as the learner reads it.</summary>
    public static string Label(KataStatus status) => status switch
    {
        KataStatus.Passing => "[green]✓ passing[/]",
        KataStatus.Failing => "[red]✗ failing[/]",
        KataStatus.DoesNotCompile => "[red]✗ does not compile[/]",
        KataStatus.Unchecked => "[yellow]changed, not checked[/]",
        _ => "[dim]not started[/]",
    };

    private static int HintCount(CliContext context, Katas.Discovery.KataDefinition kata)
    {
        try
        {
            return KataReadme.Load(context.PathOf(kata.SourceDirectory)).Hints.Count;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
