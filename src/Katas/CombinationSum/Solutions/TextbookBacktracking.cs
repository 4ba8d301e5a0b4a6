namespace Katas.CombinationSum.Solutions;

/// <summary>
/// The backtracking most published answers give, <see cref="List{T}"/> of <see cref="IList{T}"/> and a
/// list copied per result, with no early break: the peer baseline for the benchmarks.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: sort, then extend the current combination with each candidate from the current index on
/// (the same index again for I, the next one for II), going deeper until the remainder is 0 (a result)
/// or negative (a dead end). Nothing stops the loop when a candidate exceeds the remainder: every larger
/// candidate is still tried and fails one level deeper. Equal values at the same depth are skipped, so
/// each distinct combination is found once.
/// </para>
/// <para>
/// Five changes make published code meet this contract, and are not optimisations: it sorts a copy
/// (published answers sort the caller's array); it skips equal values in I as well (LeetCode promises
/// distinct candidates; we do not); it converts its <c>IList&lt;IList&lt;int&gt;&gt;</c> into arrays at
/// the end, as a caller adapting it would; its recursion runs on an explicit stack of loop indices
/// (published answers recurse once per element, and a combination of a million ones overflows the
/// thread's stack and kills the process); and the answer is measured first (<see cref="AnswerSize"/>), so
/// that one too large to build is refused with <see cref="InsufficientMemoryException"/> rather than
/// built until memory runs out.
/// </para>
/// <para>
/// Time O(n·S), with S the non-decreasing sequences whose sum does not exceed the target: each is
/// visited and tries all n candidates, so exponential in target ÷ smallest candidate. Extra space
/// O(n + L), with L the length of the longest combination.
/// </para>
/// </remarks>
public sealed class TextbookBacktracking : ICombinationSum, ICombinationSum2
{
    private readonly long _maxAnswerBytes;

    /// <summary>Creates the solution, with answers limited to the memory available to the garbage collector.</summary>
    public TextbookBacktracking()
        : this(AnswerSize.AvailableBytes)
    {
    }

    /// <summary>Creates the solution, with answers limited to <paramref name="maxAnswerBytes"/> bytes.</summary>
    /// <param name="maxAnswerBytes">The largest answer to build, counted as 32 bytes per combination and 4 per value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAnswerBytes"/> is negative.</exception>
    public TextbookBacktracking(long maxAnswerBytes) => _maxAnswerBytes = AnswerSize.ThrowIfInvalidLimit(maxAnswerBytes);

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);
        AnswerSize.ThrowIfTooLarge(CandidateRuns.Build(candidates, target, unlimited: true), target, _maxAnswerBytes);

        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        return ToArrays(Backtrack(sorted, target, reuse: true));
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);
        AnswerSize.ThrowIfTooLarge(CandidateRuns.Build(candidates, target, unlimited: false), target, _maxAnswerBytes);

        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        return ToArrays(Backtrack(sorted, target, reuse: false));
    }

    // The published recursion
    //     void Backtrack(remain, start) {
    //         if (remain < 0) return;
    //         if (remain == 0) { result.Add(new List<int>(current)); return; }
    //         for (i = start; i < n; i++) {
    //             if (i > start && candidates[i] == candidates[i - 1]) continue;
    //             current.Add(candidates[i]); Backtrack(remain - candidates[i], reuse ? i : i + 1); current.RemoveAt(last);
    //         }
    //     }
    // with each caller's (start, i) pushed on a stack instead of the thread's.
    private static List<IList<int>> Backtrack(int[] candidates, int target, bool reuse)
    {
        var result = new List<IList<int>>();
        var current = new List<int>();
        var callers = new List<(int Start, int Index)>();
        var (remain, start, i) = (target, 0, 0);
        while (true)
        {
            if (remain <= 0)
            {
                if (remain == 0)
                {
                    result.Add(new List<int>(current));
                }

                i = candidates.Length;
            }

            while (i < candidates.Length && i > start && candidates[i] == candidates[i - 1])
            {
                i++;
            }

            if (i < candidates.Length)
            {
                callers.Add((start, i));
                current.Add(candidates[i]);
                remain -= candidates[i];
                start = reuse ? i : i + 1;
                i = start;
                continue;
            }

            if (callers.Count == 0)
            {
                return result;
            }

            (start, i) = callers[^1];
            callers.RemoveAt(callers.Count - 1);
            remain += current[^1];
            current.RemoveAt(current.Count - 1);
            i++;
        }
    }

    private static List<int[]> ToArrays(List<IList<int>> result) => result.ConvertAll(c => c.ToArray());
}
