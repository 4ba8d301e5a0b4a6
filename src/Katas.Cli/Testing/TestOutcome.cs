namespace Katas.Cli.Testing;

/// <summary>The result of one test.</summary>
internal enum TestOutcome
{
    /// <summary>It passed.</summary>
    Passed,

    /// <summary>It failed.</summary>
    Failed,

    /// <summary>It was skipped: the implementation is an unstarted stub.</summary>
    Skipped,

    /// <summary>It was not run.</summary>
    NotRun,
}
