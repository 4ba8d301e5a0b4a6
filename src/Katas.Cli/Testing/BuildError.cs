using System.Text.RegularExpressions;

namespace Katas.Cli.Testing;

/// <summary>A compiler or MSBuild error, as <c>dotnet build</c> prints it.</summary>
/// <param name="File">The file (absolute, as printed), or <see langword="null"/> when the error has no location.</param>
/// <param name="Line">The line, or 0.</param>
/// <param name="Column">The column, or 0.</param>
/// <param name="Code">The diagnostic code, for example <c>CS1002</c>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed partial record BuildError(string? File, int Line, int Column, string Code, string Message)
{
    /// <summary>Finds the distinct errors in the output of <c>dotnet build</c> (which repeats them in its summary).</summary>
    public static IReadOnlyList<BuildError> Parse(IEnumerable<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var errors = new List<BuildError>();
        foreach (var line in output)
        {
            if (Located().Match(line) is { Success: true } located)
            {
                errors.Add(new BuildError(
                    located.Groups["file"].Value.Trim(),
                    int.Parse(located.Groups["line"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(located.Groups["column"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
                    located.Groups["code"].Value,
                    located.Groups["message"].Value.Trim()));
            }
            else if (Unlocated().Match(line) is { Success: true } unlocated)
            {
                errors.Add(new BuildError(null, 0, 0, unlocated.Groups["code"].Value, unlocated.Groups["message"].Value.Trim()));
            }
        }

        return errors.Distinct().ToArray();
    }

    // "/repo/src/Katas/X/Practice.cs(16,17): error CS1002: ; expected [/repo/src/Katas/Katas.csproj]"
    [GeneratedRegex(@"^\s*(?<file>[^:(]*(?::[\\/][^:(]*)?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\):\s*error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$")]
    private static partial Regex Located();

    // "MSBUILD : error MSB1009: Project file does not exist." or "error NU1101: ..."
    [GeneratedRegex(@"^\s*(?:[^:]*\s:\s)?error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$")]
    private static partial Regex Unlocated();
}
