using Katas.Cli.Progress;
using Katas.Discovery;

namespace Katas.Cli.Commands;

/// <summary>
/// The kata a command without one works on: the one the learner last named or checked, unless it is
/// done and the command is about working on a kata; otherwise the next kata <c>katas list</c> suggests.
/// </summary>
/// <remarks>
/// "Done" is a passing check of the current sources. Nothing is run to find out: the cached checks
/// decide, as in <c>katas list --no-run</c>.
/// </remarks>
internal static class CurrentKata
{
    /// <summary>Finds the current kata for <paramref name="purpose"/>.</summary>
    /// <returns>The kata and why it was chosen ("the kata you used last"), or <see langword="null"/> when there is no kata at all.</returns>
    public static (KataDefinition Kata, string Reason)? Find(CliContext context, KataPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Katas.Count == 0)
        {
            return null;
        }

        var store = ProgressStore.Load(context.Root);
        var service = new StatusService(context);
        var recent = context.Katas
            .Select(k => (Kata: k, At: Latest(store.For(k.Name))))
            .Where(x => x.At is not null)
            .OrderByDescending(x => x.At)
            .Select(x => x.Kata)
            .FirstOrDefault();
        if (recent is not null && (purpose == KataPurpose.Results || service.Cached(recent, store) != KataStatus.Passing))
        {
            return (recent, "the kata you used last");
        }

        var next = context.Katas.FirstOrDefault(k => service.Cached(k, store) != KataStatus.Passing);
        return next is not null
            ? (next, recent is null ? "the first kata katas list suggests" : $"the next kata katas list suggests; {recent.Name} passes")
            : (recent ?? context.Katas[0], "every kata passes");
    }

    private static DateTimeOffset? Latest(KataProgress progress) =>
        (progress.LastUsed, progress.LastCheck?.At) switch
        {
            ({ } used, { } checkedAt) => used > checkedAt ? used : checkedAt,
            (var used, var checkedAt) => used ?? checkedAt,
        };
}
