namespace Katas.Benchmarks.MaximumGap;

/// <summary>How the benchmark input's values are drawn.</summary>
public enum Distribution
{
    /// <summary>Uniform over the whole int range: about n buckets, a third of them empty; successive values land in unrelated blocks.</summary>
    Uniform,

    /// <summary>Uniform over 0..1 000, so mostly duplicates: buckets of width 1, a byte map of 1 001 flags for the fast solution.</summary>
    SmallRange,

    /// <summary>99 % in a band of 65 536 values near 0, 1 % anywhere: the range is the whole int range but almost every value shares a block with the last.</summary>
    Skewed,

    /// <summary>Uniform over the whole int range, then sorted ascending: introsort's friendliest input; the partition writes sequentially.</summary>
    Sorted,
}
