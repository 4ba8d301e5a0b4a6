using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Katas.TestHost;

/// <summary>
/// Runs test requests one at a time, each in a fresh <see cref="TestLoadContext"/>, with the xUnit
/// console runner the test executable itself uses (<c>Xunit.Runner.InProc.SystemConsole.ConsoleRunner</c>)
/// and the same arguments: the results are the test executable's. Then runs scaling probes on the
/// library of the last run.
/// </summary>
internal sealed class Host : IDisposable
{
    private const string RunnerAssembly = "xunit.v3.runner.inproc.console";
    private const string RunnerType = "Xunit.Runner.InProc.SystemConsole.ConsoleRunner";
    private const string ProbesType = "Katas.Discovery.ScalingProbes";

    private readonly string _scratch;
    private readonly TextWriter _output;

    // The assemblies shared by every run, with their write time when loaded: a rebuild that changes one
    // (a package update) means the host must start again.
    private readonly Dictionary<string, DateTime> _shared = new(StringComparer.Ordinal);
    private AssemblyDependencyResolver? _resolver;
    private string? _testsPath;
    private TestLoadContext? _context;
    private CancellationTokenSource? _probe;
    private string? _runFolder;
    private int _runs;

    /// <summary>Creates a host that copies each run's assemblies under <paramref name="scratch"/> and writes to <paramref name="output"/>.</summary>
    public Host(string scratch, TextWriter output)
    {
        _scratch = scratch;
        _output = output;
        AssemblyLoadContext.Default.Resolving += ResolveShared;
    }

    /// <summary>Runs a <see cref="HostRequest.Test"/> request.</summary>
    public async Task<HostEvent> TestAsync(HostRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.Tests is null || !File.Exists(request.Tests))
        {
            return Failed($"The test assembly {request.Tests} does not exist.");
        }

        if (_shared.Any(s => File.GetLastWriteTimeUtc(s.Key) != s.Value))
        {
            return new HostEvent { Event = HostEvent.Restart };
        }

        Release();
        var tests = Path.GetFullPath(request.Tests);
        if (_testsPath != tests)
        {
            _testsPath = tests;
            _resolver = new AssemblyDependencyResolver(tests);
        }

        var folder = Directory.CreateDirectory(Path.Combine(_scratch, (++_runs).ToString(CultureInfo.InvariantCulture))).FullName;
        CopyWithSymbols(tests, folder);
        CopyWithSymbols(request.Library ?? Path.Combine(Path.GetDirectoryName(tests)!, TestLoadContext.Library + ".dll"), folder);
        _context = new TestLoadContext(folder);
        _runFolder = folder;

        var saved = request.Environment.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in request.Environment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        try
        {
            // Reflection by name (Type.GetType, Assembly.Load) from xUnit's shared code must find this
            // run's assemblies, not load the originals into the default context.
            using var scope = _context.EnterContextualReflection();
            var testAssembly = _context.LoadFromAssemblyName(new AssemblyName(TestLoadContext.Tests));

            // As in the test executable, where xUnit finds the result writers the test assembly registers.
            Assembly.SetEntryAssembly(testAssembly);
            var runnerType = _context.LoadFromAssemblyName(new AssemblyName(RunnerAssembly)).GetType(RunnerType, throwOnError: true)!;
            var runner = Activator.CreateInstance(runnerType, [request.Arguments.ToArray(), testAssembly])!;
            try
            {
                var entryPoint = runnerType.GetMethod("EntryPoint", [typeof(TextReader), typeof(TextWriter)])
                    ?? throw new MissingMethodException(RunnerType, "EntryPoint");
                var exitCode = await ((Task<int>)entryPoint.Invoke(runner, [TextReader.Null, _output])!).ConfigureAwait(false);
                return new HostEvent { Event = HostEvent.Finished, ExitCode = exitCode };
            }
            finally
            {
                (runner as IDisposable)?.Dispose();
            }
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TypeLoadException or MissingMethodException or TargetInvocationException or FileLoadException)
        {
            return Failed($"The tests could not be loaded: {(e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message)}");
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    /// <summary>Runs a <see cref="HostRequest.Probe"/> request on the library of the last test run.</summary>
    public HostEvent Probe(HostRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (_context is null || request.Kata is null)
        {
            return Failed("Nothing to probe: run the tests first.");
        }

        var library = _context.Assemblies.FirstOrDefault(a => a.GetName().Name == TestLoadContext.Library);
        var measure = library?.GetType(ProbesType)?.GetMethod("Measure", [typeof(string), typeof(double), typeof(Action<string>), typeof(CancellationToken)]);
        if (measure is null)
        {
            return Failed($"This kata library has no {ProbesType}.Measure.");
        }

        using var cancellation = new CancellationTokenSource();
        Volatile.Write(ref _probe, cancellation);
        try
        {
            using var scope = _context.EnterContextualReflection();
            measure.Invoke(null, [request.Kata, request.BudgetSeconds, (Action<string>)(json => Emit(new HostEvent { Event = HostEvent.Measured, Payload = json })), cancellation.Token]);
            return new HostEvent { Event = HostEvent.Finished };
        }
        catch (TargetInvocationException e) when (e.InnerException is OperationCanceledException)
        {
            return new HostEvent { Event = HostEvent.Finished, Payload = "cancelled" };
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            return Failed($"The probe failed: {inner.GetType().Name}: {inner.Message}");
        }
        finally
        {
            Volatile.Write(ref _probe, null);
        }
    }

    /// <summary>Stops the running probe, if any, between two calls of the learner's code (called from the input reader).</summary>
    public void CancelProbe()
    {
        try
        {
            Volatile.Read(ref _probe)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The probe ended meanwhile.
        }
    }

    /// <summary>Writes an event line.</summary>
    public void Emit(HostEvent hostEvent)
    {
        lock (_output)
        {
            _output.WriteLine(HostEvent.Marker + HostJson.Line(hostEvent));
            _output.Flush();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        AssemblyLoadContext.Default.Resolving -= ResolveShared;
        Release();
    }

    private static HostEvent Failed(string why) => new() { Event = HostEvent.Failed, Payload = why };

    private static void CopyWithSymbols(string assembly, string folder)
    {
        File.Copy(assembly, Path.Combine(folder, Path.GetFileName(assembly)), overwrite: true);
        var symbols = Path.ChangeExtension(assembly, ".pdb");
        if (File.Exists(symbols))
        {
            File.Copy(symbols, Path.Combine(folder, Path.GetFileName(symbols)), overwrite: true);
        }
    }

    // The last run's context is let go (it unloads once nothing holds its types) and its folder deleted.
    private void Release()
    {
        _context?.Unload();
        _context = null;
        if (_runFolder is not null)
        {
            try
            {
                Directory.Delete(_runFolder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still mapped on a system that locks loaded files: the CLI deletes the scratch folder at the end.
            }

            _runFolder = null;
        }
    }

    private Assembly? ResolveShared(AssemblyLoadContext context, AssemblyName name)
    {
        // The per-run assemblies never enter the default context: that would pin one run's code forever.
        if (TestLoadContext.IsPerRun(name) || _resolver?.ResolveAssemblyToPath(name) is not { } path)
        {
            return null;
        }

        var assembly = context.LoadFromAssemblyPath(path);
        _shared[path] = File.GetLastWriteTimeUtc(path);
        return assembly;
    }
}
