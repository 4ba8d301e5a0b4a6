using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Katas.Cli.Testing;

/// <summary>Reads the xUnit.net v2+ XML result file (<c>-result-xml</c>) the test runner writes.</summary>
internal static class XunitResultReader
{
    /// <summary>Reads every test in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an xUnit result file.</exception>
    public static IReadOnlyList<TestCaseResult> Read(string path)
    {
        try
        {
            return Parse(XDocument.Load(path));
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path} is not an xUnit XML result file: {e.Message}", e);
        }
    }

    /// <summary>Reads every test in the result document <paramref name="xml"/>.</summary>
    public static IReadOnlyList<TestCaseResult> Parse(string xml) => Parse(XDocument.Parse(xml));

    private static TestCaseResult[] Parse(XDocument document) =>
        document.Descendants("test").Select(ReadTest).ToArray();

    private static TestCaseResult ReadTest(XElement test)
    {
        var traits = test.Element("traits")?.Elements("trait")
            .GroupBy(t => (string?)t.Attribute("name") ?? "")
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("value") ?? "", StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var failure = test.Element("failure");
        var exceptionType = (string?)failure?.Attribute("exception-type");
        return new TestCaseResult(
            Unescape((string?)test.Attribute("name")) ?? "",
            (string?)test.Attribute("type") ?? "",
            (string?)test.Attribute("method") ?? "",
            ((string?)test.Attribute("result")) switch
            {
                "Pass" => TestOutcome.Passed,
                "Fail" => TestOutcome.Failed,
                "Skip" => TestOutcome.Skipped,
                _ => TestOutcome.NotRun,
            },
            traits)
        {
            ExceptionType = exceptionType,
            Message = WithoutTypePrefix(Unescape(failure?.Element("message")?.Value), exceptionType),
            StackTrace = failure?.Element("stack-trace")?.Value,
            SkipReason = Unescape(test.Element("reason")?.Value),
            SourceFile = (string?)test.Attribute("source-file"),
            SourceLine = int.TryParse((string?)test.Attribute("source-line"), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : null,
        };
    }

    // The runner writes a quote inside a name or message as \" (FluentAssertions' quoted strings, string arguments).
    private static string? Unescape(string? text) => text?.Replace("\\\"", "\"", StringComparison.Ordinal);

    // xUnit writes "Namespace.SomeException : message".
    private static string? WithoutTypePrefix(string? message, string? type) =>
        message is not null && type is not null && message.StartsWith(type + " : ", StringComparison.Ordinal)
            ? message[(type.Length + 3)..]
            : message;
}
