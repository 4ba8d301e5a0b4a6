namespace Katas.Tools.Tests.Probing;

/// <summary>Right on small inputs, wrong from 10 000 values on: what only a large input exposes.</summary>
public sealed class WrongWhenLargePairSum : IPairSum
{
    public long PairSum(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);

        return new LinearPairSum().PairSum(values) + (values.Length >= 10_000 ? 1 : 0);
    }
}
