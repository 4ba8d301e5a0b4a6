namespace Katas.Cli.Testing;

/// <summary>One test run in a <see cref="ITestHost"/>.</summary>
/// <param name="TestAssembly">The built <c>Katas.Tests.dll</c>.</param>
/// <param name="Arguments">The xUnit runner's arguments: filters, reporter, result file.</param>
internal sealed record TestHostRequest(string TestAssembly, IReadOnlyList<string> Arguments)
{
    /// <summary>Gets the kata library to test instead of the <c>Katas.dll</c> beside the tests (<c>watch</c>'s fast compile), or <see langword="null"/>.</summary>
    public string? Library { get; init; }

    /// <summary>Gets environment variables for the run (<c>KATAS_REPLAY</c>).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets a callback for every line the tests print, as it arrives.</summary>
    public Action<string>? OnLine { get; init; }
}
