using Katas.Cli.Progress;
using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>The learner's tests of one kata in one run, summed up.</summary>
/// <param name="Kata">The kata.</param>
/// <param name="Status">Passing, failing, or not started (every learner test skipped, or none).</param>
/// <param name="Tests">The kata's learner test rows.</param>
internal sealed record KataCheck(KataDefinition Kata, KataStatus Status, IReadOnlyList<TestCaseResult> Tests)
{
    /// <summary>Gets the number of tests that passed.</summary>
    public int Passed => Tests.Count(t => t.Outcome == TestOutcome.Passed);

    /// <summary>Gets the number of tests that failed.</summary>
    public int Failed => Tests.Count(t => t.Outcome == TestOutcome.Failed);

    /// <summary>Gets the number of tests skipped because an implementation is not started.</summary>
    public int Skipped => Tests.Count(t => t.Outcome == TestOutcome.Skipped);

    /// <summary>Gets the failed tests.</summary>
    public IEnumerable<TestCaseResult> Failures => Tests.Where(t => t.Outcome == TestOutcome.Failed);

    /// <summary>Gets the learner implementations that ran (class names), in order.</summary>
    public IReadOnlyList<string> Implementations => Tests.Where(t => t.Outcome != TestOutcome.Skipped)
        .Select(t => t.Implementation).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Gets why tests were skipped: one message per unstarted implementation, naming its file.</summary>
    public IReadOnlyList<string> NotStarted => Tests.Where(t => t.Outcome == TestOutcome.Skipped)
        .Select(t => t.SkipReason).OfType<string>().Distinct().ToArray();

    /// <summary>Sums up the learner's tests of <paramref name="kata"/> from a run's rows.</summary>
    public static KataCheck From(KataDefinition kata, IEnumerable<TestCaseResult> tests)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(tests);

        var ns = $"Katas.Tests.{kata.Folder}";
        var mine = tests.Where(t => t.Kata == kata.Name || (t.Kata is null && (t.Namespace == ns || t.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)))).ToArray();
        var status = mine.Any(t => t.Outcome == TestOutcome.Failed) ? KataStatus.Failing
            : mine.Any(t => t.Outcome == TestOutcome.Passed) ? KataStatus.Passing
            : KataStatus.NotStarted;
        return new KataCheck(kata, status, mine);
    }
}
