namespace Katas.Cli.Testing;

/// <summary>Where a check is, for the status line.</summary>
internal enum RunStage
{
    /// <summary>Building with MSBuild (or finding the build up to date).</summary>
    Build,

    /// <summary>Compiling the kata library in process (<c>watch</c>'s fast path).</summary>
    Compile,

    /// <summary>Starting the test host and finding the tests.</summary>
    Start,

    /// <summary>Running the learner's tests; the time limit runs from here.</summary>
    Test,

    /// <summary>Timing the learner's passing code on growing inputs.</summary>
    Probe,
}
