namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Sorted backtracking with the <c>break</c> prune, as a loop over an explicit stack of runs instead of
/// recursion: no depth limit, and one code path for both problems.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: group the sorted candidates into runs (distinct values, each with the copies a
/// combination may use; see <see cref="CandidateRuns"/>). A node of the search is a combination in the
/// making; its children, in order, are one more copy of its last value (while copies are left) and
/// then each larger value. The walk keeps, per depth, the value chosen, the run it came from and the
/// copies of that run still left, so returning to a parent is a pop, and the sibling to try next is the
/// following run. A value larger than the remainder ends the siblings (the <c>break</c> prune).
/// </para>
/// <para>
/// Time: the same search tree as <see cref="SortedBacktracking"/>, dead branches included, at a
/// constant cost per node; O(n log n) to sort. Extra space O(n) plus the longest combination, on the
/// heap: a combination of a million elements is no problem, where a recursive solution overflows its
/// stack. <see cref="ReachabilityTable"/> falls back to this walk when its table would be too large.
/// </para>
/// </remarks>
public sealed class ExplicitStack : ICombinationSum, ICombinationSum2
{
    private const int InitialDepth = 16;

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        return Enumerate(CandidateRuns.Build(candidates, target, unlimited: true), target);
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        return Enumerate(CandidateRuns.Build(candidates, target, unlimited: false), target);
    }

    /// <summary>Every combination of the runs that sums to <paramref name="target"/>.</summary>
    internal static List<int[]> Enumerate(CandidateRuns runs, int target)
    {
        var result = new List<int[]>();
        var values = runs.Values;
        var copies = runs.Copies;
        var count = runs.Count;

        // Per depth: the value chosen there, its run, and how many copies of that run are still left.
        var path = new int[InitialDepth];
        var runAt = new int[InitialDepth];
        var leftAt = new int[InitialDepth];
        var depth = 0;
        var remaining = target;
        var run = 0; // the next child to try at this depth
        if (target == 0)
        {
            result.Add([]);
            return result;
        }

        while (true)
        {
            if (run < count && values[run] <= remaining)
            {
                if (depth == path.Length)
                {
                    Array.Resize(ref path, 2 * depth);
                    Array.Resize(ref runAt, 2 * depth);
                    Array.Resize(ref leftAt, 2 * depth);
                }

                var left = (depth > 0 && runAt[depth - 1] == run ? leftAt[depth - 1] : copies[run]) - 1;
                path[depth] = values[run];
                runAt[depth] = run;
                leftAt[depth] = left;
                depth++;
                remaining -= values[run];
                if (remaining == 0)
                {
                    result.Add(path.AsSpan(0, depth).ToArray());
                }

                // First child: another copy of the same value if one is left, otherwise the next run.
                if (left == 0)
                {
                    run++;
                }
            }
            else
            {
                // No child fits here (sorted runs: none further on either). Back to the parent, whose
                // next child is the run after the one just finished.
                if (depth == 0)
                {
                    return result;
                }

                depth--;
                remaining += path[depth];
                run = runAt[depth] + 1;
            }
        }
    }
}
