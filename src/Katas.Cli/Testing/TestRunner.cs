using System.Diagnostics;
using System.Text.RegularExpressions;
using Katas.Cli.Processes;
using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>
/// Builds the kata library and its tests when they changed, and runs only the learner's tests of some
/// katas in a <see cref="ITestHost"/>, with the xUnit runner the test executable uses and its filters,
/// reading the results from its XML report.
/// </summary>
/// <remarks>
/// The build is skipped when <see cref="BuildStamp"/> shows nothing changed since the last one (MSBuild
/// takes seconds to find that out itself); otherwise it is <c>dotnet build tests/Katas.Tests</c>, apart
/// from the run, so that a compile error is reported as such. The run selects <c>-trait Kind=learner</c>
/// and one <c>-namespace Katas.Tests.&lt;Folder&gt;</c> per kata (namespaces OR together, the trait ANDs
/// with them). The time limit counts from when the tests start, not from when the host starts or
/// discovers them.
/// </remarks>
internal sealed partial class TestRunner
{
    /// <summary>The test project, relative to the repository root.</summary>
    public const string TestProject = "tests/Katas.Tests/Katas.Tests.csproj";

    /// <summary>The limit on a run whose kata has never run to the end: generous, since a first solution may be slow.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The environment variable that tells the tests which katas' learner rows to make.</summary>
    public const string LearnerRunVariable = "KATAS_LEARNER_RUN";

    // How long the host may take to start and find the tests before the limit proper begins.
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private readonly CliContext _context;

    public TestRunner(CliContext context) => _context = context;

