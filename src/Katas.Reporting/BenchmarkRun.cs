using System.Text.Json;

namespace Katas.Reporting;

/// <summary>One BenchmarkDotNet run of one benchmark class, read from its full JSON export (<c>*-report-full.json</c>).</summary>
/// <param name="Title">The run's title.</param>
/// <param name="Machine">The machine it ran on.</param>
/// <param name="Results">One result per benchmark case.</param>
public sealed record BenchmarkRun(string Title, MachineInfo Machine, IReadOnlyList<BenchmarkResult> Results)
{
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
        return new BenchmarkResult(
            Text(benchmark, "Namespace"),
            Text(benchmark, "Type"),
            Text(benchmark, "Method"),
            ParseParameters(Text(benchmark, "Parameters")),
            statistics is { } st && st.TryGetProperty("Median", out var median) ? median.GetDouble() : null,
            statistics is { } st2 && st2.TryGetProperty("Mean", out var mean) ? mean.GetDouble() : null,
            memory is { } mem && mem.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number ? bytes.GetInt64() : null);
    }

    // BenchmarkDotNet writes "N=1000&K=3&Shape=Random&Implementation=BruteForce".
    private static Dictionary<string, string> ParseParameters(string text) =>
        text.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
