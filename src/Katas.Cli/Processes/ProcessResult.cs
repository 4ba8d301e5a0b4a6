namespace Katas.Cli.Processes;

/// <summary>How a program ended and everything it wrote, standard output and error interleaved as they arrived.</summary>
/// <param name="ExitCode">The exit code (meaningless when <paramref name="TimedOut"/>).</param>
/// <param name="Output">Every line written, in order.</param>
/// <param name="TimedOut">Whether the program was killed because it ran past its time limit.</param>
internal sealed record ProcessResult(int ExitCode, IReadOnlyList<string> Output, bool TimedOut = false)
{
    /// <summary>Gets whether the program exited with 0 in time.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
