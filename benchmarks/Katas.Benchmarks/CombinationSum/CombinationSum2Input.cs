namespace Katas.Benchmarks.CombinationSum;

/// <summary>The Combination Sum II benchmark inputs, each with a known number of combinations.</summary>
public enum CombinationSum2Input
{
    /// <summary>Candidates 1..50, target 30: the partitions of 30 into distinct parts, 296 combinations.</summary>
    From1To50,

    /// <summary>Each of 1..30 twice, target 30: partitions of 30 using each part at most twice, 1 225 combinations.</summary>
    From1To30Twice,

    /// <summary>Fifty 1s and fifty 2s, target 30: 16 combinations, among long runs of equal values.</summary>
    OnesAndTwos,

    /// <summary>Each of 2, 4, …, 40 twice and 41, target 61: 22 combinations among many dead ends of even parts.</summary>
    EvenPairsAnd41,
}
