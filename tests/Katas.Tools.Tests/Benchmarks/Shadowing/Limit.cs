namespace Katas.Tools.Tests.Benchmarks.Shadowing;

/// <summary>A learner's class with the name of the benchmarks' hardware-floor reference.</summary>
public sealed class Limit : ILimitShadowed
{
}
