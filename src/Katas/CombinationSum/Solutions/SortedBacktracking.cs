namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Backtracking over the sorted candidates with the <c>break</c> prune: the readable reference the
/// benchmarks check the other solutions' answers against.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: sort a copy of the candidates. Extend the current combination with each candidate from
/// index <c>start</c> on, going on from the same index (I: the value may be used again) or the next
/// one (II: each element once). Because the candidates are sorted, the first one larger than the
/// remainder ends the loop: every later one is larger still. Equal values at the same depth would grow
/// the same subtree again, so only the first of them is tried there; that removes duplicate
/// combinations in II and makes equal candidates count as one in I.
/// </para>
/// <para>
/// It is the textbook recursion with its frames on the heap, one index per element of the current
/// combination, so that a combination of a million values cannot overflow the thread's stack. Before it
/// starts, the answer is measured (<see cref="AnswerSize"/>) and refused with
/// <see cref="InsufficientMemoryException"/> if it is too large to build.
/// </para>
/// <para>
/// Time O(n log n + n·S): the sort, then O(n) per node of the search tree, whose S nodes are the
/// non-decreasing sequences of candidates whose sum does not exceed the target, including many that
/// cannot be completed. Extra space O(n + L), with L the length of the longest combination.
/// </para>
/// </remarks>
public sealed class SortedBacktracking : ICombinationSum, ICombinationSum2
{
    private readonly long _maxAnswerBytes;

    /// <summary>Creates the solution, with answers limited to the memory available to the garbage collector.</summary>
    public SortedBacktracking()
        : this(AnswerSize.AvailableBytes)
    {
    }

    /// <summary>Creates the solution, with answers limited to <paramref name="maxAnswerBytes"/> bytes.</summary>
    /// <param name="maxAnswerBytes">The largest answer to build, counted as 32 bytes per combination and 4 per value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAnswerBytes"/> is negative.</exception>
    public SortedBacktracking(long maxAnswerBytes) => _maxAnswerBytes = AnswerSize.ThrowIfInvalidLimit(maxAnswerBytes);

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        var count = AnswerSize.ThrowIfTooLarge(CandidateRuns.Build(candidates, target, unlimited: true), target, _maxAnswerBytes);
        return Solve(candidates, target, reuse: true, count);
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        var count = AnswerSize.ThrowIfTooLarge(CandidateRuns.Build(candidates, target, unlimited: false), target, _maxAnswerBytes);
        return Solve(candidates, target, reuse: false, count);
    }

    private static List<int[]> Solve(ReadOnlySpan<int> candidates, int target, bool reuse, int count)
    {
        var sorted = candidates.ToArray();
        Array.Sort(sorted);
        var result = new List<int[]>(count);

        // The recursion Search(remaining, start) with its frames on the heap: chosen[k] is the index the
        // loop at depth k stands on, and path[k] its value, so that returning from a call is a pop and the
        // caller's loop goes on after the index it stood on.
        var chosen = new List<int>();
        var path = new List<int>();
        var remaining = target;
        var from = 0;
        while (true)
        {
            if (remaining == 0)
            {
                result.Add([.. path]);
            }

            var next = remaining == 0 ? -1 : NextChild(sorted, from, Start(chosen, reuse), remaining);
            if (next >= 0)
            {
                // The recursive call: its loop starts at `next` (I) or after it (II).
                chosen.Add(next);
                path.Add(sorted[next]);
                remaining -= sorted[next];
                from = reuse ? next : next + 1;
                continue;
            }

            // The loop at this depth is over: return to the caller, whose loop goes on after its index.
            if (chosen.Count == 0)
            {
                return result;
            }

            var last = chosen[^1];
            chosen.RemoveAt(chosen.Count - 1);
            path.RemoveAt(path.Count - 1);
            remaining += sorted[last];
            from = last + 1;
        }
    }

    // The index where the loop of the current call started: 0 at the root, else where its caller's choice allows.
    private static int Start(List<int> chosen, bool reuse) =>
        chosen.Count == 0 ? 0 : reuse ? chosen[^1] : chosen[^1] + 1;

    // The loop body: the first index from `from` on whose value fits the remainder (a larger one ends the
    // loop: the break prune) and is not a repeat of the value before it at this depth.
    private static int NextChild(int[] sorted, int from, int start, int remaining)
    {
        for (var i = from; i < sorted.Length && sorted[i] <= remaining; i++)
        {
            if (i == start || sorted[i] != sorted[i - 1])
            {
                return i;
            }
        }

        return -1;
    }
}
