namespace Katas.Tests.Discovery.Shadowing;

/// <summary>A learner's class with the name of the benchmarks' hardware-floor reference.</summary>
public sealed class Limit : IShadowed
{
    public string Who() => "learner's Limit";
}
