namespace Katas.Cli.Testing;

/// <summary>How a check's code was built.</summary>
/// <param name="Failure">The run to report when the build failed (compile errors), or <see langword="null"/>.</param>
/// <param name="Library">A kata library built apart from MSBuild (<c>watch</c>'s fast path) to test instead of the built one, or <see langword="null"/>.</param>
internal sealed record BuildOutcome(CheckRun? Failure, string? Library);
