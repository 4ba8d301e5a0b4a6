namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Backtracking over the sorted candidates with the <c>break</c> prune: the readable reference the
/// benchmarks check the other solutions' answers against.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: sort a copy of the candidates. Extend the current combination with each candidate from
/// index <c>start</c> on, recursing with the same index (I: the value may be used again) or the next
/// one (II: each element once). Because the candidates are sorted, the first one larger than the
/// remainder ends the loop: every later one is larger still. Equal values at the same depth would grow
/// the same subtree again, so only the first of them is tried there; that removes duplicate
/// combinations in II and makes equal candidates count as one in I.
/// </para>
/// <para>
/// Time O(n log n + n·S): the sort, then O(n) per node of the search tree, whose S nodes are the
/// non-decreasing sequences of candidates whose sum does not exceed the target, including many that
/// cannot be completed. Extra space O(L), with L the length of the longest combination: the recursion
/// and the current combination.
/// </para>
/// </remarks>
public sealed class SortedBacktracking : ICombinationSum, ICombinationSum2
{
    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        return Solve(candidates, target, reuse: true);
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        return Solve(candidates, target, reuse: false);
    }

    private static List<int[]> Solve(ReadOnlySpan<int> candidates, int target, bool reuse)
    {
        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        var result = new List<int[]>();
        Search(sorted, target, 0, reuse, new List<int>(), result);
        return result;
    }

    private static void Search(int[] sorted, int remaining, int start, bool reuse, List<int> path, List<int[]> result)
    {
        if (remaining == 0)
        {
            result.Add([.. path]);
            return;
        }

        for (var i = start; i < sorted.Length; i++)
        {
            if (i > start && sorted[i] == sorted[i - 1])
            {
                continue;
            }

            if (sorted[i] > remaining)
            {
                break;
            }

            path.Add(sorted[i]);
            Search(sorted, remaining - sorted[i], reuse ? i : i + 1, reuse, path, result);
            path.RemoveAt(path.Count - 1);
        }
    }
}
