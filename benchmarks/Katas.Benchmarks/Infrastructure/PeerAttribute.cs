namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Marks a class of the benchmark project that implements a kata contract with a library people use (a
/// peer): it is benchmarked beside the kata's implementations, checked against the same definition, and
/// labelled with its class name. The library stays a dependency of the benchmarks only.
/// </summary>
/// <param name="library">What it wraps, for example <c>OpenCvSharp4 4.13, CvDnn.NMSBoxes</c>.</param>
/// <remarks>
/// A peer whose native code cannot load on this machine declares a public static <c>bool IsAvailable</c>
/// property; when it is false the peer is left out of the run (see <see cref="Peers"/>).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PeerAttribute(string library) : Attribute
{
    /// <summary>Gets what the peer wraps.</summary>
    public string Library { get; } = library;
}
