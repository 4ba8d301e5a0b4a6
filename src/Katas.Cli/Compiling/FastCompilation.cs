using Katas.Cli.Testing;

namespace Katas.Cli.Compiling;

/// <summary>What a <see cref="FastCompiler"/> compile found.</summary>
/// <param name="Errors">The compiler's and analyzers' errors, as the build reports them; empty when it compiled.</param>
/// <param name="Library">The compiled kata library, when it compiled and the fast path applies.</param>
internal sealed record FastCompilation(IReadOnlyList<BuildError> Errors, string? Library)
{
    /// <summary>
    /// Gets why the fast path does not apply and the ordinary build must run instead: the library's
    /// public surface changed (the tests compile against it, so MSBuild would compile them again), or
    /// there are no recorded compiler arguments yet; <see langword="null"/> when it applies.
    /// </summary>
    public string? Fallback { get; init; }

    /// <summary>
    /// Gets the analyzers' errors, which may still be being found when the library is ready: the tests
    /// start meanwhile, and any error here makes the check a build failure, as the ordinary build's
    /// would be (<see cref="BuildOutcome.LateErrors"/>).
    /// </summary>
    public Task<IReadOnlyList<BuildError>> LateErrors { get; init; } = Task.FromResult<IReadOnlyList<BuildError>>([]);

    /// <summary>Gets the check's build as this compile gives it (when <see cref="Fallback"/> is <see langword="null"/>).</summary>
    public BuildOutcome Outcome =>
        Errors.Count > 0
            ? new BuildOutcome(new CheckRun(CheckRunKind.BuildFailed, [], Errors, []), null)
            : new BuildOutcome(null, Library, LateErrors);
}
