namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Enumeration that never enters a dead branch: a table over (run, remainder) built first says which
/// children can still reach the target, so every step of the walk leads to at least one combination
/// and the work is proportional to the output.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: group the sorted candidates into d runs of distinct values v₀ &lt; … &lt; v_{d−1}, each
/// with the copies a combination may use (see <see cref="CandidateRuns"/>). Then, from the last run to
/// the first, for every remainder r from 0 to the target T, two tables:
/// </para>
/// <list type="bullet">
/// <item><description>
/// <c>need[j, r]</c>, the fewest copies of v_j that, with runs j + 1… completing the rest, make r
/// (capped at "more than allowed"): 0 if runs j + 1… make r alone, else <c>need[j, r − v_j] + 1</c>.
/// Runs j… make r exactly when <c>need[j, r]</c> is at most run j's copies.
/// </description></item>
/// <item><description>
/// <c>next[j, r]</c>, the first run j' ≥ j whose value can start the rest of r: v_j' ≤ r and
/// <c>need[j', r − v_j'] &lt;</c> copies(j'). A jump table: dead runs are skipped without being looked at.
/// </description></item>
/// </list>
/// <para>
/// A 1-D coin-change count (sliding window for bounded copies, saturating) gives the number of
/// combinations first, so the result is one exactly-sized array. The walk then runs on an explicit
/// stack: a node's first child is another copy of its value when <c>need</c> says the remainder can
/// still be completed with the copies left, else <c>next[j + 1, r]</c>; its next sibling is
/// <c>next[j + 1, r]</c> of the parent's remainder. Every node the walk enters lies on the way to a
/// combination, and each node costs O(1) besides copying the combinations out.
/// </para>
/// <para>
/// Time O(n log n + d·T + the total length of the combinations); extra space O(d·T) for the tables.
/// When d·(T + 1) exceeds <see cref="TableBudget"/> (targets in the hundreds of thousands and up), the
/// tables would cost more than they save and it falls back to <see cref="ExplicitStack"/>'s walk,
/// which is correct but may enter dead branches.
/// </para>
/// </remarks>
public sealed class ReachabilityTable : ICombinationSum, ICombinationSum2
{
    /// <summary>The largest number of (run, remainder) cells the tables may have: 8 MB of them.</summary>
    internal const int TableBudget = 1 << 20;

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

    private static IReadOnlyList<int[]> Enumerate(CandidateRuns runs, int target)
    {
        if (target == 0)
        {
            return [[]];
        }

        if ((long)runs.Count * (target + 1L) > TableBudget)
        {
            return ExplicitStack.Enumerate(runs, target);
        }

        var count = CountCombinations(runs, target);
        if (count == 0)
        {
            return [];
        }

        var (need, next) = BuildTables(runs, target);
        return Walk(runs, target, need, next, new int[count][]);
    }

    // The number of combinations, or Array.MaxLength + 1 for "more than an array can hold".
    // ways[r] after run j = Σ_{k ≤ copies} ways_before[r − k·v]: a window over r's residue class mod v,
    // taken as a difference of prefix sums. Each count is capped, and the prefix sums add at most
    // T + 1 capped values, so they stay exact in a long and the capped window is exact too.
    private static int CountCombinations(CandidateRuns runs, int target)
    {
        var cap = (long)Array.MaxLength + 1;
        var ways = new long[target + 1];
        var prefix = new long[target + 1];
        ways[0] = 1;
        for (var j = 0; j < runs.Count; j++)
        {
            var value = runs.Values[j];
            var span = (runs.Copies[j] + 1L) * value;
            for (var r = 0; r <= target; r++)
            {
                prefix[r] = ways[r] + (r >= value ? prefix[r - value] : 0);
            }

            for (var r = 0; r <= target; r++)
            {
                ways[r] = Math.Min(prefix[r] - (r >= span ? prefix[r - span] : 0), cap);
            }
        }

        if (ways[target] > Array.MaxLength)
        {
            throw new InsufficientMemoryException(
                $"There are more than {Array.MaxLength} combinations that make {target}: more than an array can hold.");
        }

        return (int)ways[target];
    }

    // need[j·(T+1) + r] and next[j·(T+1) + r] as described in the remarks; next has a row d of "none" (= d).
    private static (int[] Need, int[] Next) BuildTables(CandidateRuns runs, int target)
    {
        var d = runs.Count;
        var width = target + 1;
        var need = new int[d * width];
        var next = new int[(d + 1) * width];
        next.AsSpan(d * width, width).Fill(d);
        for (var j = d - 1; j >= 0; j--)
        {
            var value = runs.Values[j];
            var copies = runs.Copies[j];
            var tooMany = copies + 1;
            var row = j * width;
            for (var r = 0; r <= target; r++)
            {
                var restAlone = j + 1 == d ? r == 0 : need[row + width + r] <= runs.Copies[j + 1];
                need[row + r] = restAlone ? 0 : r >= value ? Math.Min(need[row + r - value] + 1, tooMany) : tooMany;
            }

            for (var r = 1; r <= target; r++)
            {
                next[row + r] = value <= r && need[row + r - value] < copies ? j : next[row + width + r];
            }
        }

        return (need, next);
    }

    private static int[][] Walk(CandidateRuns runs, int target, int[] need, int[] next, int[][] result)
    {
        var values = runs.Values;
        var copies = runs.Copies;
        var d = runs.Count;
        var width = target + 1;

        // Per depth: the value chosen, its run, the copies of that run still left, and the remainder
        // before the choice (to find the next sibling after returning).
        var path = new int[InitialDepth];
        var runAt = new int[InitialDepth];
        var leftAt = new int[InitialDepth];
        var remainingAt = new int[InitialDepth];
        var depth = 0;
        var remaining = target;
        var run = next[remaining];
        var filled = 0;
        while (true)
        {
            // Enter the child `run`: it is known to lead to at least one combination.
            if (depth == path.Length)
            {
                Array.Resize(ref path, 2 * depth);
                Array.Resize(ref runAt, 2 * depth);
                Array.Resize(ref leftAt, 2 * depth);
                Array.Resize(ref remainingAt, 2 * depth);
            }

            var value = values[run];
            var left = (depth > 0 && runAt[depth - 1] == run ? leftAt[depth - 1] : copies[run]) - 1;
            path[depth] = value;
            runAt[depth] = run;
            leftAt[depth] = left;
            remainingAt[depth] = remaining;
            depth++;
            remaining -= value;
            if (remaining != 0)
            {
                // First child: one more copy if the rest can then be made with the copies left,
                // otherwise the first larger run that can start the rest.
                run = value <= remaining && need[(run * width) + remaining - value] < left
                    ? run
                    : next[((run + 1) * width) + remaining];
                continue;
            }

            result[filled++] = path.AsSpan(0, depth).ToArray();

            // Climb to the nearest node with another productive child.
            do
            {
                if (--depth < 0)
                {
                    return result;
                }

                remaining = remainingAt[depth];
                run = next[((runAt[depth] + 1) * width) + remaining];
            }
            while (run == d);
        }
    }
}
