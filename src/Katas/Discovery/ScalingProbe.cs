namespace Katas.Discovery;

/// <summary>
/// A scaling probe of one kata contract: a few inputs of growing size, declared beside the kata's
/// definition (<see cref="KataDefinition.Scaling"/>), on which <c>katas check</c> times a learner's
/// passing implementation against the fastest reference, to tell how its time grows against what the
/// statement asks. The learner's answers must equal the oracle's (or <see cref="Answers"/>'s) on every
/// probe input: a solution wrong only on large inputs is reported as wrong, with the input's size.
/// </summary>
/// <remarks>
/// Declare one with <see cref="ScalingProbe{TContract, TInput, TResult}"/>; see
/// <c>docs/adding-a-kata.md</c>, "Scaling probe". The sizes should take the fastest reference well
/// under a millisecond at the smallest and a few milliseconds at the largest: the whole probe has a
/// budget of a few seconds, and a slow solution is stopped early, before a size it could not finish.
/// </remarks>
public abstract class ScalingProbe
{
    private protected ScalingProbe()
    {
    }

    /// <summary>Gets the contract (interface) probed.</summary>
    public abstract Type Interface { get; }

    /// <summary>Gets the operation timed, for a contract with several (for example <c>ConvexHull</c>); empty for one.</summary>
    public string Operation { get; init; } = "";

    /// <summary>Gets what grows, as the learner reads it: <c>k</c>, <c>n</c>, <c>the answer's length</c>.</summary>
    public required string Axis { get; init; }

    /// <summary>Gets what stays fixed, for example <c>n = 10⁵</c>; empty when nothing does.</summary>
    public string At { get; init; } = "";

    /// <summary>Gets the growth the statement asks for, in words, for example <c>independent of k</c> or <c>linear in n</c>.</summary>
    public required string Aim { get; init; }

    /// <summary>Gets the exponent of that growth: 0 for independent, 1 for linear (an O(n log n) aim measures a little above 1).</summary>
    public required double AimExponent { get; init; }

    /// <summary>Gets the reference the learner races: the fastest.</summary>
    public required Type Rival { get; init; }

    /// <summary>
    /// Gets the reference whose answers the learner's must equal, or <see langword="null"/> for the
    /// contract's oracle. Name another only when the oracle is too slow for the probe's sizes (and
    /// then one the tests hold to the oracle).
    /// </summary>
    public Type? Answers { get; init; }

    /// <summary>Measures <paramref name="learner"/> within <paramref name="budget"/>, reporting progress as it goes.</summary>
    /// <param name="learner">A started learner implementation of <see cref="Interface"/>.</param>
    /// <param name="budget">The time the measurement may take, answers and warm-up included.</param>
    /// <param name="running">Told each input (as the learner reads it) before the learner's code runs on it, so a crash can be placed.</param>
    /// <param name="cancellationToken">Stops the measurement between two calls of the learner's code.</param>
    /// <exception cref="OperationCanceledException">The measurement was stopped.</exception>
    public abstract ScalingResult Measure(Implementation learner, TimeSpan budget, Action<string>? running = null, CancellationToken cancellationToken = default);
}
