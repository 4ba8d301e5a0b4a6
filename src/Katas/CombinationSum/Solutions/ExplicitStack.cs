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
/// Time O(n log n + S), with S the nodes of the search tree: the same tree as
/// <see cref="SortedBacktracking"/>, dead branches included, at a constant cost per node. Extra space
/// O(n + L), with L the length of the longest combination, on the heap: a combination of a million elements is no problem, where a recursive solution overflows its
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
        if (target == 0)
        {
            result.Add([]);
            return result;
        }

        var values = runs.Values;
        var copies = runs.Copies;
        var count = runs.Count;

        // The combination so far, and per node on the path (frame k is the node at depth k; frame 0,
        // the root, has run −1 so that no run continues it): the run of its last value, the copies of
        // that run still left, and the remainder its parent had.
        var path = new int[InitialDepth];
        var runAt = new int[InitialDepth + 1];
        var leftAt = new int[InitialDepth + 1];
        var remainingAt = new int[InitialDepth + 1];
        runAt[0] = -1;
        var depth = 0;
        var remaining = target;
        var run = 0;
        if (count == 0 || values[0] > target)
        {
            return result;
        }

        while (true)
        {
            // Enter the child `run` of the node at `depth`; its value is known to fit the remainder.
            var value = values[run];
            if (depth == path.Length)
            {
                Array.Resize(ref path, 2 * depth);
                Array.Resize(ref runAt, (2 * depth) + 1);
                Array.Resize(ref leftAt, (2 * depth) + 1);
                Array.Resize(ref remainingAt, (2 * depth) + 1);
            }

            path[depth] = value;
            if (value == remaining)
            {
                // A combination, and the node's last child: every later one is larger than the remainder.
                result.Add(path.AsSpan(0, depth + 1).ToArray());
            }
            else
            {
                var left = (runAt[depth] == run ? leftAt[depth] : copies[run]) - 1;
                depth++;
                runAt[depth] = run;
                leftAt[depth] = left;
                remainingAt[depth] = remaining;
                remaining -= value;

                // First child: another copy of the same value while one is left, else the next run;
                // if that does not fit, nothing later does (the break prune), and the node is done.
                if (left == 0)
                {
                    run++;
                }

                if (run < count && values[run] <= remaining)
                {
                    continue;
                }
            }

            // The node at `depth` is finished: climb to the nearest ancestor whose next child fits.
            do
            {
                if (depth == 0)
                {
                    return result;
                }

                remaining = remainingAt[depth];
                run = runAt[depth] + 1;
                depth--;
            }
            while (run == count || values[run] > remaining);
        }
    }
}
