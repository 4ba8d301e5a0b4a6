using Katas.Discovery;

namespace Katas.Reporting;

/// <summary>The results of one benchmark method of a kata, for example <c>SlidingWindowMaximumBenchmarks.MaxSlidingWindow</c>.</summary>
/// <param name="Type">The benchmark class.</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="Contract">The contract the implementations fulfil, or <see langword="null"/> when it is unknown.</param>
/// <param name="SizeParameter">
/// The parameter that holds the input size; or, when <paramref name="SizeIsReported"/>, what the size
/// the benchmark reported counts (for example <c>Combinations</c>); <see langword="null"/> when the cases have no size.
/// </param>
/// <param name="SizeIsReported">
/// Whether the sizes are those the benchmark reported for named inputs (<see cref="BenchmarkResult.InputSize"/>)
/// rather than a parameter's values: then every case is in one group, and the slope runs across different inputs.
/// </param>
/// <param name="Implementations">The implementations measured: learners' first, then the references, then <c>Limit</c>.</param>
/// <param name="Theory">The complexity each implementation's XML documentation claims for the benchmarked method, or for the whole class.</param>
/// <param name="Groups">One group per combination of the inputs other than the size.</param>
public sealed record ReportSection(
    string Type,
    string Method,
    Contract? Contract,
    string? SizeParameter,
    bool SizeIsReported,
    IReadOnlyList<string> Implementations,
    IReadOnlyDictionary<string, TheoreticalComplexity> Theory,
    IReadOnlyList<ReportGroup> Groups)
{
    /// <summary>Gets the baseline's class name (typical published code), or <see langword="null"/> when the contract is unknown.</summary>
    public string? Baseline => Contract?.Find(Contract.Baseline).Name;

    /// <summary>Gets the section's name in <paramref name="report"/>: the method, or <c>Type.Method</c> when two benchmark classes share the method's name.</summary>
    public string NameIn(KataReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        return report.Sections.Count(s => s.Method == Method) > 1 ? $"{Type}.{Method}" : Method;
    }

    /// <summary>Gets whether some group measured two or more sizes.</summary>
    public bool Scales => Groups.Any(g => g.Scales);

    /// <summary>Gets every row of every group.</summary>
    public IEnumerable<ReportRow> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>Gets whether some case carries a call profile (a cold time), so the tables show the cold and memory columns.</summary>
    public bool HasProfiles => Rows.Any(r => r.Result.ColdNanoseconds is not null);

    /// <summary>
    /// Gets the fastest reference's ratio to the <c>Limit</c> over every input measured (a learner's class
    /// is not a reference; with no contract known, every solution is), or <see langword="null"/> when
    /// no input had both measured.
    /// </summary>
    public LimitRange? FastestToLimit => LimitRange.Of(Rows, IsReference);

    /// <summary>Gets the rows of solutions whose best time measured below <see cref="KataReport.FloorTolerance"/> × the <c>Limit</c>'s: each says the <c>Limit</c> is not a floor.</summary>
    public IReadOnlyList<ReportRow> BelowLimit => Rows.Where(r => !r.IsLimit && r.BelowFloor is not null).ToArray();

    /// <summary>
    /// Gets whether <paramref name="implementation"/> is a reference solution of the section's contract: not a
    /// learner's class, not a peer library, not the <c>Limit</c> (every solution is, when the contract is unknown).
    /// </summary>
    public bool IsReference(string implementation) =>
        implementation != KataReport.Limit
        && (Contract is null || Contract.Implementations.FirstOrDefault(i => i.Name == implementation)?.IsReference == true);

    internal static ReportSection Build(
        string type, string method, IReadOnlyList<BenchmarkResult> results, KataDefinition? kata, XmlDocumentation documentation, string sizeParameter)
    {
        var names = results.Select(r => r.Implementation).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var contract = FindContract(kata, names.Where(n => n != KataReport.Limit).ToArray(), method);
        var baseline = contract?.Find(contract.Baseline).Name;
        var known = contract?.Implementations.Select(i => i.Name).ToList() ?? [];
        var ordered = names
            .OrderBy(n => n == KataReport.Limit ? 2 : known.Contains(n) ? 0 : 1)
            .ThenBy(n => known.IndexOf(n))
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToArray();
        var theory = ordered.ToDictionary(
            n => n,
            n => contract?.Implementations.FirstOrDefault(i => i.Name == n) is { } implementation
                ? documentation.Complexity(implementation.Type, method)
                : TheoreticalComplexity.Unknown,
            StringComparer.Ordinal);

        // The size is the conventional parameter when every case has it as a number; otherwise the size
        // the benchmark reported for its named inputs, when every case has one; otherwise there is none.
        if (results.All(r => r.Numeric(sizeParameter) is not null))
        {
            var groups = results
                .GroupBy(r => r.InputWithout(sizeParameter), StringComparer.Ordinal)
                .Select(g => ReportGroup.Build(g.Key, g.ToArray(), r => r.Numeric(sizeParameter), ordered, baseline))
                .ToArray();
            return new ReportSection(type, method, contract, sizeParameter, SizeIsReported: false, ordered, theory, groups);
        }

        if (results.Count > 0 && results.All(r => r.InputSize is not null))
        {
            var name = results.Select(r => r.InputSizeName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? BenchmarkResult.InputSizeMetric;
            ReportGroup[] all = [ReportGroup.Build("", results, r => r.InputSize, ordered, baseline)];
            return new ReportSection(type, method, contract, name, SizeIsReported: true, ordered, theory, all);
        }

        var unsized = results
            .GroupBy(r => r.Input, StringComparer.Ordinal)
            .Select(g => ReportGroup.Build(g.Key, g.ToArray(), size: null, ordered, baseline))
            .ToArray();
        return new ReportSection(type, method, contract, SizeParameter: null, SizeIsReported: false, ordered, theory, unsized);
    }

    // The contract whose implementations include every measured one (peers aside), preferring the one that declares
    // the benchmarked method (classes implementing both of a kata's contracts match both); a kata with
    // one contract needs no match.
    private static Contract? FindContract(KataDefinition? kata, IReadOnlyCollection<string> names, string method)
    {
        if (kata is null)
        {
            return null;
        }

        // Peers (libraries benchmarked beside the kata's implementations) belong to no contract: leave them out.
        var implementations = names.Where(n => kata.Contracts.Any(c => c.Implementations.Any(i => i.Name == n))).ToArray();
        var candidates = kata.Contracts.Where(c => implementations.All(n => c.Implementations.Any(i => i.Name == n))).ToArray();
        return candidates.FirstOrDefault(c => c.Interface.GetMethods().Any(m => m.Name == method))
            ?? candidates.FirstOrDefault()
            ?? (kata.Contracts.Count == 1 ? kata.Contracts[0] : null);
    }
}
