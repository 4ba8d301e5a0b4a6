using Katas.Discovery;

namespace Katas.Reporting;

/// <summary>
/// What the report says about one kata: every benchmark case of the kata found in the runs, grouped
/// by benchmark method and by the inputs other than the size, with ratios to the <c>Limit</c> and to
/// the baseline, the theoretical complexity from the XML docs and the empirical slope across sizes.
/// </summary>
public sealed class KataReport
{
    /// <summary>The <c>Implementation</c> value of the hardware-floor reference that every kata benchmark measures.</summary>
    public const string Limit = Contract.LimitName;

    /// <summary>
    /// The ratio to the <c>Limit</c> below which a solution shows that the <c>Limit</c> is not a floor: it
    /// does work a solution may skip. The page warns, and a test over the committed data fails.
    /// </summary>
    public const double FloorTolerance = 0.9;

    /// <summary>
    /// <paramref name="best"/>, the ratio of a solution's best iteration to the <c>Limit</c>'s (or of the medians, for
    /// data that has no best times), when it is below <see cref="FloorTolerance"/>; else <see langword="null"/>. The
    /// one rule of the page's warning and of the committed data's test. Best times, because a slow spell of the
    /// machine moves a median by a third but cannot make a best time faster than the hardware allows.
    /// </summary>
    public static double? BelowFloor(double? best) => best < FloorTolerance ? best : null;

    private KataReport(string folder, KataDefinition? kata, IReadOnlyList<ReportSection> sections, IReadOnlyList<BenchmarkRun> runs, IReadOnlyList<string> jobs)
    {
        Folder = folder;
        Kata = kata;
        Sections = sections;
        Runs = runs;
        Jobs = jobs;
    }

    /// <summary>Gets the kata folder (and last namespace segment), for example <c>SlidingWindowMaximum</c>.</summary>
    public string Folder { get; }

    /// <summary>Gets the kata, or <see langword="null"/> when no kata in the library has this folder.</summary>
    public KataDefinition? Kata { get; }

    /// <summary>Gets the kebab-case name that names the report's files, for example <c>sliding-window-maximum</c>.</summary>
    public string Name => Kata?.Name ?? KebabCase(Folder);

    /// <summary>Gets the kata's title, or its folder when the kata is unknown.</summary>
    public string Title => Kata?.Title ?? Folder;

    /// <summary>Gets one section per benchmark method.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>Gets the runs that contributed results, oldest first.</summary>
    public IReadOnlyList<BenchmarkRun> Runs { get; }

    /// <summary>Gets the distinct jobs that measured the results.</summary>
    public IReadOnlyList<string> Jobs { get; }

    /// <summary>Gets the distinct machines the results were measured on.</summary>
    public IReadOnlyList<MachineInfo> Machines => Runs.Select(r => r.Machine).Distinct().ToArray();

    /// <summary>Gets the rows of every section whose solution's best time measured below <see cref="FloorTolerance"/> × the <c>Limit</c>'s.</summary>
    public IReadOnlyList<ReportRow> BelowLimit => Sections.SelectMany(s => s.BelowLimit).ToArray();

    /// <summary>Gets the vector widths the benchmark processes ran with (for example <c>Vector256</c>), from the cases' profiles.</summary>
    public IReadOnlyList<string> Vectors => Sections
        .SelectMany(s => s.Rows)
        .Select(r => r.Result.VectorBits)
        .OfType<int>()
        .Distinct()
        .Order()
        .Select(BenchmarkResult.VectorName)
        .ToArray();

    /// <summary>Gets whether some solution was measured at two or more sizes, so there is something to plot.</summary>
    public bool Scales => Sections.Any(s => s.Groups.Any(g => g.Scales));

    /// <summary>Gets the kata folders that have results in <paramref name="runs"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Folders(IEnumerable<BenchmarkRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);

        return runs.SelectMany(r => r.Results).Select(r => r.KataFolder).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Builds the report of the kata in <paramref name="folder"/> from <paramref name="runs"/>. When
    /// several runs measured the same case, the later run wins, so pass the runs oldest first.
    /// </summary>
    /// <param name="folder">The kata folder, the last segment of the benchmark classes' namespace.</param>
    /// <param name="runs">The runs, oldest first; results of other katas are ignored.</param>
    /// <param name="documentation">Where the solutions' theoretical complexity comes from.</param>
    /// <param name="sizeParameter">The parameter that holds the input size (by convention <see cref="BenchmarkResult.SizeParameter"/>).</param>
    /// <exception cref="ArgumentException">No run has a result for the kata.</exception>
    public static KataReport Build(string folder, IEnumerable<BenchmarkRun> runs, XmlDocumentation documentation, string sizeParameter = BenchmarkResult.SizeParameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(documentation);
        ArgumentException.ThrowIfNullOrEmpty(sizeParameter);

        var runList = runs.ToArray();

        // The latest measurement of each case, remembering which run it came from.
        var latest = new Dictionary<string, (BenchmarkRun Run, BenchmarkResult Result)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var run in runList)
        {
            foreach (var result in run.Results.Where(r => r.KataFolder == folder))
            {
                var key = $"{result.Namespace}.{result.Type}.{result.Method}?{string.Join('&', result.Parameters.Select(p => $"{p.Key}={p.Value}"))}";
                if (!latest.ContainsKey(key))
                {
                    order.Add(key);
                }

                latest[key] = (run, result);
            }
        }

        if (latest.Count == 0)
        {
            throw new ArgumentException($"The benchmark results have no case of the kata '{folder}'.", nameof(folder));
        }

        var kata = KataDefinition.Find(folder);
        var results = order.Select(key => latest[key].Result).ToArray();
        var sections = results
            .GroupBy(r => (r.Type, r.Method))
            .Select(g => ReportSection.Build(g.Key.Type, g.Key.Method, g.ToArray(), kata, documentation, sizeParameter))
            .ToArray();
        var contributing = latest.Values.Select(v => v.Run).Distinct().ToArray();
        var usedRuns = runList.Where(contributing.Contains).Distinct().ToArray();
        var jobs = results.Select(r => r.Job).Where(j => j.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return new KataReport(folder, kata, sections, usedRuns, jobs);
    }

    // As KataDefinition names katas: "SlidingWindowMaximum" → "sliding-window-maximum".
    private static string KebabCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
