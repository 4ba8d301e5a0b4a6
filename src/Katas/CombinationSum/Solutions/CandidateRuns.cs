namespace Katas.CombinationSum.Solutions;

/// <summary>
/// The candidates as runs: their distinct values in increasing order, each with the number of copies a
/// combination may use. Both problems become one: Combination Sum I allows ⌊target ÷ v⌋ copies of v
/// (no combination can hold more), Combination Sum II allows as many as the input holds (and no more
/// than ⌊target ÷ v⌋).
/// </summary>
internal sealed class CandidateRuns
{
    private CandidateRuns(int[] values, int[] copies)
    {
        Values = values;
        Copies = copies;
    }

    /// <summary>Gets the distinct candidates that are at most the target, in increasing order.</summary>
    public int[] Values { get; }

    /// <summary>Gets, for each value, how many copies a combination may use (at least 1).</summary>
    public int[] Copies { get; }

    /// <summary>Gets the number of runs.</summary>
    public int Count => Values.Length;

    /// <summary>Sorts a copy of the candidates (never the caller's data) and groups equal values.</summary>
    /// <param name="candidates">Positive candidates, already validated.</param>
    /// <param name="target">The target, 0 or more.</param>
    /// <param name="unlimited">Whether each value may be used any number of times (Combination Sum I).</param>
    public static CandidateRuns Build(ReadOnlySpan<int> candidates, int target, bool unlimited)
    {
        // A candidate above the target can never be used: dropping it keeps the runs (and any table
        // over them) independent of how large the unusable values are.
        var usable = new int[candidates.Length];
        var n = 0;
        foreach (var candidate in candidates)
        {
            if (candidate <= target)
            {
                usable[n++] = candidate;
            }
        }

        Array.Sort(usable, 0, n);
        var values = new List<int>();
        var copies = new List<int>();
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && usable[end] == usable[start])
            {
                end++;
            }

            var value = usable[start];
            values.Add(value);
            copies.Add(unlimited ? target / value : Math.Min(end - start, target / value));
            start = end;
        }

        return new CandidateRuns([.. values], [.. copies]);
    }
}
