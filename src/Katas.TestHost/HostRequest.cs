namespace Katas.TestHost;

/// <summary>One request to the test host: a line of JSON on its standard input.</summary>
internal sealed record HostRequest
{
    /// <summary>The command that runs tests: <see cref="Tests"/>, <see cref="Library"/>, <see cref="Arguments"/>, <see cref="Environment"/>.</summary>
    public const string Test = "test";

    /// <summary>The command that runs a kata's scaling probes (<see cref="Kata"/>, <see cref="BudgetSeconds"/>) on the library of the last test run.</summary>
    public const string Probe = "probe";

    /// <summary>The command that stops a running probe between two calls of the learner's code (it is read while the probe runs).</summary>
    public const string Cancel = "cancel";

    /// <summary>Gets what to do: <see cref="Test"/>, <see cref="Probe"/> or <see cref="Cancel"/>.</summary>
    public required string Command { get; init; }

    /// <summary>Gets the built test assembly, <c>tests/Katas.Tests/bin/Debug/&lt;tfm&gt;/Katas.Tests.dll</c>.</summary>
    public string? Tests { get; init; }

    /// <summary>Gets the kata library to test in place of the <c>Katas.dll</c> beside the tests (a fast compile of the learner's code), or <see langword="null"/>.</summary>
    public string? Library { get; init; }

    /// <summary>Gets the xUnit console runner's arguments (filters, reporter, result file), as the test executable takes them.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Gets environment variables to set for the run (a <see langword="null"/> value removes one), restored afterwards.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets the kata whose probes to run, by kebab-case name.</summary>
    public string? Kata { get; init; }

    /// <summary>Gets the time all of the kata's probes may take together.</summary>
    public double BudgetSeconds { get; init; }
}
