using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Katas.Discovery;
using Katas.TestHost;

namespace Katas.Cli.Testing;

/// <summary>
/// The real <see cref="ITestHost"/>: <c>dotnet Katas.TestHost.dll</c> beside katas, started on the first
/// request and again after it dies or is killed, spoken to in lines of JSON.
/// </summary>
internal sealed class TestHostProcess : ITestHost
{
    // How long the host may take to start (the runtime and its own few types; not the tests).
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(1);

    private readonly string _root;
    private readonly Lock _gate = new();
    private Process? _process;
    private string? _scratch;
    private TaskCompletionSource<HostEvent>? _pending;
    private List<string>? _output;
    private Action<string>? _onLine;
    private Action<HostEvent>? _onEvent;

    /// <summary>Creates a host for the repository at <paramref name="root"/> (its working directory); nothing starts yet.</summary>
    public TestHostProcess(string root) => _root = root;

    /// <summary>Gets the host program: <c>Katas.TestHost.dll</c> beside this one.</summary>
    public static string HostAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "Katas.TestHost.dll");

    /// <inheritdoc/>
    public Task<TestHostRun> RunTestsAsync(TestHostRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        return SendAsync(
            new HostRequest
            {
                Command = HostRequest.Test,
                Tests = request.TestAssembly,
                Library = request.Library,
                Arguments = request.Arguments,
                Environment = request.Environment,
            },
            request.OnLine,
            null,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TestHostRun> ProbeAsync(KataDefinition kata, TimeSpan budget, Action<ScalingEvent> onEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(onEvent);

        return SendAsync(
            new HostRequest { Command = HostRequest.Probe, Kata = kata.Name, BudgetSeconds = budget.TotalSeconds },
            null,
            e =>
            {
                if (e.Payload is { } payload)
                {
                    onEvent(ScalingProbes.Read(payload));
                }
            },
            cancellationToken,
            cooperative: true);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        var process = _process;
        _process = null;
        if (process is not null)
        {
            try
            {
                // Asked to stop, the host finishes its loop; a host stuck in the learner's code is killed.
                process.StandardInput.Close();
                if (!process.WaitForExit(3000))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or Win32Exception)
            {
                // It is gone already.
            }

            process.Dispose();
        }

        DeleteScratch();
    }

    // A cooperative request (a probe) is asked to stop when cancelled, and killed only if it does not
    // within a few seconds, so the warm host survives; a test run is killed at once.
    private async Task<TestHostRun> SendAsync(HostRequest request, Action<string>? onLine, Action<HostEvent>? onEvent, CancellationToken cancellationToken, bool cooperative = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var process = await StartAsync(cancellationToken).ConfigureAwait(false);
            var pending = new TaskCompletionSource<HostEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            var output = new List<string>();
            lock (_gate)
            {
                _pending = pending;
                _output = output;
                _onLine = onLine;
                _onEvent = onEvent;
            }

            HostEvent result;
            try
            {
                try
                {
                    await process.StandardInput.WriteLineAsync(HostJson.Line(request).AsMemory(), cancellationToken).ConfigureAwait(false);
                    await process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // The host died just now: its exit completes the request.
                }

                result = await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                if (!cooperative || !await StopAsync(process, pending.Task).ConfigureAwait(false))
                {
                    Kill();
                }

                throw;
            }
            finally
            {
                lock (_gate)
                {
                    _pending = null;
                    _output = null;
                    _onLine = null;
                    _onEvent = null;
                }
            }

            string[] lines;
            lock (_gate)
            {
                lines = output.ToArray();
            }

            switch (result.Event)
            {
                case HostEvent.Restart when attempt == 0:
                    Dispose();
                    continue;
                case HostEvent.Finished:
                    return new TestHostRun(TestHostOutcome.Finished, result.ExitCode, lines);
                case Exited:
                    return new TestHostRun(TestHostOutcome.Crashed, result.ExitCode, lines);
                default:
                    return new TestHostRun(TestHostOutcome.Failed, result.ExitCode, lines) { Failure = result.Payload ?? result.Event };
            }
        }
    }

    // Asks the host to stop the request in progress; true when it did within a few seconds.
    private static async Task<bool> StopAsync(Process process, Task<HostEvent> pending)
    {
        try
        {
            await process.StandardInput.WriteLineAsync(HostJson.Line(new HostRequest { Command = HostRequest.Cancel })).ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
            var result = await pending.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            return result.Event != Exited;
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            return false;
        }
    }

    // The pseudo-event of a host that exited in the middle of a request.
    private const string Exited = "exited";

    private async Task<Process> StartAsync(CancellationToken cancellationToken)
    {
        if (_process is { HasExited: false } running)
        {
            return running;
        }

        Dispose();
        _scratch = Path.Combine(Path.GetTempPath(), $"katas-host-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly);
        start.ArgumentList.Add("--scratch");
        start.ArgumentList.Add(_scratch);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, ready);
        process.ErrorDataReceived += (_, e) => Deliver(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start the test host ({HostAssembly}): {e.Message}. Is the .NET SDK on the PATH?", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        _ = WatchExitAsync(process, ready);
        try
        {
            await ready.Task.WaitAsync(StartLimit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            Kill();
            if (e is OperationCanceledException)
            {
                throw;
            }

            throw new InvalidOperationException($"The test host did not start: {e.Message}", e);
        }

        return process;
    }

    private async Task WatchExitAsync(Process process, TaskCompletionSource ready)
    {
        // Returns once the output is read to its end too, so the request sees every line.
        await process.WaitForExitAsync().ConfigureAwait(false);
        var code = process.ExitCode;
        ready.TrySetException(new InvalidOperationException($"it exited with code {code} before it was ready"));
        lock (_gate)
        {
            if (ReferenceEquals(process, _process) || _process is null)
            {
                _pending?.TrySetResult(new HostEvent { Event = Exited, ExitCode = code });
            }
        }
    }

    private void OnOutput(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        var at = line.IndexOf(HostEvent.Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            Deliver(line);
            return;
        }

        // The learner's code may have written part of a line just before.
        if (at > 0)
        {
            Deliver(line[..at]);
        }

        HostEvent hostEvent;
        try
        {
            hostEvent = HostJson.Read<HostEvent>(line[(at + HostEvent.Marker.Length)..]);
        }
        catch (JsonException)
        {
            Deliver(line);
            return;
        }

        lock (_gate)
        {
            switch (hostEvent.Event)
            {
                case HostEvent.Ready:
                    ready.TrySetResult();
                    break;
                case HostEvent.Measured:
                    _onEvent?.Invoke(hostEvent);
                    break;
                default:
                    _pending?.TrySetResult(hostEvent);
                    break;
            }
        }
    }

    private void Deliver(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output?.Add(line);
            _onLine?.Invoke(line);
        }
    }

    private void Kill()
    {
        var process = _process;
        _process = null;
        if (process is not null)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (Exception e) when (e is InvalidOperationException or Win32Exception)
            {
                // It exited on its own meanwhile.
            }

            process.Dispose();
        }

        DeleteScratch();
    }

    private void DeleteScratch()
    {
        if (_scratch is not null && Directory.Exists(_scratch))
        {
            try
            {
                Directory.Delete(_scratch, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left in the temporary folder; harmless.
            }
        }

        _scratch = null;
    }
}
