using Katas.Discovery;
using Katas.Geometry.Solutions;

namespace Katas.Geometry;

/// <summary>The planar vector geometry kata: EPS comparisons, vectors, and exact predicates beside them.</summary>
public sealed class GeometryKata : KataDefinition
{
    // One call of every operation on a tiny valid input.
    private static readonly Action<IPlanarGeometry>[] Operations =
    [
        g => g.Sign(1),
        g => g.Compare(1, 2),
        g => g.Dot(new(1, 0), new(0, 1)),
        g => g.Cross(new(1, 0), new(0, 1)),
        g => g.Length(new(3, 4)),
        g => g.Angle(new(1, 0), new(0, 1)),
        g => g.Rotate(new(1, 0), 1),
        g => g.Project(new(1, 1), new(1, 0)),
        g => g.Orientation(new(0, 0), new(1, 0), new(0, 1)),
        g => g.OnSegment(new(1, 0), new(0, 0), new(2, 0)),
        g => g.SegmentsIntersect(new(0, 0), new(2, 2), new(0, 2), new(2, 0)),
        g => g.LineIntersection(new(0, 0), new(2, 2), new(0, 2), new(2, 0)),
        g => g.DistanceToSegment(new(1, 1), new(0, 0), new(2, 0)),
        g => g.PolygonArea([new(0, 0), new(1, 0), new(0, 1)]),
        g => g.ConvexHull([new(0, 0), new(1, 0), new(0, 1)]),
    ];

    /// <inheritdoc/>
    public override string Title => "Planar Geometry: EPS and Exact Predicates";

    /// <inheritdoc/>
    public override int Order => 4;

    /// <inheritdoc/>
    public override IReadOnlyList<Contract> Contracts { get; } =
    [
        Contract.For<IPlanarGeometry>(
            probe: Probes.AnyOf(Operations),
            oracle: typeof(ExactGeometry),
            baseline: typeof(EpsilonGeometry)),
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// The hull of n random points with integer coordinates below 2²⁰: every orientation is exact in
    /// doubles there, so EPS and exact predicates agree, and the probe times the algorithm alone.
    /// </remarks>
    public override IReadOnlyList<ScalingProbe> Scaling { get; } =
    [
        new ScalingProbe<IPlanarGeometry, Vec2[], Vec2[]>
        {
            Operation = nameof(IPlanarGeometry.ConvexHull),
            Axis = "n",
            Aim = "n log n",
            AimExponent = 1,
            Sizes = [1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18],
            Input = HullPoints,
            Run = (g, points) => g.ConvexHull(points),
            Rival = typeof(ExactGeometry),
        },
    ];

    private static Vec2[] HullPoints(int n)
    {
        var coordinates = ProbeData.Ints(2 * n, seed: 2024, min: 0, max: (1 << 20) - 1);
        return Enumerable.Range(0, n).Select(i => new Vec2(coordinates[2 * i], coordinates[(2 * i) + 1])).ToArray();
    }
}
