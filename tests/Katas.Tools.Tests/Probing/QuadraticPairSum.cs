namespace Katas.Tools.Tests.Probing;

/// <summary>O(n²): every pair.</summary>
public sealed class QuadraticPairSum : IPairSum
{
    public long PairSum(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);

        long total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = i + 1; j < values.Length; j++)
            {
                total += (long)values[i] * values[j];
            }
        }

        return total;
    }
}
