using Katas.Cli.Progress;
using Katas.Discovery;
using Katas.Reporting;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary><c>katas solutions &lt;kata&gt;</c>: where the reference solutions are, each with its one-line summary, once the learner's passes.</summary>
internal static class SolutionsCommand
{
    public static async Task<int> ExecuteAsync(CliContext context, string? name, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var kata = KataResolver.Resolve(context, name, KataPurpose.Results);
        if (kata is null)
        {
            return ExitCode.Usage;
        }

        if (!force)
        {
            KataStatus status = KataStatus.Unchecked;
            await Spinner.RunAsync(context, $"Checking your {kata.Name} first…", async _ =>
            {
                var statuses = await new StatusService(context).ResolveAsync([kata], runStale: true, null, cancellationToken).ConfigureAwait(false);
                status = statuses[kata];
            }).ConfigureAwait(false);
            if (status != KataStatus.Passing)
            {
                context.Console.MarkupLine(status == KataStatus.NotStarted
                    ? $"[yellow]The reference solutions of {kata.Name} stay hidden until yours passes, and you have not started yet.[/]"
                    : $"[yellow]The reference solutions of {kata.Name} stay hidden until yours passes[/] ([bold]katas check {kata.Name}[/] says what is left).");
                context.Console.MarkupLine($"[dim]To look anyway:[/] katas solutions {kata.Name} --force");
                return ExitCode.NotPassing;
            }
        }

        Print(context, kata);
        return ExitCode.Success;
    }

    /// <summary>Prints the table of reference solutions.</summary>
    public static void Print(CliContext context, KataDefinition kata)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(kata);

        var docs = XmlDocumentation.For(typeof(KataDefinition).Assembly);
        var folder = $"{kata.SourceDirectory}/Solutions";
        context.Console.MarkupLine($"The reference solutions of [bold]{Markup.Escape(kata.Title)}[/] are in [bold]{folder}/[/]:");
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey) }
            .AddColumn("[bold]Solution[/]")
            .AddColumn("[bold]What it does[/]")
            .AddColumn(new TableColumn("[bold]File[/]").NoWrap());
        var references = kata.Contracts.SelectMany(c => c.Implementations.Where(i => i.IsReference))
            .GroupBy(i => i.Type)
            .Select(g => g.First());
        foreach (var reference in references)
        {
            var roles = new List<string>();
            if (kata.Contracts.Any(c => c.Oracle == reference.Type))
            {
                roles.Add("the benchmarks check answers against it");
            }

            if (kata.Contracts.Any(c => c.Baseline == reference.Type))
            {
                roles.Add("the benchmark baseline");
            }

            var file = $"Solutions/{reference.Type.Name}.cs";
            var role = roles.Count == 0 ? "" : $"\n[dim]{string.Join(", ", roles)}[/]";
            table.AddRow(
                new Markup($"[bold]{reference.Name}[/]{role}"),
                new Markup(Markup.Escape(docs.Summary(reference.Type) ?? "")),
                new Markup(File.Exists(context.PathOf($"{kata.SourceDirectory}/{file}")) ? Markup.Escape(file) : "[dim](elsewhere in Solutions/)[/]"));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[dim]The kata README compares them, with measured ratios:[/] katas show {kata.Name} --all[dim]. Race yours against them:[/] katas bench {kata.Name}");
    }
}
