using System.Collections.Concurrent;
using Katas.Cli.Processes;
using Katas.Cli.Testing;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

/// <summary>
/// Stands in for the test host: each test run goes to the fake process runner as the request of a test
/// executable (<c>dotnet Katas.Tests.dll &lt;arguments&gt;</c>), after the runner's "Starting:" line, so
/// the tests of the CLI answer runs as they answer builds; probes replay <see cref="Probe"/>'s events.
/// </summary>
internal sealed class FakeTestHost : ITestHost
{
    private readonly IProcessRunner _processes;
    private readonly string _root;

    public FakeTestHost(IProcessRunner processes, string root)
    {
        _processes = processes;
        _root = root;
    }

    /// <summary>Gets or sets how long the host takes to start the tests (discovery, say), before "Starting:".</summary>
    public TimeSpan StartDelay { get; set; }

    /// <summary>Gets or sets the events a probe reports, in order.</summary>
    public IReadOnlyList<ScalingEvent> Probe { get; set; } = [];

    /// <summary>Gets or sets how a probe ends.</summary>
    public TestHostOutcome ProbeOutcome { get; set; } = TestHostOutcome.Finished;

    /// <summary>Gets the katas probed, in order.</summary>
    public ConcurrentQueue<string> Probed { get; } = new();

    public async Task<TestHostRun> RunTestsAsync(TestHostRequest request, CancellationToken cancellationToken)
    {
        await Task.Delay(StartDelay, cancellationToken);
        request.OnLine?.Invoke("  Starting:    Katas.Tests (parallel mode = collections [2 threads], stop on fail = off, explicit = off, seed = 1)");
        var result = await _processes.RunAsync(
            new ProcessRequest("dotnet", [request.TestAssembly, .. request.Arguments], _root) { Environment = request.Environment, OnLine = request.OnLine },
            cancellationToken);
        if (result.TimedOut)
        {
            // A test that never ends: the runner's time limit cancels the run.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new TestHostRun(TestHostOutcome.Finished, result.ExitCode, result.Output);
    }

    public Task<TestHostRun> ProbeAsync(KataDefinition kata, TimeSpan budget, Action<ScalingEvent> onEvent, CancellationToken cancellationToken)
    {
        Probed.Enqueue(kata.Name);
        foreach (var e in Probe)
        {
            onEvent(e);
        }

        return Task.FromResult(new TestHostRun(ProbeOutcome, ProbeOutcome == TestHostOutcome.Crashed ? 134 : 0, ProbeOutcome == TestHostOutcome.Crashed ? ["Stack overflow."] : []));
    }

    public void Dispose()
    {
    }
}
