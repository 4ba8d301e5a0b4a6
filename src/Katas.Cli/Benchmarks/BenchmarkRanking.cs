using Katas.Reporting;

namespace Katas.Cli.Benchmarks;

/// <summary>
/// Ranks the results of a benchmark run: per method and input, the timed implementations fastest first
/// with their time ÷ the fastest reference and ÷ the <c>Limit</c>, then those that were not timed with
/// the reason (a wrong answer is reported as wrong, never timed).
/// </summary>
internal static class BenchmarkRanking
{
    /// <summary>The implementation name of the hardware floor in every kata benchmark.</summary>
    public const string Limit = "Limit";

    /// <summary>Ranks <paramref name="results"/>.</summary>
    /// <param name="results">Every case of the run (from <see cref="BenchmarkRun.Read(string)"/>).</param>
    /// <param name="learners">The learner's implementation names; any other name but <c>Limit</c> is a reference.</param>
    /// <param name="failures">What the output said about cases that were not timed.</param>
    public static IReadOnlyList<RankedCase> Rank(IReadOnlyList<BenchmarkResult> results, IReadOnlySet<string> learners, IReadOnlyList<BenchmarkFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(learners);
        ArgumentNullException.ThrowIfNull(failures);

        var cases = new List<RankedCase>();
        foreach (var group in results.GroupBy(r => (r.Type, r.Method, r.Input)))
        {
            var members = group.ToArray();
            var limit = members.FirstOrDefault(r => r.Implementation == Limit);
            var fastest = members
                .Where(r => Kind(r, learners) == RowKind.Reference && r.MedianNanoseconds is > 0)
                .MinBy(r => r.MedianNanoseconds);
            var timed = members.Where(r => r.MedianNanoseconds is not null).OrderBy(r => r.MedianNanoseconds).ToArray();
            var rows = new List<RankedRow>();
            var rank = 0;
            foreach (var result in timed)
            {
                var kind = Kind(result, learners);
                rows.Add(new RankedRow(
                    result.Implementation,
                    kind,
                    kind == RowKind.Limit ? null : ++rank,
                    result.MedianNanoseconds,
                    result.RatioTo(fastest),
                    result.RatioTo(limit),
                    result.AllocatedBytes,
                    null));
            }

            foreach (var result in members.Where(r => r.MedianNanoseconds is null).OrderBy(r => Kind(r, learners)).ThenBy(r => r.Implementation, StringComparer.Ordinal))
            {
                var failure = failures.FirstOrDefault(f => f.Type == result.Type && f.Method == result.Method && SameParameters(f.Parameters, result.Parameters));
                rows.Add(new RankedRow(
                    result.Implementation, Kind(result, learners), null, null, null, null, null,
                    failure?.Message ?? "no measurement: the benchmark process failed (see the BenchmarkDotNet log)"));
            }

            cases.Add(new RankedCase(group.Key.Type, group.Key.Method, group.Key.Input, rows, fastest?.Implementation));
        }

        return cases;
    }

    private static RowKind Kind(BenchmarkResult result, IReadOnlySet<string> learners) =>
        result.Implementation == Limit ? RowKind.Limit
        : learners.Contains(result.Implementation) ? RowKind.Learner
        : RowKind.Reference;

    private static bool SameParameters(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var value) && value == p.Value);
}
