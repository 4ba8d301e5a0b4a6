namespace Katas.Benchmarks.CombinationSum;

/// <summary>The Combination Sum I benchmark inputs, each with a known number of combinations.</summary>
public enum CombinationSumInput
{
    /// <summary>Candidates 2..40, target 40: the partitions of 40 without a 1, 6 153 combinations.</summary>
    From2To40,

    /// <summary>Candidates 1..40, target 40: every partition of 40, 37 338 combinations of 441 546 values in all.</summary>
    From1To40,

    /// <summary>
    /// Candidates 2, 4, …, 40 and 41, target 81: 627 combinations (41 plus a partition of 40 into even
    /// parts), hidden among the ~10⁵ sequences of even parts that can never reach an odd target.
    /// </summary>
    EvensAnd41,
}
