namespace Katas.Tests.Infrastructure;

/// <summary>
/// What <c>katas check</c> and <c>katas watch</c> ask of a run through <c>KATAS_LEARNER_RUN</c>: the
/// kebab-case names of the katas whose learner's tests they select (by namespace and
/// <c>Kind=learner</c>), comma-separated. Every other row would be filtered out after discovery, so
/// <see cref="ImplementationsAttribute{T}"/> does not make it: with <c>-preEnumerateTheories</c>
/// (which the per-row traits need) xUnit enumerates and serialises the data of every theory in the
/// assembly before it filters, seconds of a learner's wait.
/// </summary>
public static class LearnerRun
{
    /// <summary>The environment variable the CLI sets.</summary>
    public const string Variable = "KATAS_LEARNER_RUN";

    /// <summary>
    /// Gets the katas a learner's run checks, or <see langword="null"/> in an ordinary run. Read at each
    /// call, not once: a watch session's host runs each check with its own environment.
    /// </summary>
    public static IReadOnlyCollection<string>? Katas() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
}
