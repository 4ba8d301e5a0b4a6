using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Katas.Reporting;

/// <summary>
/// The compiler's XML documentation file of an assembly (<c>Katas.xml</c> beside <c>Katas.dll</c>):
/// the <c>&lt;summary&gt;</c> and <c>&lt;remarks&gt;</c> of each type as plain text, and the complexity they claim.
/// </summary>
public sealed class XmlDocumentation
{
    /// <summary>No documentation: every type has no remarks.</summary>
    public static readonly XmlDocumentation Empty = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), null);

    // The types C# names with a keyword.
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = "bool",
        ["System.Byte"] = "byte",
        ["System.SByte"] = "sbyte",
        ["System.Int16"] = "short",
        ["System.UInt16"] = "ushort",
        ["System.Int32"] = "int",
        ["System.UInt32"] = "uint",
        ["System.Int64"] = "long",
        ["System.UInt64"] = "ulong",
        ["System.IntPtr"] = "nint",
        ["System.UIntPtr"] = "nuint",
        ["System.Single"] = "float",
        ["System.Double"] = "double",
        ["System.Decimal"] = "decimal",
        ["System.Char"] = "char",
        ["System.String"] = "string",
        ["System.Object"] = "object",
        ["System.Void"] = "void",
    };

    private readonly IReadOnlyDictionary<string, string> _remarks;
    private readonly IReadOnlyDictionary<string, string> _summaries;

    private XmlDocumentation(IReadOnlyDictionary<string, string> remarks, IReadOnlyDictionary<string, string> summaries, string? path)
    {
        _remarks = remarks;
        _summaries = summaries;
        Path = path;
    }

    /// <summary>Gets the file read, or <see langword="null"/> for <see cref="Empty"/>.</summary>
    public string? Path { get; }

    /// <summary>Reads the documentation file beside <paramref name="assembly"/>, or returns <see cref="Empty"/> when there is none.</summary>
    public static XmlDocumentation For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var path = string.IsNullOrEmpty(assembly.Location) ? null : System.IO.Path.ChangeExtension(assembly.Location, ".xml");
        return path is not null && File.Exists(path) ? Read(path) : Empty;
    }

    /// <summary>Reads a documentation file.</summary>
    /// <exception cref="InvalidDataException">The file is not a compiler's XML documentation file.</exception>
    public static XmlDocumentation Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path} is not an XML documentation file: {e.Message}", e);
        }

        var remarks = new Dictionary<string, string>(StringComparer.Ordinal);
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in document.Root?.Element("members")?.Elements("member") ?? [])
        {
            if (member.Attribute("name")?.Value is not { } name)
            {
                continue;
            }

            if (member.Element("remarks") is { } element)
            {
                remarks[name] = PlainText(element);
            }

            if (member.Element("summary") is { } summary)
            {
                summaries[name] = PlainText(summary);
            }
        }

        return new XmlDocumentation(remarks, summaries, path);
    }

    /// <summary>Gets the remarks of <paramref name="type"/> as plain text, or <see langword="null"/> when it has none.</summary>
    public string? Remarks(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        return _remarks.TryGetValue("T:" + type.FullName?.Replace('+', '.'), out var text) ? text : null;
    }

    /// <summary>Gets the summary of <paramref name="type"/> as plain text (one line), or <see langword="null"/> when it has none.</summary>
    public string? Summary(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        return _summaries.TryGetValue("T:" + type.FullName?.Replace('+', '.'), out var text) ? text : null;
    }

    /// <summary>Gets the complexity that the remarks of <paramref name="type"/> claim.</summary>
    public TheoreticalComplexity Complexity(Type type) => TheoreticalComplexity.Parse(Remarks(type));

    /// <summary>
    /// Gets the complexity of <paramref name="type"/>'s method <paramref name="method"/>: the bounds its own
    /// remarks claim (any overload), each missing one taken from the type's remarks. A class with many
    /// operations, each with its own cost, documents the cost on the operation a benchmark measures.
    /// </summary>
    public TheoreticalComplexity Complexity(Type type, string method)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrEmpty(method);

        var whole = Complexity(type);
        var name = "M:" + type.FullName?.Replace('+', '.') + "." + method;
        var own = _remarks
            .Where(pair => pair.Key == name || pair.Key.StartsWith(name + "(", StringComparison.Ordinal))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => TheoreticalComplexity.Parse(pair.Value))
            .FirstOrDefault(bounds => bounds != TheoreticalComplexity.Unknown) ?? TheoreticalComplexity.Unknown;
        return new TheoreticalComplexity(own.Time ?? whole.Time, own.Space ?? whole.Space);
    }

    // <see cref="T:A.B.C"/> reads as C (as C# spells it), <see langword="null"/> as null, <c>x</c> as x; paragraphs as sentences.
    private static string PlainText(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Names a <c>cref</c> as C# spells it: "M:Katas.X.Solutions.Name.Method(System.Int32)" reads as
    /// "Method", "T:System.Int32" as "int", "T:System.Int32[]" as "int[]", and
    /// "T:System.Collections.Generic.LinkedList`1" as "LinkedList&lt;T&gt;".
    /// </summary>
    public static string CSharpName(string cref)
    {
        ArgumentNullException.ThrowIfNull(cref);

        var parameters = cref.IndexOf('(');
        var name = parameters < 0 ? cref : cref[..parameters];
        name = name[(name.IndexOf(':') + 1)..];
        var array = "";
        while (name.EndsWith("[]", StringComparison.Ordinal))
        {
            (name, array) = (name[..^2], array + "[]");
        }

        if (Keywords.TryGetValue(name, out var keyword))
        {
            return keyword + array;
        }

        // "LinkedList`1" is a generic type, "Sort``1" a generic method: arity after the backticks.
        var tick = name.IndexOf('`');
        var simple = (tick < 0 ? name : name[..tick])[((tick < 0 ? name : name[..tick]).LastIndexOf('.') + 1)..];
        if (tick < 0 || !int.TryParse(name[(name.LastIndexOf('`') + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arity))
        {
            return simple + array;
        }

        var typeParameters = name[tick + 1] == '`' ? null : FindType(name)?.GetGenericArguments().Select(a => a.Name).ToArray();
        typeParameters ??= arity == 1 ? ["T"] : Enumerable.Range(1, arity).Select(i => $"T{i}").ToArray();
        return $"{simple}<{string.Join(", ", typeParameters)}>{array}";
    }

    // The type a cref names, among the assemblies loaded (the BCL's, the katas'), for its type parameters' names.
    private static Type? FindType(string name) =>
        Type.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);

    private static void Append(XNode node, StringBuilder text)
    {
        switch (node)
        {
            case XText t:
                text.Append(t.Value);
                break;
            case XElement { Name.LocalName: "see" or "seealso" } see when !see.Nodes().Any():
                text.Append(see.Attribute("cref")?.Value is { } cref ? CSharpName(cref) : see.Attribute("langword")?.Value ?? see.Attribute("href")?.Value);
                break;
            case XElement { Name.LocalName: "paramref" or "typeparamref" } parameter:
                text.Append(parameter.Attribute("name")?.Value);
                break;
            case XElement e:
                foreach (var child in e.Nodes())
                {
                    Append(child, text);
                }

                if (e.Name.LocalName is "para" or "item")
                {
                    text.Append(' ');
                }

                break;
        }
    }
}
