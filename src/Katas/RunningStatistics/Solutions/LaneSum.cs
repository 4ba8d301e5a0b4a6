using System.Runtime.CompilerServices;

namespace Katas.RunningStatistics.Solutions;

/// <summary>A plain sum in 4 × <c>T.Count</c> independent lanes: the first pass of the blocked solutions.</summary>
internal static class LaneSum
{
    /// <summary>Σ of <paramref name="length"/> values from <paramref name="source"/>, four vector accumulators, then the tail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of<T>(ref double source, nuint length)
        where T : struct, ILanes<T>
    {
        var width = (nuint)T.Count;
        T a0 = T.Zero, a1 = T.Zero, a2 = T.Zero, a3 = T.Zero;
        nuint i = 0;
        for (; i + (4 * width) <= length; i += 4 * width)
        {
            a0 += T.Load(ref source, i);
            a1 += T.Load(ref source, i + width);
            a2 += T.Load(ref source, i + (2 * width));
            a3 += T.Load(ref source, i + (3 * width));
        }

        for (; i + width <= length; i += width)
        {
            a0 += T.Load(ref source, i);
        }

        var sum = T.Sum((a0 + a1) + (a2 + a3));
        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref source, i);
        }

        return sum;
    }
}
