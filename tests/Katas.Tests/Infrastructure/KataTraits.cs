namespace Katas.Tests.Infrastructure;

/// <summary>The traits every implementation row carries, for <c>--filter-trait</c>.</summary>
public static class KataTraits
{
    /// <summary>The kata's kebab-case name, for example <c>Kata=sliding-window-maximum</c>.</summary>
    public const string Kata = "Kata";

    /// <summary>The implementation's class name, for example <c>Implementation=Practice</c>.</summary>
    public const string Implementation = "Implementation";

    /// <summary>
    /// <c>Kind=learner</c> for the learner's classes, <c>Kind=reference</c> for the reference solutions,
    /// <c>Kind=straightforward</c> for the tests' learner stand-ins (<see cref="StraightforwardImplementations"/>).
    /// </summary>
    public const string Kind = "Kind";

    /// <summary>The value of <see cref="Kind"/> for a learner's class.</summary>
    public const string Learner = "learner";

    /// <summary>The value of <see cref="Kind"/> for a reference solution.</summary>
    public const string Reference = "reference";

    /// <summary>The value of <see cref="Kind"/> for a learner stand-in written in the tests.</summary>
    public const string Straightforward = "straightforward";
}
