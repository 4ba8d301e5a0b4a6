using System.Globalization;

namespace Katas.Tests.CombinationSum;

/// <summary>
/// Combinations compared as a set of sequences: the order of the combinations is free, the order
/// inside each one is not (it must be non-decreasing).
/// </summary>
internal static class Canon
{
    /// <summary>A combination as text, for example <c>[2, 2, 3]</c>.</summary>
    public static string Key(IEnumerable<int> combination) =>
        "[" + string.Join(", ", combination.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>The keys of the combinations in ordinal order; duplicates are kept, so they still show.</summary>
    public static string[] Of(IEnumerable<int[]> combinations) =>
        combinations.Select(Key).Order(StringComparer.Ordinal).ToArray();
}
