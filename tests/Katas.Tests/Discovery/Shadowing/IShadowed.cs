namespace Katas.Tests.Discovery.Shadowing;

/// <summary>
/// A contract for the discovery tests, with classes of one name in different namespaces: a learner's
/// <see cref="MonotonicDeque"/> beside the reference <see cref="Solutions.MonotonicDeque"/>, and a learner's
/// class named <see cref="Limit"/>, the name of the benchmarks' hardware-floor reference.
/// </summary>
public interface IShadowed
{
    /// <summary>Says which class answered.</summary>
    string Who();
}
