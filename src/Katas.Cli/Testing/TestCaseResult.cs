namespace Katas.Cli.Testing;

/// <summary>One test row from an xUnit result file.</summary>
/// <param name="Name">The display name, with the theory's arguments.</param>
/// <param name="Type">The test class, fully qualified.</param>
/// <param name="Method">The test method.</param>
/// <param name="Outcome">Passed, failed, skipped or not run.</param>
/// <param name="Traits">The traits (<c>Kata</c>, <c>Implementation</c>, <c>Kind</c>).</param>
internal sealed record TestCaseResult(string Name, string Type, string Method, TestOutcome Outcome, IReadOnlyDictionary<string, string> Traits)
{
    /// <summary>Gets the failure message, without the exception type xUnit puts in front of it.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the type of the exception that failed the test.</summary>
    public string? ExceptionType { get; init; }

    /// <summary>Gets the failure's stack trace.</summary>
    public string? StackTrace { get; init; }

    /// <summary>Gets why the test was skipped.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Gets the test's source file, as the runner reported it.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Gets the test's line in <see cref="SourceFile"/>.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Gets the kata's kebab-case name (the <c>Kata</c> trait), or <see langword="null"/>.</summary>
    public string? Kata => Traits.GetValueOrDefault("Kata");

    /// <summary>Gets the implementation the row ran (the <c>Implementation</c> trait), or <see langword="null"/>.</summary>
    public string? Implementation => Traits.GetValueOrDefault("Implementation");

    /// <summary>Gets the test class's namespace.</summary>
    public string Namespace => Type.LastIndexOf('.') is var dot and > 0 ? Type[..dot] : "";
}
