namespace Katas.Cli.Testing;

/// <summary>One check: how the run went and, when the tests ran, each kata's summary.</summary>
/// <param name="Run">The build and test run.</param>
/// <param name="Katas">One summary per kata checked (empty unless the run completed).</param>
internal sealed record CheckReport(CheckRun Run, IReadOnlyList<KataCheck> Katas)
{
    /// <summary>
    /// Gets whether everything the learner wrote passes: the run completed, no test failed and at least
    /// one learner test ran (an unstarted kata has nothing that passes).
    /// </summary>
    public bool Passed => Run.Kind == CheckRunKind.Completed && Katas.All(k => k.Failed == 0) && Katas.Any(k => k.Passed > 0);
}
