using Katas.Cli.Progress;
using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>Runs the learner's tests of some katas and remembers each kata's outcome with the sources it saw.</summary>
internal sealed class CheckService
{
    private readonly CliContext _context;

    public CheckService(CliContext context) => _context = context;

    /// <summary>Checks <paramref name="katas"/> and records the outcome in <c>.katas/progress.json</c>.</summary>
    public async Task<CheckReport> RunAsync(
        IReadOnlyList<KataDefinition> katas, string? replay, TimeSpan timeout, Action<string>? stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(katas);

        // Fingerprints first: a file saved while the tests run makes the record stale, as it should.
        var fingerprints = katas.ToDictionary(k => k, k => SourceFingerprint.Compute(_context.Root, k));
        var run = await new TestRunner(_context).RunAsync(katas, replay, timeout, stage, cancellationToken).ConfigureAwait(false);
        var checks = run.Kind == CheckRunKind.Completed ? katas.Select(k => KataCheck.From(k, run.Tests)).ToArray() : [];

        // A replayed run checks one seed, not the usual random cases: it proves nothing worth remembering.
        if (replay is null)
        {
            var store = ProgressStore.Load(_context.Root);
            var now = _context.Clock.GetUtcNow();
            foreach (var kata in katas)
            {
                var check = checks.FirstOrDefault(c => c.Kata == kata);
                store.For(kata.Name).LastCheck = check is null
                    ? new CheckRecord(fingerprints[kata], run.Kind == CheckRunKind.BuildFailed ? KataStatus.DoesNotCompile : KataStatus.Failing, 0, 0, 0, now)
                    : new CheckRecord(fingerprints[kata], check.Status, check.Passed, check.Failed, check.Skipped, now);
            }

            store.Save();
        }

        return new CheckReport(run, checks);
    }
}
