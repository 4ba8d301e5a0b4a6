using System.Text.Json;
using System.Text.Json.Serialization;

namespace Katas.Reporting;

/// <summary>
/// The figures of one kata's report, committed beside its page as <c>docs/benchmarks/&lt;kata&gt;.json</c>:
/// what the index quotes (each benchmark's range of × Limit) and what tests check (that no solution runs
/// below the <c>Limit</c>), without parsing the Markdown.
/// </summary>
/// <param name="Kata">The kata's kebab-case name, which names the files.</param>
/// <param name="Title">The kata's title.</param>
/// <param name="Machines">The machines, as the page's machine line names them.</param>
/// <param name="Vectors">The widest hardware-accelerated vectors the benchmark processes ran with, for example <c>Vector256</c>.</param>
/// <param name="Jobs">The BenchmarkDotNet jobs that measured the figures.</param>
/// <param name="Sections">One per benchmark method.</param>
public sealed record ReportData(
    string Kata,
    string Title,
    IReadOnlyList<string> Machines,
    IReadOnlyList<string> Vectors,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<ReportData.Section> Sections)
{
    /// <summary>The extension of the data files.</summary>
    public const string Extension = ".json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The data of <paramref name="report"/>.</summary>
    public static ReportData Of(KataReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        return new ReportData(
            report.Name,
            report.Title,
            report.Machines.Select(m => m.ToString()).ToArray(),
            report.Vectors,
            report.Jobs,
            report.Sections.Select(s => new Section(
                s.NameIn(report),
                s.Type,
                s.Method,
                s.Baseline,
                s.FastestToLimit,
                s.Rows.Select(r => new Row(
                    r.Result.Implementation,
                    r.Result.Input,
                    r.Result.MedianNanoseconds,
                    r.RatioToLimit,
                    r.RatioToBaseline,
                    r.Result.ColdNanoseconds,
                    r.ColdRatioToLimit,
                    r.Result.AllocatedBytes,
                    r.ScratchBytes,
                    r.Result.PooledPeakBytes,
                    r.IsFastest)
                {
                    BestRatioToLimit = r.BestRatioToLimit,
                }).ToArray())).ToArray());
    }

    /// <summary>
    /// Gets each row of a solution measured below <see cref="KataReport.FloorTolerance"/> × the <c>Limit</c>,
    /// with its section: each says the <c>Limit</c> does work a solution may skip.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<(Section Section, Row Row)> BelowLimit => Sections
        .SelectMany(section => section.Rows.Where(row => row.Implementation != KataReport.Limit && row.BelowFloor is not null).Select(row => (section, row)))
        .ToArray();

    /// <summary>Reads a data file.</summary>
    /// <exception cref="InvalidDataException">The file is not report data.</exception>
    public static ReportData Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        try
        {
            return JsonSerializer.Deserialize<ReportData>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path} holds no report data.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not report data: {e.Message}", e);
        }
    }

    /// <summary>Reads the data file of each report page in <paramref name="directory"/> that has one, by kata name.</summary>
    public static IReadOnlyDictionary<string, ReportData> ReadAll(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);

        return Directory.EnumerateFiles(directory, "*.md")
            .Select(page => Path.ChangeExtension(page, Extension))
            .Where(File.Exists)
            .Select(Read)
            .ToDictionary(d => d.Kata, StringComparer.Ordinal);
    }

    /// <summary>Writes the data as indented JSON.</summary>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n", new System.Text.UTF8Encoding(false));
    }

    /// <summary>The figures of one benchmark method.</summary>
    /// <param name="Name">The section's name on the page.</param>
    /// <param name="Type">The benchmark class.</param>
    /// <param name="Method">The benchmark method.</param>
    /// <param name="Baseline">The baseline's label, when the contract is known.</param>
    /// <param name="FastestToLimit">The fastest reference's range of ratios to the <c>Limit</c> over every input.</param>
    /// <param name="Rows">Every case.</param>
    public sealed record Section(string Name, string Type, string Method, string? Baseline, LimitRange? FastestToLimit, IReadOnlyList<Row> Rows);

    /// <summary>One case, as the page's tables show it.</summary>
    /// <param name="Implementation">The implementation's label, or <c>Limit</c>.</param>
    /// <param name="Input">The other parameters, <c>N=1000, K=16, Shape=Random</c>.</param>
    /// <param name="MedianNanoseconds">The median time per call, or <see langword="null"/> when the case failed.</param>
    /// <param name="RatioToLimit">Median ÷ the <c>Limit</c>'s on the same input.</param>
    /// <param name="RatioToBaseline">Median ÷ the baseline's on the same input.</param>
    /// <param name="ColdNanoseconds">The best cold call.</param>
    /// <param name="ColdRatioToLimit">Cold time ÷ the <c>Limit</c>'s.</param>
    /// <param name="AllocatedBytes">Bytes allocated per call in the warm loop.</param>
    /// <param name="ScratchBytes">Bytes a cold call obtained beyond the <c>Limit</c>'s, pooled buffers included.</param>
    /// <param name="PooledPeakBytes">The most bytes held rented from array pools at once.</param>
    /// <param name="IsFastest">Whether no other solution was faster on the input.</param>
    public sealed record Row(
        string Implementation,
        string Input,
        double? MedianNanoseconds,
        double? RatioToLimit,
        double? RatioToBaseline,
        double? ColdNanoseconds,
        double? ColdRatioToLimit,
        long? AllocatedBytes,
        long? ScratchBytes,
        long? PooledPeakBytes,
        bool IsFastest)
    {
        /// <summary>Gets the best iteration's time ÷ the <c>Limit</c>'s best (absent from data written before it was recorded).</summary>
        public double? BestRatioToLimit { get; init; }

        /// <summary>Gets the ratio that puts this row below the floor, as <see cref="ReportRow.BelowFloor"/> decides, or <see langword="null"/>.</summary>
        [JsonIgnore]
        public double? BelowFloor => KataReport.BelowFloor(BestRatioToLimit ?? RatioToLimit);
    }
}
