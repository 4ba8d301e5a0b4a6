namespace Katas.Cli.Progress;

/// <summary>Where the learner stands on a kata.</summary>
internal enum KataStatus
{
    /// <summary>Every learner implementation still throws <see cref="NotImplementedException"/>.</summary>
    NotStarted,

    /// <summary>Started, but the code has changed since the last check (or was never checked).</summary>
    Unchecked,

    /// <summary>The last check of the current code failed (its tests failed, hung or crashed).</summary>
    Failing,

    /// <summary>The last check of the current code passed.</summary>
    Passing,

    /// <summary>The last check of the current code could not build it: the code does not compile.</summary>
    DoesNotCompile,
}
