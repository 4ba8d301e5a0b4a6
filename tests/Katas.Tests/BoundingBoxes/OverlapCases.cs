using FsCheck;
using FsCheck.Fluent;
using Katas.BoundingBoxes;

namespace Katas.Tests.BoundingBoxes;

/// <summary>One overlap measure between two boxes.</summary>
public sealed record OverlapPair(OverlapKind Kind, Box A, Box B)
{
    /// <summary>Pairs at every magnitude, mostly overlapping, degenerate boxes included.</summary>
    public static Arbitrary<OverlapPair> Any { get; } =
        (from frame in BoxGen.Frames
         from a in BoxGen.BoxIn(frame)
         from b in Gen.Frequency((3, BoxGen.Near(a, frame)), (1, BoxGen.BoxIn(frame)))
         from kind in Gen.Elements(Enum.GetValues<OverlapKind>())
         select new OverlapPair(kind, a, b)).ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}, a = {BoxGen.Show([A])}, b = {BoxGen.Show([B])}";
}

/// <summary>An overlap matrix: rows <see cref="A"/>, columns <see cref="B"/>.</summary>
public sealed record MatrixCase(OverlapKind Kind, Box[] A, Box[] B)
{
    /// <summary>Up to 12 × 21 boxes of one frame in clusters: every vector width and tail, and tiny rows where the frame is tiny.</summary>
    public static Arbitrary<MatrixCase> Any { get; } = Arb.From(
        from frame in BoxGen.Frames
        from a in BoxGen.Clustered(frame, 12)
        from b in BoxGen.Clustered(frame, 21)
        from kind in Gen.Elements(Enum.GetValues<OverlapKind>())
        select new MatrixCase(kind, a, b),
        Shrink);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}, a = {BoxGen.Show(A)}, b = {BoxGen.Show(B)}";

    private static IEnumerable<MatrixCase> Shrink(MatrixCase c) =>
        BoxGen.ShrinkArray(c.A).Select(a => c with { A = a })
            .Concat(BoxGen.ShrinkArray(c.B).Select(b => c with { B = b }));
}
