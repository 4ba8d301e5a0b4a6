using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// The overlap matrix several columns at a time: the boxes of <c>b</c> transposed into one array per
/// coordinate, eight IoUs per <see cref="Vector256{T}"/> of floats, four GIoU/DIoU/CIoU values per vector of
/// doubles.
/// </summary>
/// <remarks>
/// <para>
/// IoU runs in float, which is safe when the union is not tiny. With u = 2⁻²⁴ (float's unit roundoff) the
/// intersection width and height carry one rounding each, the intersection three, the areas (computed in
/// double, then rounded) one; the union is at least half of area(a) + area(b) and the intersection at most
/// the union, so the union's relative error is at most 8u and the quotient's at most 12u: an absolute error
/// below 7.2e-7 for an IoU in [0, 1], inside the contract's 1e-6. That argument needs every intermediate to be
/// a normal float or an exact zero, which holds when the union is at least 2⁻¹⁰⁰ (then an intersection that
/// underflows is negligible against it). So a row whose box of <c>a</c> has an area below 2⁻¹⁰⁰ — a box
/// narrower than about 1e-15 — is computed in double, like the other measures. GIoU's and DIoU's subtractions
/// would double float's error bound and CIoU's too, so they run in double everywhere: correct to about 1e-15,
/// four lanes per vector. CIoU's arctangents depend on one box each, so they are computed once per box, not per pair.
/// </para>
/// <para>
/// Written with <see cref="Vector256{T}"/>: on processors with only 128-bit vectors (ARM64, or x64 without
/// AVX2), .NET runs each operation as two <see cref="Vector128{T}"/> operations; without any vector
/// acceleration the pairwise scalar formulas run.
/// </para>
/// <para>Time O(N·M); extra space O(M) (the transposed columns).</para>
/// </remarks>
public sealed class Vectorized : IBoxOverlap
{
    // 2^-100: rows whose box has a smaller area take the double kernel (see remarks).
    private const double TinyArea = 7.8886090522101181e-31;

    /// <inheritdoc/>
    public float Overlap(OverlapKind kind, Box a, Box b)
    {
        BoxGuard.ThrowIfUndefined(kind);
        BoxGuard.ThrowIfInvalid(a);
        BoxGuard.ThrowIfInvalid(b);

        return BoxMath.Overlap(kind, a, b);
    }

    /// <inheritdoc/>
    public void OverlapMatrix(OverlapKind kind, ReadOnlySpan<Box> a, ReadOnlySpan<Box> b, Span<float> result)
    {
        BoxGuard.CheckMatrix(kind, a, b, result);

        var m = b.Length;
        if (a.Length == 0 || m == 0)
        {
            return;
        }

        if (!Vector128.IsHardwareAccelerated || m < Vector256<float>.Count)
        {
            for (var i = 0; i < a.Length; i++)
            {
                ScalarColumns(kind, a[i], b, 0, result.Slice(i * m, m));
            }

            return;
        }

        var singles = kind == OverlapKind.Iou ? SingleColumns.From(b) : default;
        DoubleColumns doubles = default;
        for (var i = 0; i < a.Length; i++)
        {
            var row = result.Slice(i * m, m);
            if (kind == OverlapKind.Iou && BoxMath.Area(a[i]) >= TinyArea)
            {
                IouRow(a[i], singles, b, row);
            }
            else
            {
                if (doubles.X1 is null)
                {
                    doubles = DoubleColumns.From(b, withAngles: kind == OverlapKind.CompleteIou);
                }

                DoubleRow(kind, a[i], doubles, b, row);
            }
        }
    }

    private static void ScalarColumns(OverlapKind kind, Box a, ReadOnlySpan<Box> b, int from, Span<float> row)
    {
        for (var j = from; j < b.Length; j++)
        {
            row[j] = BoxMath.Overlap(kind, a, b[j]);
        }
    }

