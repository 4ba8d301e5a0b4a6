using Katas.CombinationSum;

namespace Katas.Tests.CombinationSum.Straightforward;

/// <summary>
/// What a learner who read only the README writes: the BCL's guards, then the hints' backtracking on a
/// sorted copy (<c>break</c> once a candidate exceeds the remainder, each value once per depth).
/// </summary>
public sealed class BacktrackOnASortedCopy : ICombinationSum, ICombinationSum2
{
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target) => Solve(candidates, target, reuse: true);

    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target) => Solve(candidates, target, reuse: false);

    private static List<int[]> Solve(ReadOnlySpan<int> candidates, int target, bool reuse)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        foreach (var candidate in candidates)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(candidate, 1, nameof(candidates));
        }

        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        var result = new List<int[]>();
        Search(sorted, 0, target, reuse, [], result);
        return result;
    }

    private static void Search(int[] sorted, int start, int remainder, bool reuse, List<int> path, List<int[]> result)
    {
        if (remainder == 0)
        {
            result.Add([.. path]);
            return;
        }

        for (var i = start; i < sorted.Length && sorted[i] <= remainder; i++)
        {
            if (i > start && sorted[i] == sorted[i - 1])
            {
                continue;
            }

            path.Add(sorted[i]);
            Search(sorted, reuse ? i : i + 1, remainder - sorted[i], reuse, path, result);
            path.RemoveAt(path.Count - 1);
        }
    }
}
