using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Katas.Cli.Docs;

/// <summary>Reads one-line summaries from the XML documentation file the compiler writes beside an assembly.</summary>
internal sealed partial class XmlDocumentation
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "int",
        ["System.Int64"] = "long",
        ["System.Double"] = "double",
        ["System.Single"] = "float",
        ["System.Boolean"] = "bool",
        ["System.String"] = "string",
        ["System.Object"] = "object",
        ["System.Char"] = "char",
        ["System.Byte"] = "byte",
        ["System.Decimal"] = "decimal",
        ["System.UInt32"] = "uint",
        ["System.UInt64"] = "ulong",
    };

    private readonly Dictionary<string, XElement> _members;

    private XmlDocumentation(Dictionary<string, XElement> members) => _members = members;

    /// <summary>Loads the documentation of <paramref name="assembly"/> (<c>Name.xml</c> beside <c>Name.dll</c>); empty when there is none.</summary>
    public static XmlDocumentation For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var path = Path.ChangeExtension(assembly.Location, ".xml");
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : new XmlDocumentation([]);
    }

    /// <summary>Reads documentation from its XML text.</summary>
    public static XmlDocumentation Parse(string xml)
    {
        var members = XDocument.Parse(xml).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new XmlDocumentation(members);
    }

    /// <summary>Gets the <c>&lt;summary&gt;</c> of <paramref name="type"/> as one line of plain text, or <see langword="null"/>.</summary>
    public string? Summary(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        if (!_members.TryGetValue("T:" + type.FullName?.Replace('+', '.'), out var member) || member.Element("summary") is not { } summary)
        {
            return null;
        }

        return Whitespace().Replace(Flatten(summary), " ").Trim();
    }

    // <see cref="T:Katas.X.Y"/> -> Y, <c>k</c> -> k, <paramref name="k"/> -> k, <see langword="null"/> -> null.
    private static string Flatten(XElement element) => string.Concat(element.Nodes().Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see =>
            see.Attribute("cref")?.Value is { } cref ? ShortName(cref) : see.Attribute("langword")?.Value ?? see.Attribute("href")?.Value ?? Flatten(see),
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? "",
        XElement child => Flatten(child),
        _ => "",
    }));

    private static string ShortName(string cref)
    {
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        name = parameters >= 0 ? name[..parameters] : name;
        if (Keywords.TryGetValue(name, out var keyword))
        {
            return keyword;
        }

        var parts = name.Split('.');
        return cref.StartsWith("M:", StringComparison.Ordinal) || cref.StartsWith("P:", StringComparison.Ordinal)
            ? string.Join('.', parts.TakeLast(2))
            : parts[^1].Split('`')[0];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
