namespace Katas.Tests.Discovery.Shadowing.Solutions;

/// <summary>The reference solution that a learner's class of the same name must not shadow.</summary>
public sealed class MonotonicDeque : IShadowed
{
    public string Who() => "reference MonotonicDeque";
}
