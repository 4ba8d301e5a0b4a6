using Katas.Cli.Progress;
using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>Runs the learner's tests of some katas and remembers each kata's outcome with the sources it saw.</summary>
internal sealed class CheckService
{
    /// <summary>The time all of a kata's scaling probes may take together.</summary>
    public static readonly TimeSpan ScalingBudget = TimeSpan.FromSeconds(3);

    // Beyond the budget: the host starting the probe, making inputs, one long call the budget could not foresee.
    private static readonly TimeSpan ScalingGrace = TimeSpan.FromSeconds(12);

    private readonly CliContext _context;

    public CheckService(CliContext context) => _context = context;

    /// <summary>Checks <paramref name="katas"/> and records the outcome in <c>.katas/progress.json</c>.</summary>
    /// <param name="katas">The katas.</param>
    /// <param name="replay">A <c>KATAS_REPLAY</c> seed, or <see langword="null"/>.</param>
    /// <param name="timeout">The limit on the tests from their start, or <see langword="null"/> for one set from how long they took before.</param>
    /// <param name="progress">Told the stage and the time, for the status line.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <param name="host">The host to run the tests in (and later the probes), or <see langword="null"/> for one of its own.</param>
    /// <param name="build">Builds the code: <see langword="null"/> for the ordinary build (MSBuild when something changed); <c>watch</c>'s fast path compiles in process.</param>
    public async Task<CheckReport> RunAsync(
        IReadOnlyList<KataDefinition> katas,
        string? replay,
        TimeSpan? timeout,
        Action<RunProgress>? progress,
        CancellationToken cancellationToken,
        ITestHost? host = null,
        Func<CancellationToken, Task<BuildOutcome>>? build = null)
    {
        ArgumentNullException.ThrowIfNull(katas);

        // Fingerprints first: a file saved while the tests run makes the record stale, as it should.
        var fingerprints = katas.ToDictionary(k => k, k => SourceFingerprint.Compute(_context.Root, k));
        var store = ProgressStore.Load(_context.Root);
        var limit = timeout ?? TestRunner.DefaultTimeoutFor(katas.Select(k => store.For(k.Name).TestDuration));
        var runner = new TestRunner(_context);
        BuildOutcome built;
        if (build is null)
        {
            progress?.Invoke(new RunProgress(RunStage.Build));
            built = new BuildOutcome(await runner.BuildAsync(cancellationToken).ConfigureAwait(false), null);
        }
        else
        {
            progress?.Invoke(new RunProgress(RunStage.Compile));
            built = await build(cancellationToken).ConfigureAwait(false);
        }

        var run = built.Failure ?? await runner.TestAsync(katas, host, built, replay, limit, progress, cancellationToken).ConfigureAwait(false);
        var checks = run.Kind == CheckRunKind.Completed ? katas.Select(k => KataCheck.From(k, run.Tests)).ToArray() : [];

        // A replayed run checks one seed, not the usual random cases: it proves nothing worth remembering.
        if (replay is null)
        {
            store = ProgressStore.Load(_context.Root);
            var now = _context.Clock.GetUtcNow();
            foreach (var kata in katas)
            {
                var check = checks.FirstOrDefault(c => c.Kata == kata);
                var progressOfKata = store.For(kata.Name);
                progressOfKata.LastCheck = check is null
                    ? new CheckRecord(fingerprints[kata], run.Kind == CheckRunKind.BuildFailed ? KataStatus.DoesNotCompile : KataStatus.Failing, 0, 0, 0, now)
                    : new CheckRecord(fingerprints[kata], check.Status, check.Passed, check.Failed, check.Skipped, now);
                if (run.Duration is { } duration)
                {
                    progressOfKata.TestDuration = duration;
                }
            }

            store.Save();
        }

        return new CheckReport(run, checks);
    }

    /// <summary>
    /// Runs <paramref name="kata"/>'s scaling probes in <paramref name="host"/>, on the library its last
    /// test run loaded (so after a passing check). A probe that finds the code wrong marks the kata failing.
    /// </summary>
    /// <param name="kata">The kata.</param>
    /// <param name="host">The host that ran the kata's tests.</param>
    /// <param name="cancellationToken">Stops the probes.</param>
    public async Task<ScalingOutcome> ProbeAsync(KataDefinition kata, ITestHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(host);

        if (kata.Scaling.Count == 0)
        {
            return new ScalingOutcome([]);
        }

        var results = new List<ScalingResult>();
        string? running = null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ScalingBudget + ScalingGrace);
        ScalingOutcome outcome;
        try
        {
            var run = await host.ProbeAsync(
                kata,
                ScalingBudget,
                e =>
                {
                    if (e.Result is { } result)
                    {
                        results.Add(result);
                        running = null;
                    }
                    else if (e.Input is { } input)
                    {
                        running = $"{input} ({e.Implementation})";
                    }
                },
                limit.Token).ConfigureAwait(false);
            outcome = run.Outcome switch
            {
                TestHostOutcome.Crashed => new ScalingOutcome(results)
                {
                    Interrupted = $"your code crashed the test process on {running ?? "a probe input"}{CrashDetail(run.Output)}",
                    Crashed = true,
                },
                TestHostOutcome.Failed => new ScalingOutcome(results) { Interrupted = run.Failure },
                _ => new ScalingOutcome(results),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = new ScalingOutcome(results)
            {
                Interrupted = $"stopped after {(ScalingBudget + ScalingGrace).TotalSeconds:0} s{(running is null ? "" : $" on {running}")}: too slow to measure there",
            };
        }

        if (outcome.FoundWrong)
        {
            var store = ProgressStore.Load(_context.Root);
            if (store.For(kata.Name).LastCheck is { } last)
            {
                store.For(kata.Name).LastCheck = last with { Status = KataStatus.Failing };
                store.Save();
            }
        }

        return outcome;
    }

    private static string CrashDetail(IReadOnlyList<string> output) =>
        output.Any(l => l.StartsWith("Stack overflow", StringComparison.Ordinal)) ? " (a stack overflow: too deep a recursion for a large input)" : "";
}
