namespace Katas.Tools.Tests.Benchmarks.PeerFixtures;

/// <summary>A peer (a library's wrapper) with the class name of a kata's reference.</summary>
public sealed class Reference
{
}
