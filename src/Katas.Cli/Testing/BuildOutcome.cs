namespace Katas.Cli.Testing;

/// <summary>How a check's code was built.</summary>
/// <param name="Failure">The run to report when the build failed (compile errors), or <see langword="null"/>.</param>
/// <param name="Library">A kata library built apart from MSBuild (<c>watch</c>'s fast path) to test instead of the built one, or <see langword="null"/>.</param>
/// <param name="LateErrors">
/// Errors still being found while the tests run (the fast path's analyzers), or <see langword="null"/>:
/// when there are any, the check is a build failure whatever the tests said.
/// </param>
internal sealed record BuildOutcome(CheckRun? Failure, string? Library, Task<IReadOnlyList<BuildError>>? LateErrors = null);
