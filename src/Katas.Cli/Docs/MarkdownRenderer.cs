using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Spectre.Console.Rendering;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;
using SpectreTable = Spectre.Console.Table;

namespace Katas.Cli.Docs;

/// <summary>
/// Renders Markdown (as the kata READMEs use it: headings, paragraphs, lists, fenced code, pipe tables,
/// emphasis, inline code, links) as Spectre.Console renderables that wrap to the terminal.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Renders <paramref name="markdown"/>.</summary>
    public static IRenderable Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var document = Markdown.Parse(markdown, Pipeline);
        return Blocks(document);
    }

    private static Rows Blocks(ContainerBlock container)
    {
        var rendered = new List<IRenderable>();
        foreach (var block in container)
        {
            if (Block(block) is { } renderable)
            {
                if (rendered.Count > 0)
                {
                    rendered.Add(Text.Empty);
                }

                rendered.Add(renderable);
            }
        }

        return new Rows(rendered);
    }

    private static IRenderable? Block(Block block) => block switch
    {
        HeadingBlock heading => heading.Level switch
        {
            1 => new Markup($"[bold underline]{Inlines(heading.Inline)}[/]"),
            2 => new Rule($"[bold yellow]{Inlines(heading.Inline)}[/]") { Justification = Justify.Left },
            _ => new Markup($"[bold]{Inlines(heading.Inline)}[/]"),
        },
        ParagraphBlock paragraph => new Markup(Inlines(paragraph.Inline)),
        FencedCodeBlock fenced => Code(fenced, fenced.Info),
        CodeBlock code => Code(code, null),
        ListBlock list => List(list),
        MarkdigTable table => Table(table),
        QuoteBlock quote => new Padder(Blocks(quote), new Padding(2, 0, 0, 0)),
        ThematicBreakBlock => new Rule(),
        HtmlBlock html => HtmlText(html) is { Length: > 0 } text ? new Markup($"[dim]{Markup.Escape(text)}[/]") : null,
        LinkReferenceDefinitionGroup => null,
        ContainerBlock container => Blocks(container),
        _ => null,
    };

    private static Panel Code(LeafBlock code, string? language)
    {
        var text = string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())).TrimEnd();
        var panel = new Panel(new Text(text, new Style(Color.Aqua)))
        {
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Grey),
            Padding = new Padding(1, 0, 1, 0),
        };
        return string.IsNullOrWhiteSpace(language) ? panel : panel.Header($"[grey]{Markup.Escape(language)}[/]");
    }

    private static Grid List(ListBlock list)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var bullet = list.IsOrdered ? $"{number++}." : "•";
            grid.AddRow(new Markup($"[grey]{bullet}[/]"), Blocks(item));
        }

        return grid;
    }

    private static SpectreTable Table(MarkdigTable table)
    {
        var rendered = new SpectreTable { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey) };
        var rows = table.OfType<MarkdigTableRow>().ToArray();
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows.FirstOrDefault();
        if (header is null)
        {
            return rendered;
        }

        for (var i = 0; i < header.Count; i++)
        {
            var column = new TableColumn(new Markup($"[bold]{Cell(header[i])}[/]"));
            if (i < table.ColumnDefinitions.Count && table.ColumnDefinitions[i].Alignment is TableColumnAlign.Right)
            {
                column.RightAligned();
            }

            rendered.AddColumn(column);
        }

        foreach (var row in rows.Where(r => r != header))
        {
            rendered.AddRow(Enumerable.Range(0, header.Count).Select(i => (IRenderable)new Markup(i < row.Count ? Cell(row[i]) : "")).ToArray());
        }

        return rendered;
    }

    private static string Cell(Block cell) =>
        cell is ContainerBlock container
            ? string.Join(" ", container.OfType<ParagraphBlock>().Select(p => Inlines(p.Inline)))
            : "";

    /// <summary>Converts inlines to Spectre markup, escaping the text.</summary>
    private static string Inlines(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            builder.Append(inline switch
            {
                LiteralInline literal => Markup.Escape(literal.Content.ToString()),
                CodeInline code => $"[aqua]{Markup.Escape(code.Content)}[/]",
                EmphasisInline emphasis => emphasis.DelimiterCount >= 2
                    ? $"[bold]{Inlines(emphasis)}[/]"
                    : emphasis.DelimiterChar == '~' ? $"[strikethrough]{Inlines(emphasis)}[/]" : $"[italic]{Inlines(emphasis)}[/]",
                LinkInline { IsImage: true } image => $"[dim][[image: {Inlines(image)}]][/]",
                LinkInline link => Link(link),
                AutolinkInline auto => $"[underline]{Markup.Escape(auto.Url)}[/]",
                LineBreakInline lineBreak => lineBreak.IsHard ? "\n" : " ",
                HtmlEntityInline entity => Markup.Escape(entity.Transcoded.ToString()),
                HtmlInline => "",
                ContainerInline container => Inlines(container),
                _ => Markup.Escape(inline.ToString() ?? ""),
            });
        }

        return builder.ToString();
    }

    // Web links show their address; links to files in the repository show only their text.
    private static string Link(LinkInline link)
    {
        var text = Inlines(link);
        var url = link.Url ?? "";
        return url.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? $"[underline]{text}[/] [dim]({Markup.Escape(url)})[/]"
            : $"[underline]{text}[/]";
    }

    private static string HtmlText(HtmlBlock html) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join(' ', html.Lines.Lines.Take(html.Lines.Count).Select(l => l.ToString())), "<[^>]+>", "").Trim();
}
