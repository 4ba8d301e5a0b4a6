using Katas.Cli.Stubs;
using Katas.Cli.Testing;
using Katas.Discovery;

namespace Katas.Cli.Progress;

/// <summary>
/// Tells where the learner stands on each kata without running the learner's code in this process:
/// a kata whose <c>Practice.cs</c> is still the generated stub (and that has no other learner class) is
/// not started; otherwise the last check counts while the kata's sources are unchanged; otherwise the
/// tests are run (all stale katas in one run) or, when that is not wanted, the kata is "unchecked".
/// </summary>
internal sealed class StatusService
{
    private readonly CliContext _context;

    public StatusService(CliContext context) => _context = context;

    /// <summary>Gets whether the kata's learner file is byte for byte the generated stub and it has no other learner class.</summary>
    public bool IsPristine(KataDefinition kata)
    {
        ArgumentNullException.ThrowIfNull(kata);

        if (kata.Contracts.SelectMany(c => c.Implementations).Any(i => !i.IsReference && i.Type.Name != StubGenerator.ClassName))
        {
            return false;
        }

        try
        {
            var stub = StubGenerator.For(kata);
            var path = _context.PathOf(stub.RelativePath);
            return File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(stub.Bytes);
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Gets the status of <paramref name="kata"/> without running anything: not started (the stub), the
    /// last check while the sources are unchanged, otherwise unchecked.
    /// </summary>
    public KataStatus Cached(KataDefinition kata, ProgressStore store)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(store);

        if (IsPristine(kata))
        {
            return KataStatus.NotStarted;
        }

        return store.For(kata.Name).LastCheck is { } last && last.Fingerprint == SourceFingerprint.Compute(_context.Root, kata)
            ? last.Status
            : KataStatus.Unchecked;
    }

    /// <summary>Gets the status of each of <paramref name="katas"/>, running the tests of the stale ones when <paramref name="runStale"/>.</summary>
    /// <param name="katas">The katas.</param>
    /// <param name="runStale">Whether to run the tests of started katas whose last check is out of date.</param>
    /// <param name="stage">Told which katas are being checked, when tests run.</param>
    /// <param name="cancellationToken">Stops the test run.</param>
    public async Task<IReadOnlyDictionary<KataDefinition, KataStatus>> ResolveAsync(
        IReadOnlyList<KataDefinition> katas, bool runStale, Action<IReadOnlyList<KataDefinition>>? stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(katas);

        var statuses = new Dictionary<KataDefinition, KataStatus>();
        var stale = new List<KataDefinition>();
        var store = ProgressStore.Load(_context.Root);
        foreach (var kata in katas)
        {
            statuses[kata] = Cached(kata, store);
            if (statuses[kata] == KataStatus.Unchecked)
            {
                stale.Add(kata);
            }
        }

        if (runStale && stale.Count > 0)
        {
            stage?.Invoke(stale);
            var report = await new CheckService(_context).RunAsync(stale, replay: null, timeout: null, null, cancellationToken).ConfigureAwait(false);
            foreach (var kata in stale)
            {
                statuses[kata] = report.Katas.FirstOrDefault(c => c.Kata == kata)?.Status
                    ?? (report.Run.Kind == CheckRunKind.BuildFailed ? KataStatus.DoesNotCompile : KataStatus.Failing);
            }
        }

        return statuses;
    }
}
