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

        return Enumerate(CandidateRuns.Build(candidates, target, unlimited: true), target, unlimited: true);
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        return Enumerate(CandidateRuns.Build(candidates, target, unlimited: false), target, unlimited: false);
    }

    private static IReadOnlyList<int[]> Enumerate(CandidateRuns runs, int target, bool unlimited)
    {
        if (target == 0)
        {
            return [[]];
        }

        if ((CandidatePositions.CountFor(runs, unlimited) + 1) * (target + 1L) > TableBudget)
        {
            return ExplicitStack.Enumerate(runs, target);
        }

        var count = CountCombinations(runs, target);
        if (count == 0)
        {
            return [];
        }

        var positions = CandidatePositions.Create(runs, unlimited, target + 1);
        return Walk(positions, target, BuildTable(positions, target), new int[count][]);
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

    // next[p·(T+1) + r] as described in the remarks, with a last row of "none" (= the number of positions).
    private static int[] BuildTable(CandidatePositions positions, int target)
    {
        var count = positions.Count;
        var width = target + 1;
        var next = new int[(count + 1) * width];
        next.AsSpan(count * width, width).Fill(count);
        for (var p = count - 1; p >= 0; p--)
        {
            var value = positions.Values[p];
            var row = p * width;
            var childRow = positions.ChildRow[p];
            var siblingRow = positions.SiblingRow[p];

            // Below the value, p cannot start r; at the value it ends it; above, the rest must be makeable
            // from p's children (for I, p itself again: same row, smaller remainder, already filled).
            next.AsSpan(siblingRow + 1, Math.Min(value - 1, target)).CopyTo(next.AsSpan(row + 1));
            if (value <= target)
            {
                next[row + value] = p;
            }

            for (var r = value + 1; r <= target; r++)
            {
                next[row + r] = next[childRow + r - value] != count ? p : next[siblingRow + r];
            }
        }

        return next;
    }

    private static int[][] Walk(CandidatePositions positions, int target, int[] next, int[][] result)
    {
        var values = positions.Values;
        var childRow = positions.ChildRow;
        var siblingRow = positions.SiblingRow;
        var none = positions.Count;

        // The combination so far, and per node on the path (frame k is the node at depth k): the
        // position of its last value and the remainder its parent had, to find its next sibling.
        var path = new int[InitialDepth];
        var positionAt = new int[InitialDepth + 1];
        var remainingAt = new int[InitialDepth + 1];
        var depth = 0;
        var remaining = target;
        var p = next[remaining];
        var filled = 0;
        while (true)
        {
            // Enter the child at position p of the node at `depth`: it is known to lead to a combination.
            var value = values[p];
            if (depth == path.Length)
            {
                Array.Resize(ref path, 2 * depth);
                Array.Resize(ref positionAt, (2 * depth) + 1);
                Array.Resize(ref remainingAt, (2 * depth) + 1);
            }

            path[depth] = value;
            if (value == remaining)
            {
                // A combination. It is the node's last child (any later one would be larger than the
                // remainder), so the node is finished as well: climb to the nearest ancestor with
                // another productive child, without entering the leaf.
                result[filled++] = path.AsSpan(0, depth + 1).ToArray();
                do
                {
                    if (depth == 0)
                    {
                        return result;
                    }

                    p = next[siblingRow[positionAt[depth]] + remainingAt[depth]];
                    remaining = remainingAt[depth];
                    depth--;
                }
                while (p == none);
                continue;
            }

            depth++;
            positionAt[depth] = p;
            remainingAt[depth] = remaining;
            remaining -= value;
            p = next[childRow[p] + remaining];
        }
    }
}
