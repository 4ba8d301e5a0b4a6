namespace Katas.Cli.Processes;

/// <summary>A program to run: what, where, with which environment, and for how long at most.</summary>
/// <param name="FileName">The program, for example <c>dotnet</c>.</param>
/// <param name="Arguments">The arguments, each passed as one argument (no shell quoting).</param>
/// <param name="WorkingDirectory">The directory it runs in.</param>
internal sealed record ProcessRequest(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>Gets variables to add to (or, with a <see langword="null"/> value, remove from) the environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets the time after which the program and its children are killed, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Gets a callback for every line the program writes (standard output and error), as it arrives.</summary>
    public Action<string>? OnLine { get; init; }

    /// <summary>Gets the command line as a person would type it, for messages.</summary>
    public string Display => string.Join(' ', Arguments.Select(Quote).Prepend(FileName));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./=,:+@%".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
