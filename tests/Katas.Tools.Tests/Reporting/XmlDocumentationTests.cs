using Katas.Reporting;

namespace Katas.Tools.Tests.Reporting;

public sealed class XmlDocumentationTests
{
    [Theory]
    [InlineData("T:System.Int32", "int")]
    [InlineData("T:System.Int32[]", "int[]")]
    [InlineData("T:System.Double[][]", "double[][]")]
    [InlineData("T:System.Collections.Generic.LinkedList`1", "LinkedList<T>")]
    [InlineData("T:System.Collections.Generic.Dictionary`2", "Dictionary<TKey, TValue>")]
    [InlineData("M:System.Array.Sort``1(``0[])", "Sort<T>")]
    [InlineData("M:Katas.SlidingWindowMaximum.Solutions.BruteForce.MaxSlidingWindow(System.ReadOnlySpan{System.Int32},System.Int32)", "MaxSlidingWindow")]
    [InlineData("T:Katas.Geometry.Vec2", "Vec2")]
    public void CrefsReadAsCSharpSpellsThem(string cref, string expected) =>
        XmlDocumentation.CSharpName(cref).Should().Be(expected);
}
