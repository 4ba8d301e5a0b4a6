namespace Katas.Cli.Testing;

/// <summary>What one run of the learner's tests produced.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Tests">The learner's test rows, when the tests ran.</param>
/// <param name="BuildErrors">The compiler's errors, when the build failed.</param>
/// <param name="Output">What the build or the test process printed, for a crash or a timeout.</param>
internal sealed record CheckRun(CheckRunKind Kind, IReadOnlyList<TestCaseResult> Tests, IReadOnlyList<BuildError> BuildErrors, IReadOnlyList<string> Output)
{
    /// <summary>Gets the time limit that was exceeded, for <see cref="CheckRunKind.TimedOut"/>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Gets how long the tests ran, from their start, for <see cref="CheckRunKind.Completed"/>.</summary>
    public TimeSpan? Duration { get; init; }
}
