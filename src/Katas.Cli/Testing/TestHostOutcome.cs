namespace Katas.Cli.Testing;

/// <summary>How a request to a <see cref="ITestHost"/> ended.</summary>
internal enum TestHostOutcome
{
    /// <summary>The request ran to its end.</summary>
    Finished,

    /// <summary>The host process died during the request (a stack overflow, say); it starts again on the next.</summary>
    Crashed,

    /// <summary>The host could not carry the request out (the tests would not load, say).</summary>
    Failed,
}
