using FsCheck;
using FsCheck.Fluent;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.SegmentationMetrics;

/// <summary>A valid input of <c>Score</c>: K² non-negative counts, row = true label, column = predicted label.</summary>
public sealed record MatrixCase(long[] Confusion, int ClassCount)
{
    /// <summary>
    /// Small counts, half of them zero, and now and then a whole row or column of zeros: classes absent
    /// from the truth, from the prediction or from both, and the all-zero matrix.
    /// </summary>
    public static Arbitrary<MatrixCase> SmallCounts { get; } =
        Arb.From(Matrices(Gen.Choose(1, 12), Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Choose(1, 50).Select(v => (long)v)))), Shrink);

    /// <summary>Counts anywhere up to <see cref="long.MaxValue"/>, as a matrix summed over a data set may hold: their sums exceed a long.</summary>
    public static Arbitrary<MatrixCase> HugeCounts { get; } =
        Arb.From(
            Matrices(
                Gen.Choose(1, 6),
                Gen.Frequency(
                    (1, Gen.Constant(0L)),
                    (1, Gen.Constant(long.MaxValue)),
                    (2, Gen.Choose(0, int.MaxValue).Select(v => ((long)v << 32) | (uint)v)))),
            Shrink);

    /// <summary>Any class count from 1 to 255, counts up to 10⁶.</summary>
    public static Arbitrary<MatrixCase> AnyClassCount { get; } =
        Arb.From(Matrices(Gen.Choose(1, 255), Gen.Frequency((3, Gen.Constant(0L)), (1, Gen.Choose(1, 1_000_000).Select(v => (long)v)))), Shrink);

    /// <inheritdoc/>
    public override string ToString() => $"confusion = {Generators.Show(Confusion)}, classCount = {ClassCount}";

    /// <summary>n<sub>tp</sub>, the count of pixels of true class <paramref name="t"/> predicted as <paramref name="p"/>.</summary>
    public long this[int t, int p] => Confusion[(t * ClassCount) + p];

    private static Gen<MatrixCase> Matrices(Gen<int> classCounts, Gen<long> counts) =>
        from classCount in classCounts
        from values in counts.ArrayOf(classCount * classCount)
        from emptyRow in Gen.Choose(-classCount, classCount - 1)
        from emptyColumn in Gen.Choose(-classCount, classCount - 1)
        select new MatrixCase(Empty(values, classCount, emptyRow, emptyColumn), classCount);

    // Row and column indices below zero mean "none emptied".
    private static long[] Empty(long[] values, int classCount, int row, int column)
    {
        for (var i = 0; i < classCount; i++)
        {
            if (row >= 0)
            {
                values[(row * classCount) + i] = 0;
            }

            if (column >= 0)
            {
                values[(i * classCount) + column] = 0;
            }
        }

        return values;
    }

    // Fewer classes (the leading rows and columns), then one count halved.
    private static IEnumerable<MatrixCase> Shrink(MatrixCase c)
    {
        var k = c.ClassCount;
        if (k > 1)
        {
            var smaller = new long[(k - 1) * (k - 1)];
            for (var t = 0; t < k - 1; t++)
            {
                Array.Copy(c.Confusion, t * k, smaller, t * (k - 1), k - 1);
            }

            yield return new MatrixCase(smaller, k - 1);
        }

        for (var i = 0; i < c.Confusion.Length && k <= 8; i++)
        {
            if (c.Confusion[i] != 0)
            {
                var simpler = (long[])c.Confusion.Clone();
                simpler[i] /= 2;
                yield return c with { Confusion = simpler };
            }
        }
    }
}
