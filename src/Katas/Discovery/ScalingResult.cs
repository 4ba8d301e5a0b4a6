namespace Katas.Discovery;

/// <summary>
/// What a scaling probe measured for one learner implementation. Times are the process's processor
/// time (the wall clock where the system has no such clock): what the code costs, whatever else runs.
/// </summary>
/// <param name="Implementation">The learner's class.</param>
/// <param name="Interface">The contract probed.</param>
/// <param name="Operation">The operation timed, or empty.</param>
/// <param name="Rival">The reference raced.</param>
/// <param name="Axis">What grows.</param>
/// <param name="At">What stays fixed, or empty.</param>
/// <param name="Aim">The growth the statement asks for, in words.</param>
/// <param name="AimExponent">Its exponent.</param>
/// <param name="Points">The sizes measured, smallest first.</param>
public sealed record ScalingResult(
    string Implementation, string Interface, string Operation, string Rival, string Axis, string At, string Aim, double AimExponent, IReadOnlyList<ScalingPoint> Points)
{
    /// <summary>Gets how the learner's answer was wrong (or what it threw), or <see langword="null"/>.</summary>
    public string? Wrong { get; init; }

    /// <summary>Gets the size of the input the learner's answer was wrong on.</summary>
    public double? WrongSize { get; init; }

    /// <summary>Gets the first input not measured because the learner's code would take too long on it, or <see langword="null"/>.</summary>
    public string? Stopped { get; init; }

    /// <summary>Gets the time the learner's code would take on <see cref="Stopped"/>, extrapolated from the sizes before.</summary>
    public double? StoppedSeconds { get; init; }
}
