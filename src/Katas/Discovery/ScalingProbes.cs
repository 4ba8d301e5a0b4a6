using System.Text.Json;

namespace Katas.Discovery;

/// <summary>Runs a kata's scaling probes on the learner's started implementations: the entry point of the test host.</summary>
public static class ScalingProbes
{
    /// <summary>
    /// Measures every started learner implementation of <paramref name="kata"/> with each of its probes,
    /// sharing <paramref name="budgetSeconds"/> between them, and reports each <see cref="ScalingEvent"/>
    /// as a line of JSON.
    /// </summary>
    /// <param name="kata">The kata's kebab-case name.</param>
    /// <param name="budgetSeconds">The time all the measurements may take together.</param>
    /// <param name="report">Receives the events.</param>
    /// <param name="cancellationToken">Stops the measurement between two calls of the learner's code.</param>
    /// <exception cref="ArgumentException">There is no such kata.</exception>
    /// <exception cref="OperationCanceledException">The measurement was stopped.</exception>
    public static void Measure(string kata, double budgetSeconds, Action<string> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetSeconds);

        var definition = KataDefinition.Find(kata) ?? throw new ArgumentException($"There is no kata '{kata}'.", nameof(kata));
        var jobs = (
            from probe in definition.Scaling
            from contract in definition.Contracts.Where(c => c.Interface == probe.Interface)
            from implementation in contract.Implementations.Where(i => !i.IsReference && i.IsStarted)
            select (Probe: probe, Implementation: implementation)).ToArray();
        foreach (var (probe, implementation) in jobs)
        {
            var result = probe.Measure(
                implementation,
                TimeSpan.FromSeconds(budgetSeconds / jobs.Length),
                input => report(Line(new ScalingEvent(ScalingEvent.Running) { Implementation = implementation.Name, Input = input })),
                cancellationToken);
            report(Line(new ScalingEvent(ScalingEvent.Measured) { Implementation = implementation.Name, Result = result }));
        }
    }

    /// <summary>Reads an event line written by <see cref="Measure"/>.</summary>
    /// <exception cref="JsonException">The line is not an event.</exception>
    public static ScalingEvent Read(string line) =>
        JsonSerializer.Deserialize<ScalingEvent>(line, JsonSerializerOptions.Web) ?? throw new JsonException($"'{line}' is not a scaling event.");

    private static string Line(ScalingEvent e) => JsonSerializer.Serialize(e, JsonSerializerOptions.Web);
}
