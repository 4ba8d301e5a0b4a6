namespace Katas.Tools.Tests.Probing;

/// <summary>A contract written for the probe's tests: the sum of <c>values[i] · values[j]</c> over all pairs i &lt; j.</summary>
public interface IPairSum
{
    long PairSum(int[] values);
}
