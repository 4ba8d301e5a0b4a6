namespace Katas.Cli.Testing;

/// <summary>How a request to a <see cref="ITestHost"/> ended.</summary>
/// <param name="Outcome">Finished, crashed, or refused.</param>
/// <param name="ExitCode">The xUnit runner's exit code (finished), or the process's (crashed).</param>
/// <param name="Output">What the host printed meanwhile (the runner, the tests, the learner's code), in order.</param>
internal sealed record TestHostRun(TestHostOutcome Outcome, int ExitCode, IReadOnlyList<string> Output)
{
    /// <summary>Gets why the host refused the request, for <see cref="TestHostOutcome.Failed"/>.</summary>
    public string? Failure { get; init; }
}
