namespace Katas.Tests.Discovery.Shadowing.Solutions;

/// <summary>The test contract's oracle and baseline; its name is unique, so its label is the class name.</summary>
public sealed class BruteForce : IShadowed
{
    public string Who() => "reference BruteForce";
}
