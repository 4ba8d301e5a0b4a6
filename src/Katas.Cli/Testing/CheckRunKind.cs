namespace Katas.Cli.Testing;

/// <summary>How a check ended.</summary>
internal enum CheckRunKind
{
    /// <summary>The tests ran to the end (passing or not).</summary>
    Completed,

    /// <summary>The code does not compile.</summary>
    BuildFailed,

    /// <summary>The test process died (a stack overflow, for example) before writing its results.</summary>
    Crashed,

    /// <summary>The tests ran past the time limit (an infinite loop, for example) and were stopped.</summary>
    TimedOut,
}
