namespace Katas.TestHost;

/// <summary>
/// What the test host reports: a line of JSON on its standard output after <see cref="Marker"/>. Every
/// other line there is output of the tests, of the xUnit runner or of the learner's code.
/// </summary>
internal sealed record HostEvent
{
    /// <summary>Starts every event line (the ASCII record separator, which no test prints by accident).</summary>
    public const string Marker = "\u001ekatas-host ";

    /// <summary>The host has started and waits for requests.</summary>
    public const string Ready = "ready";

    /// <summary>A request is done; <see cref="ExitCode"/> is the xUnit runner's exit code for a test run.</summary>
    public const string Finished = "finished";

    /// <summary>A line of a probe's results (<see cref="Payload"/>, JSON written by the kata library).</summary>
    public const string Measured = "measured";

    /// <summary>
    /// The assemblies the host shares between runs (xUnit, FsCheck, FluentAssertions) changed on disk
    /// since it loaded them: it exits, and must be started again for the request.
    /// </summary>
    public const string Restart = "restart";

    /// <summary>The request could not be carried out; <see cref="Payload"/> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Gets what happened.</summary>
    public required string Event { get; init; }

    /// <summary>Gets the exit code of a test run.</summary>
    public int ExitCode { get; init; }

    /// <summary>Gets the event's data: a probe result, or why a request failed.</summary>
    public string? Payload { get; init; }
}