    /// <summary>
    /// The default limit on a run of some katas, from <paramref name="lastDurations"/> (how long each one's
    /// tests took when they last ran to the end; they take seconds): ten times their sum, at least 20
    /// seconds and at most two minutes; <see cref="DefaultTimeout"/> when one of them never has.
    /// </summary>
    public static TimeSpan DefaultTimeoutFor(IEnumerable<TimeSpan?> lastDurations)
    {
        ArgumentNullException.ThrowIfNull(lastDurations);

        var durations = lastDurations.ToArray();
        if (durations.Length == 0 || durations.Any(d => d is null))
        {
            return DefaultTimeout;
        }

        var total = TimeSpan.FromTicks(durations.Sum(d => d!.Value.Ticks));
        return TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(10 * total.TotalSeconds), 20, 120));
    }

    /// <summary>Builds when needed and runs the learner's tests of <paramref name="katas"/> (every kata when empty).</summary>
    /// <param name="katas">The katas to test.</param>
    /// <param name="replay">A <c>KATAS_REPLAY</c> seed for the properties, or <see langword="null"/>.</param>
    /// <param name="timeout">The limit on the tests, from when they start.</param>
    /// <param name="progress">Told the stage as the run moves on, and the time while the tests run.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="host">The host to run in (a <c>watch</c> session's), or <see langword="null"/> for one of its own.</param>
    public async Task<CheckRun> RunAsync(
        IReadOnlyCollection<KataDefinition> katas, string? replay, TimeSpan timeout, Action<RunProgress>? progress, CancellationToken cancellationToken, ITestHost? host = null)
    {
        ArgumentNullException.ThrowIfNull(katas);

        progress?.Invoke(new RunProgress(RunStage.Build));
        return await BuildAsync(cancellationToken).ConfigureAwait(false)
            ?? await TestAsync(katas, host, library: null, replay, timeout, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the tests unless the last build is current.</summary>
    /// <returns><see langword="null"/> when the tests are built; otherwise the failed run to report.</returns>
    public async Task<CheckRun?> BuildAsync(CancellationToken cancellationToken)
    {
        if (BuildStamp.IsCurrent(_context.Root, FindTestAssembly()))
        {
            return null;
        }

        // The compiler server (dotnet build's default, which some environments turn off) compiles a
        // one-file change in a fraction of the CPU time a fresh compiler process takes to start.
        var inputs = BuildStamp.Inputs(_context.Root);
        string[] arguments = ["build", TestProject, "-nologo", "-v", "q", "-clp:NoSummary", "-p:UseSharedCompilation=true"];
        var build = await _context.Processes.RunAsync(
            new ProcessRequest("dotnet", BuildStamp.IsRestoreCurrent(_context.Root) ? [.. arguments, "--no-restore"] : arguments, _context.Root)
            {
                Environment = QuietDotnet,
            },
            cancellationToken).ConfigureAwait(false);
        if (!build.Succeeded)
        {
            return new CheckRun(CheckRunKind.BuildFailed, [], BuildError.Parse(build.Output), build.Output);
        }

        if (FindTestAssembly() is not { } assembly)
        {
            return new CheckRun(CheckRunKind.Crashed, [], [], [$"The build succeeded but {Path.GetDirectoryName(TestProject)}/bin/Debug/*/Katas.Tests.dll is missing."]);
        }

        BuildStamp.Record(_context.Root, inputs, assembly);
        return null;
    }

    /// <summary>Runs the learner's tests of <paramref name="katas"/> on the built tests.</summary>
    /// <param name="katas">The katas to test (every kata when empty).</param>
    /// <param name="host">The host to run in, or <see langword="null"/> for one of its own.</param>
    /// <param name="library">A kata library to test instead of the built one (the fast path's), or <see langword="null"/>.</param>
    /// <param name="replay">A <c>KATAS_REPLAY</c> seed, or <see langword="null"/>.</param>
    /// <param name="timeout">The limit on the tests, from when they start.</param>
    /// <param name="progress">Told the stage, and the time while the tests run.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<CheckRun> TestAsync(
        IReadOnlyCollection<KataDefinition> katas, ITestHost? host, string? library, string? replay, TimeSpan timeout, Action<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(katas);

        var assembly = FindTestAssembly();
        if (assembly is null)
        {
            return new CheckRun(CheckRunKind.Crashed, [], [], [$"{Path.GetDirectoryName(TestProject)}/bin/Debug/*/Katas.Tests.dll is missing: build it with dotnet build."]);
        }

        using var ownHost = host is null ? _context.TestHosts(_context) : null;
        var results = Path.Combine(Path.GetTempPath(), $"katas-check-{Guid.NewGuid():N}.xml");
        var output = new List<string>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        var clock = new Stopwatch();
        var started = false;
        using var done = new CancellationTokenSource();
        try
        {
            progress?.Invoke(new RunProgress(RunStage.Start));
            var request = new TestHostRequest(assembly, Arguments(katas, results, timeout))
            {
                Library = library,
                Environment = new Dictionary<string, string?>
                {
                    ["KATAS_REPLAY"] = replay,

                    // The tests make only the learner's rows of these katas (tests/Katas.Tests/Infrastructure/LearnerRun.cs):
                    // xUnit would otherwise enumerate every theory of the assembly before filtering, seconds of the wait.
                    [LearnerRunVariable] = string.Join(',', (katas.Count == 0 ? _context.Katas : katas).Select(k => k.Name)),
                },
                OnLine = line =>
                {
                    lock (output)
                    {
                        output.Add(line);
                        if (!started && StartingLine().IsMatch(line))
                        {
                            // The learner's tests start now: from here the limit counts.
                            started = true;
                            clock.Start();
                            limit.CancelAfter(timeout);
                            progress?.Invoke(new RunProgress(RunStage.Test, TimeSpan.Zero, timeout));
                        }
                    }
                },
            };
            var ticking = Tick(progress, clock, timeout, () => started, done.Token);
            TestHostRun run;
            try
            {
                run = await (host ?? ownHost!).RunTestsAsync(request, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                string[] seen;
                lock (output)
                {
                    seen = output.ToArray();
                }

                return new CheckRun(CheckRunKind.TimedOut, [], [], ForLearner(seen)) { Timeout = started ? timeout : StartLimit };
            }
            finally
            {
                await done.CancelAsync().ConfigureAwait(false);
                await ticking.ConfigureAwait(false);
            }

            var duration = clock.Elapsed;
            if (run.Outcome == TestHostOutcome.Failed)
            {
                return new CheckRun(CheckRunKind.Crashed, [], [], [.. ForLearner(run.Output), run.Failure ?? "The test host could not run the tests."]);
            }

            if (run.Outcome == TestHostOutcome.Crashed || !File.Exists(results))
            {
                return new CheckRun(CheckRunKind.Crashed, [], [], ForLearner(run.Output));
            }

            return new CheckRun(CheckRunKind.Completed, XunitResultReader.Read(results), [], ForLearner(run.Output)) { Duration = duration };
        }
        finally
        {
            File.Delete(results);
        }
    }

    /// <summary>
    /// Runs the learner's tests of <paramref name="katas"/> on what <paramref name="built"/> built, while
    /// its <see cref="BuildOutcome.LateErrors"/> are still being found: errors there stop the tests and
    /// make the run a build failure, the verdict the ordinary build would have given.
    /// </summary>
    public async Task<CheckRun> TestAsync(
        IReadOnlyCollection<KataDefinition> katas, ITestHost? host, BuildOutcome built, string? replay, TimeSpan timeout, Action<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(built);

        if (built.Failure is { } failure)
        {
            return failure;
        }

        if (built.LateErrors is not { } late)
        {
            return await TestAsync(katas, host, built.Library, replay, timeout, progress, cancellationToken).ConfigureAwait(false);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _ = late.ContinueWith(
            t =>
            {
                if (!t.IsCompletedSuccessfully || t.Result.Count > 0)
                {
                    stop.CancelQuietly();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        CheckRun? tested = null;
        try
        {
            tested = await TestAsync(katas, host, built.Library, replay, timeout, progress, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stopped by the analyzers' errors, reported below.
        }

        var errors = await late.ConfigureAwait(false);
        return errors.Count > 0 ? new CheckRun(CheckRunKind.BuildFailed, [], errors, []) : tested!;
    }

    /// <summary>Gets the built test assembly, <c>bin/Debug/&lt;target framework&gt;/Katas.Tests.dll</c> (the newest, should there be several).</summary>
    public string? FindTestAssembly()
    {
        var bin = _context.PathOf("tests/Katas.Tests/bin/Debug");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "Katas.Tests.dll", SearchOption.AllDirectories)
                .Where(f => Path.GetDirectoryName(Path.GetDirectoryName(f)) == bin)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
    }

    /// <summary>Gets the xUnit runner's arguments for the learner's tests of <paramref name="katas"/>, results to <paramref name="results"/>.</summary>
    public static IReadOnlyList<string> Arguments(IEnumerable<KataDefinition> katas, string results, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(katas);

        List<string> arguments =
        [
            "-noLogo", "-noColor", "-preEnumerateTheories", "-printMaxEnumerableLength", "32",
            "-trait", "Kind=learner", "-result-xml", results,

            // Names the tests still running every few seconds, so that a timeout can say which hang.
            "-longRunning", Math.Clamp((int)(timeout.TotalSeconds / 2), 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        foreach (var kata in katas)
        {
            // The kata's namespace and any below it (Katas.Tests.Geometry.Hulls, say).
            arguments.AddRange(["-namespace", $"Katas.Tests.{kata.Folder}", "-namespace", $"Katas.Tests.{kata.Folder}.*"]);
        }

        return arguments;
    }

    /// <summary>
    /// Drops what only concerns xUnit's own machinery from the output a learner may be shown: its
    /// diagnostic lines (<c>[D::…]</c>, for example "Cannot serialize a value of type …" at discovery),
    /// except the reports of long-running tests, which name what hangs, and its progress banners.
    /// </summary>
    public static IReadOnlyList<string> ForLearner(IEnumerable<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        return output
            .Where(l => !(Diagnostic().IsMatch(l) && !l.Contains("[Long Running Test]", StringComparison.Ordinal)) && !Banner().IsMatch(l))
            .ToArray();
    }

    private static Dictionary<string, string?> QuietDotnet => new()
    {
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    // The elapsed time against the limit, once a second, for the status line.
    private static async Task Tick(Action<RunProgress>? progress, Stopwatch clock, TimeSpan timeout, Func<bool> started, CancellationToken done)
    {
        if (progress is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(done).ConfigureAwait(false))
            {
                if (started())
                {
                    progress(new RunProgress(RunStage.Test, clock.Elapsed, timeout));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    // The default reporter's "  Starting:    Katas.Tests (parallel mode = …)", once discovery is done.
    [GeneratedRegex(@"^\s*Starting:\s+\S")]
    private static partial Regex StartingLine();

    [GeneratedRegex(@"^\s*\[D::[^\]]*\]")]
    private static partial Regex Diagnostic();

    // "  Discovering: Katas.Tests", "  Finished:    Katas.Tests", "=== TEST EXECUTION SUMMARY ===" and its totals.
    [GeneratedRegex(@"^\s*((Discovering|Discovered|Starting|Finished):\s+Katas\.Tests|=== TEST EXECUTION SUMMARY ===|Katas\.Tests\s+Total:)")]
    private static partial Regex Banner();
}
