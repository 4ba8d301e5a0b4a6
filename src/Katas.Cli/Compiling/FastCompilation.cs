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
}
