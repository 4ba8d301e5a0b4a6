using System.Buffers;
using System.Runtime.CompilerServices;

namespace Katas.CombinationSum.Solutions;

/// <summary>
/// Measures an answer before it is built, and refuses one that cannot be: more than
/// <see cref="Array.MaxLength"/> combinations, a combination longer than that, or more bytes than the
/// caller allows (by default the memory available to the garbage collector).
/// </summary>
/// <remarks>
/// <para>
/// The bytes of an answer are counted as <see cref="BytesPerCombination"/> per combination (an
/// <c>int[]</c>'s header and length, and its reference in the list) and <see cref="BytesPerValue"/> per value.
/// </para>
/// <para>
/// Two ways to count, both exact. For targets below <see cref="TableRemainders"/> (and d·(T + 1) up to
/// <see cref="TableCells"/>), a coin-change table over remainders: per run of value v with c copies,
/// ways'[r] = Σ_{k ≤ c} ways[r − kv] and values'[r] = Σ_{k ≤ c} (values[r − kv] + k·ways[r − kv]), as
/// windows slid down each residue class mod v, in place. Counts saturate at <see cref="long.MaxValue"/>;
/// the windows add at most T + 1 saturated terms, with weights at most T, so they are exact in
/// <see cref="Int128"/> and so are the saturated results. Time O(d·T), extra space O(T). Beyond that, the
/// <see cref="RunWalk"/> counts the combinations one by one without building them, and stops at the first
/// one past a limit: time O(S) for an answer that fits, and less for one that does not; extra space
/// O(min(d, √T)).
/// </para>
/// </remarks>
internal static class AnswerSize
{
    /// <summary>The bytes an answer costs per combination: a 24-byte array header and an 8-byte reference.</summary>
    public const long BytesPerCombination = 32;

    /// <summary>The bytes an answer costs per value.</summary>
    public const long BytesPerValue = sizeof(int);

    /// <summary>The bound (exclusive) on the targets counted with the table: arrays of up to 8 MB.</summary>
    internal const int TableRemainders = 1 << 20;

    /// <summary>The largest number of (run, remainder) cells counted with the table.</summary>
    internal const long TableCells = 1 << 24;

    /// <summary>The memory the garbage collector can use: the default limit on an answer's bytes.</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Throws unless <paramref name="maxBytes"/> is a valid limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    public static long ThrowIfInvalidLimit(long maxBytes, [CallerArgumentExpression(nameof(maxBytes))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes, paramName);

        return maxBytes;
    }

    /// <summary>
    /// Returns the number of combinations of <paramref name="runs"/> that make <paramref name="target"/>,
    /// after checking that the answer can be built within <paramref name="maxBytes"/>.
    /// </summary>
    /// <exception cref="InsufficientMemoryException">The answer is too large to build.</exception>
    public static int ThrowIfTooLarge(CandidateRuns runs, int target, long maxBytes)
    {
        if (target < TableRemainders && (long)runs.Count * (target + 1) <= TableCells)
        {
            var (combinations, values) = CountWithTable(runs, target);
            if (combinations > Array.MaxLength || TooManyBytes(combinations, values, maxBytes))
            {
                Throw(target, combinations, values, maxBytes, exact: true);
            }

            return (int)combinations;
        }

        var counter = new Counter(maxBytes);
        RunWalk.Visit(runs, target, ref counter);
        if (counter.TooLarge)
        {
            Throw(target, counter.Combinations, counter.Values, maxBytes, exact: false);
        }

        return (int)counter.Combinations;
    }

    private static bool TooManyBytes(long combinations, long values, long maxBytes) =>
        (Int128)combinations * BytesPerCombination + (Int128)values * BytesPerValue > maxBytes;

    private static (long Combinations, long Values) CountWithTable(CandidateRuns runs, int target)
    {
        var width = target + 1;
        var ways = ArrayPool<long>.Shared.Rent(width);
        var values = ArrayPool<long>.Shared.Rent(width);
        try
        {
            ways.AsSpan(0, width).Clear();
            values.AsSpan(0, width).Clear();
            ways[0] = 1;
            for (var j = 0; j < runs.Count; j++)
            {
                AddRun(ways, values, runs.Values[j], runs.Copies[j], target);
            }

            return (ways[target], values[target]);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ways);
            ArrayPool<long>.Shared.Return(values);
        }
    }

    // Along one residue class x_i = ways[ρ + iv]: ways'_i = S0(i) = Σ_{k=0..c} x_{i−k},
    // values'_i = Σ_{k=0..c} y_{i−k} + S1(i) with S1(i) = Σ_{k=0..c} k·x_{i−k}. Sliding down from the top,
    // S0(i−1) = S0(i) − x_i + x_{i−1−c} and S1(i−1) = S1(i) + c·x_{i−1−c} − S0(i) + x_i: every x read is
    // still the old one (only entries above have been overwritten).
    private static void AddRun(long[] ways, long[] values, int value, int copies, int target)
    {
        for (var residue = 0; residue < value && residue <= target; residue++)
        {
            var top = (target - residue) / value;
            Int128 s0 = 0, s1 = 0, sy = 0;
            for (var k = 0; k <= Math.Min(copies, top); k++)
            {
                var r = residue + ((top - k) * value);
                s0 += ways[r];
                s1 += (Int128)k * ways[r];
                sy += values[r];
            }

            for (var i = top; i >= 0; i--)
            {
                var r = residue + (i * value);
                var (x, y) = (ways[r], values[r]);
                var low = i - 1 - copies;
                var (xLow, yLow) = low >= 0 ? (ways[residue + (low * value)], values[residue + (low * value)]) : (0L, 0L);
                ways[r] = Saturate(s0);
                values[r] = Saturate(sy + s1);
                s1 += (Int128)copies * xLow - s0 + x;
                s0 += xLow - x;
                sy += yLow - y;
            }
        }
    }

    private static long Saturate(Int128 value) => value > long.MaxValue ? long.MaxValue : (long)value;

    // `exact` is false when the walk stopped early: the numbers are then lower bounds.
    private static void Throw(int target, long combinations, long values, long maxBytes, bool exact) =>
        throw new InsufficientMemoryException(
            $"The answer for target {target} is too large to build: {Describe(combinations, exact)} combinations with "
            + $"{Describe(values, exact)} values in all, more than an answer may have (at most {Array.MaxLength} combinations "
            + $"of at most {Array.MaxLength} values each, in at most {maxBytes} bytes at {BytesPerCombination} per combination and {BytesPerValue} per value).");

    private static string Describe(long count, bool exact) =>
        count == long.MaxValue ? $"more than {long.MaxValue - 1}" : exact ? $"{count}" : $"at least {count}";

    // Counts the walk's combinations and stops at the first that makes the answer too large.
    private struct Counter(long maxBytes) : RunWalk.IVisitor
    {
        public long Combinations;
        public long Values;
        public bool TooLarge;

        public bool Leaf(ReadOnlySpan<RunWalk.Frame> combination, long length)
        {
            Combinations++;
            Values += length;
            TooLarge = length > Array.MaxLength || Combinations > Array.MaxLength || TooManyBytes(Combinations, Values, maxBytes);
            return !TooLarge;
        }
    }
}
