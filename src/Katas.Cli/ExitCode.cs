namespace Katas.Cli;

/// <summary>The exit codes of <c>katas</c>, documented in <c>katas --help</c> and the README.</summary>
internal static class ExitCode
{
    /// <summary>Done: everything asked for succeeded (for <c>check</c>, everything the learner wrote passes).</summary>
    public const int Success = 0;

    /// <summary>Not there yet: tests fail, the code does not compile, nothing is started, or the learner declined.</summary>
    public const int NotPassing = 1;

    /// <summary>Bad input: an unknown command, kata or option.</summary>
    public const int Usage = 2;

    /// <summary>The environment is wrong: outside the repository, or a tool (dotnet, BenchmarkDotNet) failed.</summary>
    public const int Environment = 3;
}
