namespace Katas.CombinationSum.Solutions;

/// <summary>
/// The backtracking most published answers give, <see cref="List{T}"/> of <see cref="IList{T}"/> and a
/// list copied per result, with no early break: the peer baseline for the benchmarks.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: sort, then extend the current combination with each candidate from the current index on
/// (the same index again for I, the next one for II), recursing until the remainder is 0 (a result) or
/// negative (a dead end). Nothing stops the loop when a candidate exceeds the remainder: every larger
/// candidate is still tried and fails one call deeper. For II, equal values at the same depth are
/// skipped, so each distinct combination is found once.
/// </para>
/// <para>
/// Three changes make published code meet this contract, and are not optimisations: it sorts a copy
/// (published answers sort the caller's array), it skips equal values in I as well (LeetCode promises
/// distinct candidates; we do not), and it converts its <c>IList&lt;IList&lt;int&gt;&gt;</c> into arrays
/// at the end, as a caller adapting it would.
/// </para>
/// <para>
/// Time O(n·S), with S the non-decreasing sequences whose sum does not exceed the target: each is
/// visited and tries all n candidates, so exponential in target ÷ smallest candidate. Extra space
/// O(L), with L the length of the longest combination: the recursion (so a very long combination
/// overflows the stack).
/// </para>
/// </remarks>
public sealed class TextbookBacktracking : ICombinationSum, ICombinationSum2
{
    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        var result = new List<IList<int>>();
        Backtrack(sorted, target, 0, new List<int>(), result);
        return ToArrays(result);
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        var result = new List<IList<int>>();
        Backtrack2(sorted, target, 0, new List<int>(), result);
        return ToArrays(result);
    }

    private static void Backtrack(int[] candidates, int remain, int start, List<int> current, List<IList<int>> result)
    {
        if (remain < 0)
        {
            return;
        }

        if (remain == 0)
        {
            result.Add(new List<int>(current));
            return;
        }

        for (var i = start; i < candidates.Length; i++)
        {
            if (i > start && candidates[i] == candidates[i - 1])
            {
                continue;
            }

            current.Add(candidates[i]);
            Backtrack(candidates, remain - candidates[i], i, current, result);
            current.RemoveAt(current.Count - 1);
        }
    }

    private static void Backtrack2(int[] candidates, int remain, int start, List<int> current, List<IList<int>> result)
    {
        if (remain < 0)
        {
            return;
        }

        if (remain == 0)
        {
            result.Add(new List<int>(current));
            return;
        }

        for (var i = start; i < candidates.Length; i++)
        {
            if (i > start && candidates[i] == candidates[i - 1])
            {
                continue;
            }

            current.Add(candidates[i]);
            Backtrack2(candidates, remain - candidates[i], i + 1, current, result);
            current.RemoveAt(current.Count - 1);
        }
    }

    private static List<int[]> ToArrays(List<IList<int>> result) => result.ConvertAll(c => c.ToArray());
}
