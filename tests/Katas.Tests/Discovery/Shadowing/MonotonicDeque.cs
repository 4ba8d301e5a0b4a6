namespace Katas.Tests.Discovery.Shadowing;

/// <summary>A learner's class with the name of a reference solution.</summary>
public sealed class MonotonicDeque : IShadowed
{
    public string Who() => "learner's MonotonicDeque";
}
