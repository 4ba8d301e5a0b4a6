namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Declares a peer of a benchmark: code from another library, called the way its users call it, measured
/// on the same inputs as the kata's implementations. It becomes one more value of the
/// <c>Implementation</c> parameter (for this benchmark class only, and the classes BenchmarkDotNet
/// derives from it to run it); the class's setup runs it when <see cref="KataBenchmark{T}.IsPeer"/> is true. Peers live in the benchmark project, so the library
/// takes no dependency on them.
/// </summary>
/// <param name="name">The value of <c>Implementation</c> that runs the peer, for example <c>MathNetRunningStatistics</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class PeerAttribute(string name) : Attribute
{
    /// <summary>Gets the value of <c>Implementation</c> that runs the peer.</summary>
    public string Name { get; } = name;
}
