using Katas.CombinationSum;

namespace Katas.Tests.CombinationSum.Straightforward;

/// <summary>
/// Another plain learner: guards that throw <see cref="ArgumentOutOfRangeException"/> with a message of
/// its own and no <c>ActualValue</c>, then a search over how many copies of each distinct value to take.
/// </summary>
public sealed class CountEachValue : ICombinationSum, ICombinationSum2
{
    public IReadOnlyList<int[]> CombinationSum(ReadOnlySpan<int> candidates, int target) => Solve(candidates, target, bounded: false);

    public IReadOnlyList<int[]> CombinationSum2(ReadOnlySpan<int> candidates, int target) => Solve(candidates, target, bounded: true);

    private static List<int[]> Solve(ReadOnlySpan<int> candidates, int target, bool bounded)
    {
        if (target < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), "The target must not be negative.");
        }

        var counts = new SortedDictionary<int, int>();
        foreach (var candidate in candidates)
        {
            if (candidate < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(candidates), "Every candidate must be positive.");
            }

            counts[candidate] = counts.GetValueOrDefault(candidate) + 1;
        }

        var values = counts.Keys.ToArray();
        var available = counts.Values.ToArray();
        var result = new List<int[]>();
        var taken = new int[values.Length];
        Take(0, target);
        return result;

        void Take(int index, int remainder)
        {
            if (remainder == 0)
            {
                result.Add(values.SelectMany((v, i) => Enumerable.Repeat(v, taken[i])).ToArray());
                return;
            }

            if (index == values.Length || values[index] > remainder)
            {
                return;
            }

            var most = bounded ? Math.Min(available[index], remainder / values[index]) : remainder / values[index];
            for (var copies = most; copies >= 0; copies--)
            {
                taken[index] = copies;
                Take(index + 1, remainder - (copies * values[index]));
            }

            taken[index] = 0;
        }
    }
}