    // Eight IoUs per iteration in float (see the remarks for the error bound).
    private static void IouRow(Box a, in SingleColumns b, ReadOnlySpan<Box> boxes, Span<float> row)
    {
        var ax1 = Vector256.Create(a.X1);
        var ay1 = Vector256.Create(a.Y1);
        var ax2 = Vector256.Create(a.X2);
        var ay2 = Vector256.Create(a.Y2);
        var areaA = Vector256.Create((float)BoxMath.Area(a));
        ref var bx1 = ref MemoryMarshal.GetArrayDataReference(b.X1);
        ref var by1 = ref MemoryMarshal.GetArrayDataReference(b.Y1);
        ref var bx2 = ref MemoryMarshal.GetArrayDataReference(b.X2);
        ref var by2 = ref MemoryMarshal.GetArrayDataReference(b.Y2);
        ref var areaB = ref MemoryMarshal.GetArrayDataReference(b.Area);
        ref var output = ref MemoryMarshal.GetReference(row);
        var j = 0;
        for (; j <= row.Length - Vector256<float>.Count; j += Vector256<float>.Count)
        {
            var index = (nuint)j;
            var width = Vector256.MaxNative(
                Vector256.MinNative(ax2, Vector256.LoadUnsafe(ref bx2, index)) - Vector256.MaxNative(ax1, Vector256.LoadUnsafe(ref bx1, index)),
                Vector256<float>.Zero);
            var height = Vector256.MaxNative(
                Vector256.MinNative(ay2, Vector256.LoadUnsafe(ref by2, index)) - Vector256.MaxNative(ay1, Vector256.LoadUnsafe(ref by1, index)),
                Vector256<float>.Zero);
            var intersection = width * height;
            var union = (areaA + Vector256.LoadUnsafe(ref areaB, index)) - intersection;
            (intersection / union).StoreUnsafe(ref output, index);
        }

        ScalarColumns(OverlapKind.Iou, a, boxes, j, row);
    }

    // Eight values per iteration, as two vectors of four doubles narrowed to eight floats.
    private static void DoubleRow(OverlapKind kind, Box a, in DoubleColumns b, ReadOnlySpan<Box> boxes, Span<float> row)
    {
        var row0 = new DoubleRowBox(a);
        ref var output = ref MemoryMarshal.GetReference(row);
        var j = 0;
        for (; j <= row.Length - Vector256<float>.Count; j += Vector256<float>.Count)
        {
            var low = Measure(kind, row0, b, j);
            var high = Measure(kind, row0, b, j + Vector256<double>.Count);
            Vector256.Narrow(low, high).StoreUnsafe(ref output, (nuint)j);
        }

        ScalarColumns(kind, a, boxes, j, row);
    }

