namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Sorted backtracking with the <c>break</c> prune, as a loop over runs of equal values instead of
/// recursion: no depth limit, a stack of one frame per distinct value, and one code path for both problems.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm: group the sorted candidates into runs (distinct values, each with the copies a
/// combination may use; see <see cref="CandidateRuns"/>) and walk the search tree with
/// <see cref="RunWalk"/>: a node's children take m copies of one larger value at once, the most first; a
/// value larger than the remainder ends the children (the <c>break</c> prune), and when no later value
/// fits, the one child that can finish the node is computed rather than searched for. Each combination
/// found is written straight from the path, a <see cref="Span{T}.Fill"/> per run.
/// </para>
/// <para>
/// Time O(n log n + S + the total length of the combinations), with S the nodes of the search tree: the
/// nodes of <see cref="SortedBacktracking"/>'s tree, dead branches included, grouped by their last run.
/// Extra space O(n) on the heap, whatever the length of the combinations: a combination of a billion
/// ones is one frame. <see cref="ReachabilityTable"/> falls back to this walk when its table would be too large.
/// </para>
/// <para>
/// Before the walk, the answer is measured (<see cref="AnswerSize"/>): one that is too large to build is
/// refused with <see cref="InsufficientMemoryException"/>, and one that is not gets a list of exactly its size.
/// </para>
/// </remarks>
public sealed class ExplicitStack : ICombinationSum, ICombinationSum2
{
    private readonly long _maxAnswerBytes;

    /// <summary>Creates the solution, with answers limited to the memory available to the garbage collector.</summary>
    public ExplicitStack()
        : this(AnswerSize.AvailableBytes)
    {
    }

    /// <summary>Creates the solution, with answers limited to <paramref name="maxAnswerBytes"/> bytes.</summary>
    /// <param name="maxAnswerBytes">The largest answer to build, counted as 32 bytes per combination and 4 per value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAnswerBytes"/> is negative.</exception>
    public ExplicitStack(long maxAnswerBytes) => _maxAnswerBytes = AnswerSize.ThrowIfInvalidLimit(maxAnswerBytes);

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        var runs = CandidateRuns.Build(candidates, target, unlimited: true);
        return Enumerate(runs, target, AnswerSize.ThrowIfTooLarge(runs, target, _maxAnswerBytes));
    }

    /// <inheritdoc/>
    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target)
    {
        CandidateGuard.ThrowIfInvalid(candidates, target);

        var runs = CandidateRuns.Build(candidates, target, unlimited: false);
        return Enumerate(runs, target, AnswerSize.ThrowIfTooLarge(runs, target, _maxAnswerBytes));
    }

    /// <summary>Every combination of the runs that sums to <paramref name="target"/>, of which there are <paramref name="count"/>.</summary>
    internal static int[][] Enumerate(CandidateRuns runs, int target, int count)
    {
        var builder = new Builder(runs.Values, new int[count][]);
        RunWalk.Visit(runs, target, ref builder);
        return builder.Result;
    }

    // Copies each combination out of the walk's path into an array of its own.
    private struct Builder(int[] values, int[][] result) : RunWalk.IVisitor
    {
        private int _filled;

        public readonly int[][] Result => result;

        public bool Leaf(ReadOnlySpan<RunWalk.Frame> combination, long length)
        {
            var array = GC.AllocateUninitializedArray<int>((int)length);
            var at = 0;
            foreach (var frame in combination)
            {
                array.AsSpan(at, frame.Copies).Fill(values[frame.Run]);
                at += frame.Copies;
            }

            result[_filled++] = array;
            return true;
        }
    }
}
