using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>
/// A process that runs the kata tests (<c>Katas.TestHost</c>): one per check, or one for a whole
/// <c>watch</c> session, so that later runs skip the process start and find xUnit already compiled.
/// Tests replace it with a fake.
/// </summary>
internal interface ITestHost : IDisposable
{
    /// <summary>Runs the tests; cancelling kills the host (a later request starts a new one) and throws.</summary>
    Task<TestHostRun> RunTestsAsync(TestHostRequest request, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="kata"/>'s scaling probes on the library of the last test run, passing on each event.</summary>
    /// <param name="kata">The kata.</param>
    /// <param name="budget">The time the probes may take together.</param>
    /// <param name="onEvent">Receives each progress or result event.</param>
    /// <param name="cancellationToken">Stops the probes: between two calls of the learner's code, so the host stays warm (it is killed only if it does not stop).</param>
    Task<TestHostRun> ProbeAsync(KataDefinition kata, TimeSpan budget, Action<ScalingEvent> onEvent, CancellationToken cancellationToken);
}
