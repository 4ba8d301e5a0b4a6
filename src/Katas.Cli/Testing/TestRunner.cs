using Katas.Cli.Processes;
using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>
/// Builds the test project incrementally and runs only the learner's tests of some katas, with the
/// xUnit runner in the test assembly, reading the results from its XML report.
/// </summary>
/// <remarks>
/// It runs <c>dotnet build tests/Katas.Tests</c>, then the test assembly with
/// <c>-trait Kind=learner</c> and one <c>-namespace Katas.Tests.&lt;Folder&gt;</c> per kata (namespaces
/// OR together, the trait ANDs with them). Building first and apart lets a compile error be reported
/// as such rather than as a failed run.
/// </remarks>
internal sealed class TestRunner
{
    /// <summary>The test project, relative to the repository root.</summary>
    public const string TestProject = "tests/Katas.Tests/Katas.Tests.csproj";

    /// <summary>The default limit on one test run: long enough for any correct solution, short enough for an infinite loop.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private readonly CliContext _context;

    public TestRunner(CliContext context) => _context = context;

    /// <summary>Builds and runs the learner's tests of <paramref name="katas"/> (every kata when empty).</summary>
    /// <param name="katas">The katas to test.</param>
    /// <param name="replay">A <c>KATAS_REPLAY</c> seed for the properties, or <see langword="null"/>.</param>
    /// <param name="timeout">The limit on the test run (not the build).</param>
    /// <param name="stage">Told "build" and then "test" as the run moves on.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<CheckRun> RunAsync(
        IReadOnlyCollection<KataDefinition> katas, string? replay, TimeSpan timeout, Action<string>? stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(katas);

        stage?.Invoke("build");
        var build = await _context.Processes.RunAsync(
            new ProcessRequest("dotnet", ["build", TestProject, "-nologo", "-v", "q", "-clp:NoSummary"], _context.Root)
            {
                Environment = QuietDotnet,
            },
            cancellationToken).ConfigureAwait(false);
        if (!build.Succeeded)
        {
            var errors = BuildError.Parse(build.Output);
            return new CheckRun(CheckRunKind.BuildFailed, [], errors, build.Output);
        }

        var assembly = FindTestAssembly();
        if (assembly is null)
        {
            return new CheckRun(CheckRunKind.Crashed, [], [], [$"The build succeeded but {Path.GetDirectoryName(TestProject)}/bin/Debug/*/Katas.Tests.dll is missing."]);
        }

        var results = Path.Combine(Path.GetTempPath(), $"katas-check-{Guid.NewGuid():N}.xml");
        try
        {
            List<string> arguments =
            [
                assembly, "-noLogo", "-noColor", "-reporter", "quiet", "-preEnumerateTheories",
                "-printMaxEnumerableLength", "32", "-trait", "Kind=learner", "-result-xml", results,

                // Names the tests still running every few seconds, so that a timeout can say which hang.
                "-longRunning", Math.Clamp((int)(timeout.TotalSeconds / 2), 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
            foreach (var kata in katas)
            {
                // The kata's namespace and any below it (Katas.Tests.Geometry.Hulls, say).
                arguments.AddRange(["-namespace", $"Katas.Tests.{kata.Folder}", "-namespace", $"Katas.Tests.{kata.Folder}.*"]);
            }

            var environment = new Dictionary<string, string?>(QuietDotnet) { ["KATAS_REPLAY"] = replay };
            stage?.Invoke("test");
            var run = await _context.Processes.RunAsync(
                new ProcessRequest("dotnet", arguments, _context.Root) { Environment = environment, Timeout = timeout },
                cancellationToken).ConfigureAwait(false);
            if (run.TimedOut)
            {
                return new CheckRun(CheckRunKind.TimedOut, [], [], run.Output) { Timeout = timeout };
            }

            if (!File.Exists(results))
            {
                return new CheckRun(CheckRunKind.Crashed, [], [], run.Output);
            }

            return new CheckRun(CheckRunKind.Completed, XunitResultReader.Read(results), [], run.Output);
        }
        finally
        {
            File.Delete(results);
        }
    }

    private static Dictionary<string, string?> QuietDotnet => new()
    {
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    // bin/Debug/<target framework>/Katas.Tests.dll: the newest, should several frameworks have been built.
    private string? FindTestAssembly()
    {
        var bin = _context.PathOf("tests/Katas.Tests/bin/Debug");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "Katas.Tests.dll", SearchOption.AllDirectories)
                .Where(f => Path.GetDirectoryName(Path.GetDirectoryName(f)) == bin)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
    }
}
