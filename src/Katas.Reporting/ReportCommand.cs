using System.Diagnostics;
using Katas.Discovery;

namespace Katas.Reporting;

/// <summary>
/// The report command (<c>dotnet run --project src/Katas.Report -- …</c>): runs the benchmarks of one
/// kata or all with <c>dotnet run -c Release --project benchmarks/Katas.Benchmarks</c>, then reads
/// BenchmarkDotNet's full JSON exports and writes the reports. See <see cref="ReportOptions.Usage"/>.
/// </summary>
public sealed class ReportCommand
{
    /// <summary>The benchmark project, relative to the repository root.</summary>
    public const string BenchmarkProject = "benchmarks/Katas.Benchmarks";

    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly Func<ProcessStartInfo, int> _start;
    private readonly string? _root;

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where progress goes.</param>
    /// <param name="error">Where errors and warnings go.</param>
    /// <param name="start">Starts a process and returns its exit code; by default a real child process that shares the console.</param>
    /// <param name="root">The repository root; by default found from the current directory.</param>
    public ReportCommand(TextWriter output, TextWriter error, Func<ProcessStartInfo, int>? start = null, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        _out = output;
        _error = error;
        _start = start ?? StartProcess;
        _root = root ?? Repository.FindRoot();
    }

    /// <summary>Runs the command.</summary>
    /// <returns>0 on success, 1 when the benchmarks or the report failed, 2 for a bad command line.</returns>
    public int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        ReportOptions options;
        try
        {
            options = ReportOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            _error.WriteLine($"error: {e.Message.Replace(" (Parameter 'args')", "", StringComparison.Ordinal)}");
            _error.WriteLine();
            _error.WriteLine(ReportOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            _out.WriteLine(ReportOptions.Usage);
            return 0;
        }

        if (_root is null && (options.Run || options.ResultsDirectory is null || options.OutputDirectory is null))
        {
            _error.WriteLine($"error: run this inside the repository (no {Repository.MarkerFile} above {Environment.CurrentDirectory}), or give --no-run, --results and --output.");
            return 2;
        }

        // BenchmarkDotNet runs in the repository root, so a relative --artifacts is relative to it.
        var artifacts = Path.Combine(_root ?? "", ForwardedValue(options.BenchmarkArguments, "--artifacts", "-a") ?? "BenchmarkDotNet.Artifacts");
        var results = options.ResultsDirectory ?? Path.Combine(artifacts, "results");
        var output = options.OutputDirectory ?? Path.Combine(_root!, "docs", "benchmarks");
        if (options.Run && RunBenchmarks(options, artifacts) is var exit and not 0)
        {
            _error.WriteLine($"error: the benchmarks failed (exit code {exit}); the reports were not regenerated.");
            return 1;
        }

        return WriteReports(options, results, output);
    }

    private int RunBenchmarks(ReportOptions options, string artifacts)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root!, UseShellExecute = false };
        foreach (var arg in new[] { "run", "-c", "Release", "--project", Path.Combine(_root!, BenchmarkProject), "--" })
        {
            start.ArgumentList.Add(arg);
        }

        if (ForwardedValue(options.BenchmarkArguments, "--filter", "-f") is null)
        {
            start.ArgumentList.Add("--filter");
            var patterns = options.Katas.Count == 0 ? new[] { "Katas.Benchmarks.*" } : options.Katas.Select(k => $"Katas.Benchmarks.{k.Folder}.*");
            foreach (var pattern in patterns)
            {
                start.ArgumentList.Add(pattern);
            }
        }

        if (ForwardedValue(options.BenchmarkArguments, "--artifacts", "-a") is null)
        {
            start.ArgumentList.Add("--artifacts");
            start.ArgumentList.Add(artifacts);
        }

        foreach (var arg in options.BenchmarkArguments)
        {
            start.ArgumentList.Add(arg);
        }

        _out.WriteLine($"Running: dotnet {string.Join(' ', start.ArgumentList.Select(Quote))}");
        return _start(start);
    }

    private int WriteReports(ReportOptions options, string results, string output)
    {
        IReadOnlyList<BenchmarkRun> runs;
        try
        {
            runs = BenchmarkRun.ReadAll(results);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            _error.WriteLine($"error: {e.Message}");
            return 1;
        }

        var available = KataReport.Folders(runs);
        var wanted = options.Katas.Count == 0 ? available : options.Katas.Select(k => k.Folder).ToArray();
        var missing = wanted.Except(available, StringComparer.Ordinal).ToArray();
        foreach (var folder in missing)
        {
            _error.WriteLine($"error: {results} has no results for {folder}: run its benchmarks first (without --no-run).");
        }

        if (wanted.Count == 0)
        {
            _error.WriteLine($"error: {results} holds no kata benchmark results ({BenchmarkRun.FilePattern}).");
            return 1;
        }

        var documentation = XmlDocumentation.For(typeof(KataDefinition).Assembly);
        if (documentation.Path is null)
        {
            _error.WriteLine("warning: Katas.xml (the XML documentation) is not beside Katas.dll, so the theoretical complexity shows as —.");
        }

        var files = ReportGenerator.Write(runs, output, wanted.Except(missing, StringComparer.Ordinal).ToArray(), documentation, options.SizeParameter);
        foreach (var file in files)
        {
            _out.WriteLine($"Wrote {Show(file.Markdown)}{(file.Plot is null ? " (no size varied: no plot)" : $" and {Show(file.Plot)}")}");
        }

        return missing.Length == 0 ? 0 : 1;
    }

    private static int StartProcess(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        process.WaitForExit();
        return process.ExitCode;
    }

    // The value after the first of `names` in the forwarded arguments, or null when none is there.
    private static string? ForwardedValue(IReadOnlyList<string> args, params string[] names)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (names.Contains(args[i], StringComparer.Ordinal))
            {
                return i + 1 < args.Count ? args[i + 1] : "";
            }
        }

        return null;
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) || arg.Contains('*', StringComparison.Ordinal) ? $"'{arg}'" : arg;

    private string Show(string path) => Repository.Relative(_root, Path.GetFullPath(path));
}