    // The operations of BoxMath.Overlap, lane by lane.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Measure(OverlapKind kind, in DoubleRowBox a, in DoubleColumns b, int j)
    {
        var index = (nuint)j;
        var bx1 = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(b.X1), index);
        var by1 = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(b.Y1), index);
        var bx2 = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(b.X2), index);
        var by2 = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(b.Y2), index);
        var areaB = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(b.Area), index);
        var zero = Vector256<double>.Zero;
        var intersection = Vector256.MaxNative(Vector256.MinNative(a.X2, bx2) - Vector256.MaxNative(a.X1, bx1), zero)
            * Vector256.MaxNative(Vector256.MinNative(a.Y2, by2) - Vector256.MaxNative(a.Y1, by1), zero);
        var union = (a.Area + areaB) - intersection;
        var iou = Vector256.ConditionalSelect(Vector256.GreaterThan(union, zero), intersection / union, zero);
        if (kind == OverlapKind.Iou)
        {
            return iou;
        }

        var width = Vector256.MaxNative(a.X2, bx2) - Vector256.MinNative(a.X1, bx1);
        var height = Vector256.MaxNative(a.Y2, by2) - Vector256.MinNative(a.Y1, by1);
        if (kind == OverlapKind.GeneralizedIou)
        {
            var enclosing = width * height;
            return Vector256.ConditionalSelect(Vector256.GreaterThan(enclosing, zero), iou - ((enclosing - union) / enclosing), iou);
        }

        var half = Vector256.Create(0.5);
        var dx = ((bx1 - a.X1) + (bx2 - a.X2)) * half;
        var dy = ((by1 - a.Y1) + (by2 - a.Y2)) * half;
        var diou = iou - (((dx * dx) + (dy * dy)) / (((width * width) + (height * height)) + Vector256.Create(BoxMath.Eps)));
        if (kind == OverlapKind.DistanceIou)
        {
            return diou;
        }

        var angle = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(b.Angle!), index) - a.Angle;
        var v = Vector256.Create(BoxMath.AspectScale) * (angle * angle);
        var alpha = v / (((Vector256<double>.One - iou) + v) + Vector256.Create(BoxMath.Eps));
        return diou - (alpha * v);
    }

    /// <summary>The columns for the float IoU kernel: one array per coordinate, and the areas rounded to float.</summary>
    private readonly struct SingleColumns
    {
        public float[] X1 { get; init; }

        public float[] Y1 { get; init; }

        public float[] X2 { get; init; }

        public float[] Y2 { get; init; }

        public float[] Area { get; init; }

        public static SingleColumns From(ReadOnlySpan<Box> boxes)
        {
            var columns = new SingleColumns
            {
                X1 = GC.AllocateUninitializedArray<float>(boxes.Length),
                Y1 = GC.AllocateUninitializedArray<float>(boxes.Length),
                X2 = GC.AllocateUninitializedArray<float>(boxes.Length),
                Y2 = GC.AllocateUninitializedArray<float>(boxes.Length),
                Area = GC.AllocateUninitializedArray<float>(boxes.Length),
            };
            for (var j = 0; j < boxes.Length; j++)
            {
                var box = boxes[j];
                (columns.X1[j], columns.Y1[j], columns.X2[j], columns.Y2[j]) = (box.X1, box.Y1, box.X2, box.Y2);
                columns.Area[j] = (float)BoxMath.Area(box);
            }

            return columns;
        }
    }

    /// <summary>The columns for the double kernel, with each box's aspect angle when CIoU needs it.</summary>
    private readonly struct DoubleColumns
    {
        public double[] X1 { get; init; }

        public double[] Y1 { get; init; }

        public double[] X2 { get; init; }

        public double[] Y2 { get; init; }

        public double[] Area { get; init; }

        public double[]? Angle { get; init; }

        public static DoubleColumns From(ReadOnlySpan<Box> boxes, bool withAngles)
        {
            var columns = new DoubleColumns
            {
                X1 = GC.AllocateUninitializedArray<double>(boxes.Length),
                Y1 = GC.AllocateUninitializedArray<double>(boxes.Length),
                X2 = GC.AllocateUninitializedArray<double>(boxes.Length),
                Y2 = GC.AllocateUninitializedArray<double>(boxes.Length),
                Area = GC.AllocateUninitializedArray<double>(boxes.Length),
                Angle = withAngles ? GC.AllocateUninitializedArray<double>(boxes.Length) : null,
            };
            for (var j = 0; j < boxes.Length; j++)
            {
                var box = boxes[j];
                (columns.X1[j], columns.Y1[j], columns.X2[j], columns.Y2[j]) = (box.X1, box.Y1, box.X2, box.Y2);
                columns.Area[j] = BoxMath.Area(box);
                if (columns.Angle is { } angles)
                {
                    angles[j] = BoxMath.AspectAngle(box);
                }
            }

            return columns;
        }
    }

    /// <summary>One box of <c>a</c>, broadcast to every lane.</summary>
    private readonly struct DoubleRowBox(Box box)
    {
        public Vector256<double> X1 { get; } = Vector256.Create((double)box.X1);

        public Vector256<double> Y1 { get; } = Vector256.Create((double)box.Y1);

        public Vector256<double> X2 { get; } = Vector256.Create((double)box.X2);

        public Vector256<double> Y2 { get; } = Vector256.Create((double)box.Y2);

        public Vector256<double> Area { get; } = Vector256.Create(BoxMath.Area(box));

        public Vector256<double> Angle { get; } = Vector256.Create(BoxMath.AspectAngle(box));
    }
}
