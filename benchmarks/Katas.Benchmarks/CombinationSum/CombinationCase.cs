namespace Katas.Benchmarks.CombinationSum;

/// <summary>
/// A benchmark input with what the definition says about its answer: the number of combinations and
/// the bytes their arrays take, by dynamic programming over (sum, length), and a check of any answer.
/// </summary>
public sealed class CombinationCase
{
    private CombinationCase(int[] candidates, int target, bool unlimited)
    {
        Candidates = candidates;
        Target = target;
        Unlimited = unlimited;
        CountsByLength = Measure(candidates, target, unlimited);
        Count = CountsByLength.Sum();
        AnswerBytes = CountsByLength.Select((count, length) => count * (24 + (((4L * length) + 7) / 8 * 8))).Sum();
    }

    /// <summary>Gets the candidates.</summary>
    public int[] Candidates { get; }

    /// <summary>Gets the target.</summary>
    public int Target { get; }

    /// <summary>Gets whether each value may be used any number of times (I) or as often as it occurs (II).</summary>
    public bool Unlimited { get; }

    /// <summary>Gets the number of combinations.</summary>
    public long Count { get; }

    /// <summary>Gets the number of combinations of each length (the index).</summary>
    public IReadOnlyList<long> CountsByLength { get; }

    /// <summary>Gets the bytes of the combinations' arrays on 64-bit .NET: 24 bytes of header and length, then the values rounded up to 8 bytes.</summary>
    public long AnswerBytes { get; }

    /// <summary>The case for a Combination Sum I input.</summary>
    public static CombinationCase For(CombinationSumInput input) => input switch
    {
        CombinationSumInput.From2To40 => new([.. Enumerable.Range(2, 39)], 40, unlimited: true),
        CombinationSumInput.From1To40 => new([.. Enumerable.Range(1, 40)], 40, unlimited: true),
        CombinationSumInput.EvensAnd41 => new([.. Enumerable.Range(1, 20).Select(i => 2 * i), 41], 81, unlimited: true),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Unknown input."),
    };

    /// <summary>The case for a Combination Sum II input.</summary>
    public static CombinationCase For(CombinationSum2Input input) => input switch
    {
        CombinationSum2Input.From1To50 => new([.. Enumerable.Range(1, 50)], 30, unlimited: false),
        CombinationSum2Input.From1To30Twice => new([.. Enumerable.Range(1, 30), .. Enumerable.Range(1, 30)], 30, unlimited: false),
        CombinationSum2Input.OnesAndTwos => new([.. Enumerable.Repeat(1, 50), .. Enumerable.Repeat(2, 50)], 30, unlimited: false),
        CombinationSum2Input.EvenPairsAnd41 => new([.. Enumerable.Range(1, 20).SelectMany(i => new[] { 2 * i, 2 * i }), 41], 61, unlimited: false),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Unknown input."),
    };

    /// <summary>The case for a benchmark's <c>Input</c> parameter, whichever problem it belongs to.</summary>
    public static CombinationCase? For(object? input) => input switch
    {
        CombinationSumInput one => For(one),
        CombinationSum2Input two => For(two),
        _ => null,
    };

    /// <summary>
    /// Throws unless <paramref name="answer"/> is the answer: the right number of combinations, each
    /// summing to the target, non-decreasing, made of candidates (within their multiplicities for II),
    /// and no two equal. With the count right, that leaves no combination out.
    /// </summary>
    public void Verify(IReadOnlyList<int[]> answer, string implementation)
    {
        ArgumentNullException.ThrowIfNull(answer);

        if (answer.Count != Count)
        {
            throw new InvalidOperationException($"{implementation} returned {answer.Count} combinations; there are {Count}.");
        }

        var available = Candidates.CountBy(v => v).ToDictionary();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var combination in answer)
        {
            var key = string.Join(",", combination);
            var sum = combination.Sum(v => (long)v);
            var sorted = combination.Zip(combination.Skip(1)).All(p => p.First <= p.Second);
            var allowed = combination.CountBy(v => v).All(p => available.TryGetValue(p.Key, out var have) && (Unlimited || p.Value <= have));
            if (sum != Target || !sorted || !allowed || !seen.Add(key))
            {
                throw new InvalidOperationException(
                    $"{implementation} returned [{key}] for target {Target}: sum {sum}, sorted {sorted}, made of candidates {allowed}, or a repeat.");
            }
        }
    }

    // ways[s, l]: the combinations of l values that sum to s, adding one distinct value at a time.
    private static long[] Measure(int[] candidates, int target, bool unlimited)
    {
        var ways = new long[target + 1, target + 1];
        ways[0, 0] = 1;
        foreach (var (value, occurs) in candidates.CountBy(v => v))
        {
            var copies = unlimited ? target / value : Math.Min(occurs, target / value);
            var before = (long[,])ways.Clone();
            for (var sum = 0; sum <= target; sum++)
            {
                for (var length = 0; length <= target; length++)
                {
                    for (var k = 1; k <= copies && k * value <= sum && k <= length; k++)
                    {
                        ways[sum, length] += before[sum - (k * value), length - k];
                    }
                }
            }
        }

        var counts = new long[target + 1];
        for (var length = 0; length <= target; length++)
        {
            counts[length] = ways[target, length];
        }

        return counts;
    }
}
