namespace Katas.CombinationSum.Solutions;

/// <summary>
/// The search over runs of equal values, as a loop: a node takes several copies of one value at once,
/// so the walk's stack holds one frame per distinct value of the combination in the making, not one per
/// element, and a combination of a billion ones is one frame deep.
/// </summary>
/// <remarks>
/// <para>
/// A node is a combination in the making; its children take m copies (m ≥ 1, as many as the run allows
/// and the remainder holds, the most first) of one larger value. A value larger than the remainder ends
/// the children (the <c>break</c> prune), and when no later value fits the remainder, only an exact
/// multiple of the last one can finish it, so that child is looked up rather than searched for.
/// </para>
/// <para>
/// Time O(S), S the nodes of the search tree, dead branches included (the same nodes as backtracking
/// one element at a time, grouped by their last run); extra space O(min(d, √T)), d the number of runs.
/// </para>
/// </remarks>
internal static class RunWalk
{
    private const int MaxDepth = 1 << 16;

    /// <summary>What the walk does at each combination it finds.</summary>
    internal interface IVisitor
    {
        /// <summary>Visits one combination: the runs it takes, in increasing order, and its length.</summary>
        /// <returns><see langword="false"/> to stop the walk.</returns>
        bool Leaf(ReadOnlySpan<Frame> combination, long length);
    }

    /// <summary>Visits every combination of <paramref name="runs"/> that sums to <paramref name="target"/>, until the visitor says stop.</summary>
    public static void Visit<TVisitor>(CandidateRuns runs, int target, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        if (target == 0)
        {
            visitor.Leaf([], 0);
            return;
        }

        var values = runs.Values;
        var copies = runs.Copies;
        var count = runs.Count;

        // frames[0..depth) is the path to the current node: the run and the copies each step took. Its
        // runs are distinct values that sum to at most the target, so there are fewer than √(2T) + 1 of
        // them (1 + 2 + … + k ≤ T), which is below 2¹⁶.
        var frames = new Frame[Math.Min(count, MaxDepth) + 1];
        var depth = 0;
        var remaining = target;
        var length = 0L;
        var run = 0;
        while (true)
        {
            // The node's children, from `run` on.
            if (run < count && values[run] <= remaining)
            {
                var value = values[run];
                var most = Math.Min(copies[run], remaining / value);
                if (run + 1 == count || values[run + 1] > remaining)
                {
                    // No later value fits: only remaining ÷ value copies of this one finish the node.
                    if (remaining % value == 0 && remaining / value == most)
                    {
                        frames[depth] = new Frame(run, most);
                        if (!visitor.Leaf(frames.AsSpan(0, depth + 1), length + most))
                        {
                            return;
                        }
                    }
                }
                else
                {
                    frames[depth++] = new Frame(run, most);
                    remaining -= most * value;
                    length += most;
                    if (remaining != 0)
                    {
                        run++;
                        continue;
                    }

                    if (!visitor.Leaf(frames.AsSpan(0, depth), length))
                    {
                        return;
                    }
                }
            }

            // The node is finished: its next sibling takes one copy fewer, and after one copy comes the
            // parent's next run.
            if (depth == 0)
            {
                return;
            }

            ref var top = ref frames[depth - 1];
            remaining += values[top.Run];
            length--;
            run = top.Run + 1;
            if (--top.Copies == 0)
            {
                depth--;
            }
        }
    }

    /// <summary>One step of a path: <see cref="Copies"/> copies of the value of run <see cref="Run"/>.</summary>
    internal struct Frame(int run, int copies)
    {
        /// <summary>The run's index in <see cref="CandidateRuns.Values"/>.</summary>
        public readonly int Run = run;

        /// <summary>The number of copies taken.</summary>
        public int Copies = copies;
    }
}
