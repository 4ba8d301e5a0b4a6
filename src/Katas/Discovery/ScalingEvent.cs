namespace Katas.Discovery;

/// <summary>What <see cref="ScalingProbes.Measure"/> reports, one JSON line each: progress or a result.</summary>
/// <param name="Kind"><see cref="Running"/> before the learner's code runs on a size, <see cref="Measured"/> with a result.</param>
public sealed record ScalingEvent(string Kind)
{
    /// <summary>The kind of event sent before the learner's code runs on a size.</summary>
    public const string Running = "running";

    /// <summary>The kind of event that carries a result.</summary>
    public const string Measured = "measured";

    /// <summary>Gets the learner's class being measured.</summary>
    public string? Implementation { get; init; }

    /// <summary>Gets the input about to run, as the learner reads it (<c>k = 10 000 at n = 10⁵</c>), for a <see cref="Running"/> event.</summary>
    public string? Input { get; init; }

    /// <summary>Gets the result, for a <see cref="Measured"/> event.</summary>
    public ScalingResult? Result { get; init; }
}
