namespace Katas.Tools.Tests.Probing;

/// <summary>O(n): ((Σv)² − Σv²) / 2.</summary>
public sealed class LinearPairSum : IPairSum
{
    public long PairSum(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);

        long sum = 0, squares = 0;
        foreach (var v in values)
        {
            sum += v;
            squares += (long)v * v;
        }

        return ((sum * sum) - squares) / 2;
    }
}
