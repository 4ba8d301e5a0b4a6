namespace Katas.CombinationSum.Solutions;

/// <summary>
/// The states of <see cref="ReachabilityTable"/>'s search: one position per value a combination may
/// take next, with the table rows its children and its next sibling start from.
/// </summary>
/// <remarks>
/// For I a position is a distinct value: after taking it, the same value may follow (child row = its
/// own row) and the next sibling is the next larger value. For II a run of m usable copies becomes m
/// positions, one per copy: after taking a copy, the next copy may follow (child row = the next
/// position) and the next sibling skips the rest of the run (equal values at the same depth would
/// repeat a combination). Either way, a combination is a path whose positions never go backwards.
/// </remarks>
internal sealed class CandidatePositions
{
    private CandidatePositions(int[] values, int[] childRow, int[] siblingRow)
    {
        Values = values;
        ChildRow = childRow;
        SiblingRow = siblingRow;
    }

    /// <summary>Gets the value at each position, in non-decreasing order.</summary>
    public int[] Values { get; }

    /// <summary>Gets, per position, the offset of the table row its first child is looked up in.</summary>
    public int[] ChildRow { get; }

    /// <summary>Gets, per position, the offset of the table row its next sibling is looked up in.</summary>
    public int[] SiblingRow { get; }

    /// <summary>Gets the number of positions, which is also the table's "none".</summary>
    public int Count => Values.Length;

    /// <summary>The number of positions <see cref="Create"/> would make, without making them.</summary>
    public static long CountFor(CandidateRuns runs, bool unlimited) =>
        unlimited ? runs.Count : runs.Copies.Sum(c => (long)c);

    /// <summary>Lays out the positions of <paramref name="runs"/> for rows of <paramref name="width"/> cells.</summary>
    public static CandidatePositions Create(CandidateRuns runs, bool unlimited, int width)
    {
        var count = (int)CountFor(runs, unlimited);
        var values = new int[count];
        var childRow = new int[count];
        var siblingRow = new int[count];
        var p = 0;
        for (var j = 0; j < runs.Count; j++)
        {
            var positionsOfRun = unlimited ? 1 : runs.Copies[j];
            var end = p + positionsOfRun;
            for (; p < end; p++)
            {
                values[p] = runs.Values[j];
                childRow[p] = (unlimited ? p : p + 1) * width;
                siblingRow[p] = end * width;
            }
        }

        return new CandidatePositions(values, childRow, siblingRow);
    }
}
