using Katas.Discovery;

namespace Katas.Cli.Testing;

/// <summary>What a kata's scaling probes found: a result per probe and learner implementation, or why they could not finish.</summary>
/// <param name="Results">The results, in the order measured.</param>
internal sealed record ScalingOutcome(IReadOnlyList<ScalingResult> Results)
{
    /// <summary>Gets how the probes ended early: the learner's code crashed the host or ran past the limit; <see langword="null"/> otherwise.</summary>
    public string? Interrupted { get; init; }

    /// <summary>Gets whether the interruption was a crash (the learner's code is wrong on a large input) rather than slowness.</summary>
    public bool Crashed { get; init; }

    /// <summary>Gets whether a probe found the learner's code wrong (a wrong answer, an exception or a crash on a probe input).</summary>
    public bool FoundWrong => Crashed || Results.Any(r => r.Wrong is not null);
}
