namespace Katas.Tools.Tests.Benchmarks.Shadowing.Solutions;

/// <summary>The <see cref="ILimitShadowed"/> contract's reference.</summary>
public sealed class Reference : ILimitShadowed
{
}
