using System.Buffers;

namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Enumeration that never enters a dead branch: a table over (position, remainder), built first, names
/// the next child that can still reach the target, so every step of the walk leads to a combination
/// and the work is proportional to the output.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: sort a copy of the candidates into positions (see <see cref="CandidatePositions"/>): for
/// I one per distinct value, for II one per usable copy. A combination is a path of positions that
/// never goes backwards; after position p come p's children (p again for I, p + 1 for II) and, at the
/// same depth, the first position of the next larger value (equal values at one depth would repeat a
/// combination). Then, from the last position to the first and for every remainder r from 1 to the
/// target T, the jump table
/// </para>
/// <para>
/// <c>next[p, r]</c> = p when v_p = r, or when v_p &lt; r and <c>next[child(p), r − v_p]</c> is not
/// "none"; otherwise <c>next[sibling(p), r]</c>.
/// </para>
/// <para>
/// So <c>next[p, r]</c> is the first position from p on that starts a way to make r: the dead
/// positions in between are jumped over without being looked at. A 1-D coin-change count
/// (<see cref="AnswerSize"/>: sliding windows for bounded copies, saturating) gives the number of
/// combinations first, so that the result is one exactly-sized array. The walk runs on an explicit stack: it enters <c>next[child(p), r]</c>,
/// and on the way back the parent's next child is <c>next[sibling(p), r']</c>. A child whose value
/// equals the remainder is a combination, and the last child of its node (any later one is larger),
/// so it is copied out without being entered.
/// </para>
/// <para>
/// Time O(n log n + P·T + the total length of the combinations), P the number of positions (for I the
/// distinct values, for II the usable copies, both at most n); extra space O(P·T) for the table,
/// rented from the array pool. When it would exceed <see cref="TableBudget"/> cells (targets in the
/// hundreds of thousands and up), it falls back to <see cref="ExplicitStack"/>'s walk, which is correct
/// but may enter dead branches. An answer too large to build (more than <see cref="Array.MaxLength"/>
/// combinations, or more bytes than the limit) is refused up front with <see cref="InsufficientMemoryException"/>.
/// </para>
/// </remarks>
public sealed class ReachabilityTable : ICombinationSum, ICombinationSum2
{
    /// <summary>The largest number of (position, remainder) cells the table may have: 4 MB of them.</summary>
    internal const int TableBudget = 1 << 20;

    private const int InitialDepth = 16;

    private readonly long _maxAnswerBytes;

    /// <summary>Creates the solution, with answers limited to the memory available to the garbage collector.</summary>
    public ReachabilityTable()
        : this(AnswerSize.AvailableBytes)
    {
    }

    /// <summary>Creates the solution, with answers limited to <paramref name="maxAnswerBytes"/> bytes.</summary>
    /// <param name="maxAnswerBytes">The largest answer to build, counted as 32 bytes per combination and 4 per value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAnswerBytes"/> is negative.</exception>
    public ReachabilityTable(long maxAnswerBytes) => _maxAnswerBytes = AnswerSize.ThrowIfInvalidLimit(maxAnswerBytes);

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

    private int[][] Enumerate(CandidateRuns runs, int target, bool unlimited)
    {
        var count = AnswerSize.ThrowIfTooLarge(runs, target, _maxAnswerBytes);
        if (count == 0)
        {
            return [];
        }

        if (target == 0)
        {
            return [[]];
        }

        if ((CandidatePositions.CountFor(runs, unlimited) + 1) * (target + 1L) > TableBudget)
        {
            return ExplicitStack.Enumerate(runs, target, count);
        }

        var positions = CandidatePositions.Create(runs, unlimited, target + 1);
        var next = BuildTable(positions, target);
        try
        {
            return Walk(positions, target, next, new int[count][]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
        }
    }

    // next[p·(T+1) + r] as described in the remarks, with a last row of "none" (= the number of positions).
    private static int[] BuildTable(CandidatePositions positions, int target)
    {
        var count = positions.Count;
        var width = target + 1;
        // Rented: every cell the walk reads (remainder ≥ 1) is written below; column 0 is never read.
        var next = ArrayPool<int>.Shared.Rent((count + 1) * width);
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
