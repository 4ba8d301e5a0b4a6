using System.Text.Json;

namespace Katas.Reporting;

/// <summary>One BenchmarkDotNet run of one benchmark class, read from its full JSON export (<c>*-report-full.json</c>).</summary>
/// <param name="Title">The run's title.</param>
/// <param name="Machine">The machine it ran on.</param>
/// <param name="Results">One result per benchmark case.</param>
public sealed record BenchmarkRun(string Title, MachineInfo Machine, IReadOnlyList<BenchmarkResult> Results)
{
    /// <summary>The file name pattern of BenchmarkDotNet's full JSON exports.</summary>
    public const string FilePattern = "*-report-full.json";

    /// <summary>
    /// Gets when the run started, from the time stamp BenchmarkDotNet puts at the end of the title
    /// (<c>…-20261124-064551</c>), or <see langword="null"/> when the title has none.
    /// </summary>
    public DateTime? Started =>
        Title.Length >= 15
        && DateTime.TryParseExact(Title[^15..], "yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var started)
            ? started
            : null;

    /// <summary>Reads every full JSON export in <paramref name="directory"/>, oldest file first.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not a BenchmarkDotNet JSON export.</exception>
    public static IReadOnlyList<BenchmarkRun> ReadAll(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"There are no benchmark results in '{directory}': the directory does not exist.");
        }

        return Directory.EnumerateFiles(directory, FilePattern)
            .OrderBy(File.GetLastWriteTimeUtc)
            .ThenBy(path => path, StringComparer.Ordinal)
            .Select(Read)
            .ToArray();
    }

    /// <summary>Reads a BenchmarkDotNet full JSON export.</summary>
    /// <exception cref="InvalidDataException">The file is not a BenchmarkDotNet JSON export.</exception>
    public static BenchmarkRun Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a BenchmarkDotNet full JSON export from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The stream is not a BenchmarkDotNet JSON export.</exception>
    public static BenchmarkRun Read(Stream stream, string source = "the stream")
    {
        ArgumentNullException.ThrowIfNull(stream);

        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var host = root.GetProperty("HostEnvironmentInfo");
            var machine = new MachineInfo(
                Text(host, "ProcessorName"),
                Text(host, "OsVersion"),
                Text(host, "RuntimeVersion"),
                host.TryGetProperty("LogicalCoreCount", out var cores) && cores.ValueKind == JsonValueKind.Number ? cores.GetInt32() : 0);
            var results = root.GetProperty("Benchmarks").EnumerateArray().Select(ReadResult).ToArray();
            return new BenchmarkRun(Text(root, "Title"), machine, results);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{source} is not a BenchmarkDotNet full JSON export: {e.Message}", e);
        }
    }

    private static BenchmarkResult ReadResult(JsonElement benchmark)
    {
        var statistics = benchmark.TryGetProperty("Statistics", out var s) && s.ValueKind == JsonValueKind.Object ? s : (JsonElement?)null;
        var memory = benchmark.TryGetProperty("Memory", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        var result = new BenchmarkResult(
            Text(benchmark, "Namespace"),
            Text(benchmark, "Type"),
            Text(benchmark, "Method"),
            ParseParameters(Text(benchmark, "Parameters")),
            statistics is { } st && st.TryGetProperty("Median", out var median) ? median.GetDouble() : null,
            statistics is { } st2 && st2.TryGetProperty("Mean", out var mean) ? mean.GetDouble() : null,
            memory is { } mem && mem.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number ? bytes.GetInt64() : null);
        var metrics = Metrics(benchmark);
        var size = metrics.GetValueOrDefault(BenchmarkResult.InputSizeMetric);
        return result with
        {
            Job = ParseJob(Text(benchmark, "DisplayInfo")),
            MinNanoseconds = statistics is { } st3 && st3.TryGetProperty("Min", out var min) && min.ValueKind == JsonValueKind.Number ? min.GetDouble() : null,
            InputSize = size?.Value,
            InputSizeName = size?.Name,
            ColdNanoseconds = metrics.GetValueOrDefault(BenchmarkResult.ColdTimeMetric)?.Value,
            ColdAllocatedBytes = (long?)metrics.GetValueOrDefault(BenchmarkResult.ColdAllocatedMetric)?.Value,
            PooledPeakBytes = (long?)metrics.GetValueOrDefault(BenchmarkResult.PooledPeakMetric)?.Value,
            VectorBits = (int?)metrics.GetValueOrDefault(BenchmarkResult.VectorBitsMetric)?.Value,
        };
    }

    // The metrics by id, for example { "Value": 16, "Descriptor": { "Id": "InputSize", "DisplayName": "Combinations", … } }.
    private static Dictionary<string, (double Value, string Name)?> Metrics(JsonElement benchmark)
    {
        var found = new Dictionary<string, (double Value, string Name)?>(StringComparer.Ordinal);
        if (!benchmark.TryGetProperty("Metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var metric in metrics.EnumerateArray())
        {
            if (metric.TryGetProperty("Descriptor", out var descriptor)
                && descriptor.ValueKind == JsonValueKind.Object
                && Text(descriptor, "Id") is { Length: > 0 } id
                && metric.TryGetProperty("Value", out var value)
                && value.ValueKind == JsonValueKind.Number
                && double.IsFinite(value.GetDouble()))
            {
                var name = Text(descriptor, "DisplayName");
                found.TryAdd(id, (value.GetDouble(), name.Length > 0 ? name : id));
            }
        }

        return found;
    }

    // BenchmarkDotNet writes "Type.Method: ShortRun(IterationCount=3, …) [N=1000, …]".
    private static string ParseJob(string displayInfo)
    {
        var start = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var job = displayInfo[(start + 2)..];
        var parameters = job.LastIndexOf(" [", StringComparison.Ordinal);
        return (parameters < 0 ? job : job[..parameters]).Trim();
    }

    // BenchmarkDotNet writes "N=1000&K=3&Shape=Random&Implementation=BruteForce".
    private static Dictionary<string, string> ParseParameters(string text) =>
        text.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
