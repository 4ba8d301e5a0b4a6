using System.Numerics;

namespace Katas.Tests.CombinationSum;

/// <summary>
/// The definitions, written independently of the library: brute-force enumeration of every multiset
/// (I) or every subset of positions (II), and the number of combinations by dynamic programming.
/// </summary>
internal static class Oracle
{
    /// <summary>
    /// Combination Sum I by brute force: every vector of multiplicities (k₁, …, k_d) with 0 ≤ kᵢ ≤ T ÷ vᵢ
    /// over the distinct values, kept when Σ kᵢ·vᵢ = T. Exponential in d: small inputs only.
    /// </summary>
    public static List<int[]> UnlimitedByBruteForce(int[] candidates, int target)
    {
        var values = candidates.Distinct().Order().ToArray();
        var counts = new int[values.Length];
        var result = new List<int[]>();
        while (true)
        {
            long sum = 0;
            for (var i = 0; i < values.Length; i++)
            {
                sum += (long)counts[i] * values[i];
            }

            if (sum == target)
            {
                result.Add(values.SelectMany((v, i) => Enumerable.Repeat(v, counts[i])).ToArray());
            }

            // Odometer: the next vector of multiplicities, or stop after the last one.
            var digit = 0;
            while (digit < values.Length && counts[digit] == target / values[digit])
            {
                counts[digit++] = 0;
            }

            if (digit == values.Length)
            {
                return result;
            }

            counts[digit]++;
        }
    }

    /// <summary>
    /// Combination Sum II by brute force: every one of the 2ⁿ subsets of positions whose values sum to
    /// T, sorted, with equal multisets kept once. Exponential in n: small inputs only.
    /// </summary>
    public static List<int[]> OnceEachByBruteForce(int[] candidates, int target)
    {
        if (candidates.Length > 20)
        {
            throw new ArgumentException("Brute force over subsets is for small inputs only.", nameof(candidates));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<int[]>();
        for (var mask = 0; mask < 1 << candidates.Length; mask++)
        {
            var chosen = candidates.Where((_, i) => (mask & (1 << i)) != 0).Order().ToArray();
            if (chosen.Sum(v => (long)v) == target && seen.Add(Canon.Key(chosen)))
            {
                result.Add(chosen);
            }
        }

        return result;
    }

    /// <summary>The number of combinations of I: coin-change ways over the distinct values.</summary>
    public static long CoinChangeWays(int[] candidates, int target)
    {
        var ways = new long[target + 1];
        ways[0] = 1;
        foreach (var coin in candidates.Distinct())
        {
            for (var sum = coin; sum <= target; sum++)
            {
                ways[sum] = checked(ways[sum] + ways[sum - coin]);
            }
        }

        return ways[target];
    }

    /// <summary>The number of combinations of II: ways with each value used at most as often as it occurs.</summary>
    public static long BoundedMultiplicityWays(int[] candidates, int target)
    {
        var ways = new long[target + 1];
        ways[0] = 1;
        foreach (var group in candidates.GroupBy(v => v))
        {
            var before = (long[])ways.Clone();
            for (var sum = 0; sum <= target; sum++)
            {
                ways[sum] = 0;
                for (var copies = 0; copies <= group.Count() && (long)copies * group.Key <= sum; copies++)
                {
                    ways[sum] = checked(ways[sum] + before[sum - (copies * group.Key)]);
                }
            }
        }

        return ways[target];
    }

    /// <summary>
    /// The size of the answer, exactly: the number of combinations and the number of values in all of
    /// them, by dynamic programming over sums with each distinct value taken 0 to c times (c = T ÷ v for I,
    /// its number of occurrences for II). A combination that takes k copies of v adds k values to each
    /// way of making the rest. O(d·T·c) <see cref="BigInteger"/> additions: small targets only.
    /// </summary>
    public static (BigInteger Combinations, BigInteger Values) AnswerSize(int[] candidates, int target, bool unlimited)
    {
        var ways = new BigInteger[target + 1];
        var values = new BigInteger[target + 1];
        ways[0] = 1;
        foreach (var group in candidates.Where(v => v <= target).GroupBy(v => v))
        {
            var (value, copies) = (group.Key, unlimited ? target / group.Key : group.Count());
            var (waysBefore, valuesBefore) = ((BigInteger[])ways.Clone(), (BigInteger[])values.Clone());
            for (var sum = 0; sum <= target; sum++)
            {
                (ways[sum], values[sum]) = (0, 0);
                for (var k = 0; k <= copies && (long)k * value <= sum; k++)
                {
                    ways[sum] += waysBefore[sum - (k * value)];
                    values[sum] += valuesBefore[sum - (k * value)] + (k * waysBefore[sum - (k * value)]);
                }
            }
        }

        return (ways[target], values[target]);
    }
}
