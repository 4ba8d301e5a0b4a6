using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.Geometry;

namespace Katas.Benchmarks.Geometry;

/// <summary>
/// <see cref="IPlanarGeometry.ConvexHull"/> of n random points. The <c>Limit</c> reference reads every
/// point once, in one vectorised pass, and writes a fresh array of as many points as the hull has
/// (<see cref="LimitTraffic.Output{T}"/>): every hull algorithm must read every point and return its
/// vertices. (Not a sort: the hull needs to sort only the points that survive its discard pass.)
/// </summary>
/// <remarks>
/// The coordinates are integers below 2²⁴ in magnitude, stored as doubles, so that every cross product
/// the check below computes is exact in double arithmetic (differences below 2²⁵, products below 2⁵⁰):
/// the check needs no exact arithmetic, and an EPS solution has no excuse for a different hull.
/// </remarks>
public class ConvexHullBenchmarks : KataBenchmark<IPlanarGeometry>
{
    private const int Radius = 1 << 24;

    private Vec2[] _points = [];
    private Func<Vec2[]> _run = () => [];

    [Params(
        100_000,    // 1.6 MB of points: fits in L2/L3
        1_000_000)] // 16 MB: the discard pass streams from memory
    public int N { get; set; }

    [Params(
        HullInput.Square, // few hull vertices; the discard pass leaves almost nothing to sort
        HullInput.Disk)]  // hundreds of hull vertices; a third of the points are sorted
    public HullInput Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _points = Points(N, Shape);
        if (IsLimit)
        {
            // The Limit writes as many vertices as the hull has: the oracle's, checked like any solution's.
            var oracle = Contract.Create(Contract.Find(Contract.Oracle).Name).ConvexHull(_points);
            Verify(oracle);
            var vertices = oracle.Length;
            _run = () => LimitTraffic.Output<Vec2>(_points, vertices);
            return;
        }

        var subject = CreateSubject();
        _run = () => subject.ConvexHull(_points);
        Verify(_run());
    }

    [Benchmark]
    public Vec2[] ConvexHull() => _run();

    private static Vec2[] Points(int n, HullInput shape)
    {
        var random = new Random(InputData.Seed);
        var points = new Vec2[n];
        for (var i = 0; i < n; i++)
        {
            Vec2 p;
            do
            {
                p = new(random.Next(-Radius, Radius), random.Next(-Radius, Radius));
            }
            while (shape == HullInput.Disk && p.X * p.X + p.Y * p.Y >= (double)Radius * Radius);

            points[i] = p;
        }

        return points;
    }

    // The hull is right when it starts at the lowest-then-leftmost point, turns strictly left at every
    // vertex, has every input point inside or on it, and uses only input points: then it is exactly the
    // set of extreme points in order. O(n·h) exact cross products.
    private void Verify(Vec2[] hull)
    {
        var start = _points.MinBy(p => (p.Y, p.X));
        Check(hull.Length >= 3 && hull[0] == start, $"starts at {(hull.Length > 0 ? hull[0] : "nothing")} with {hull.Length} vertices; expected {start} and at least 3");
        var inputs = _points.ToHashSet();
        for (var i = 0; i < hull.Length; i++)
        {
            var (a, b, c) = (hull[i], hull[(i + 1) % hull.Length], hull[(i + 2) % hull.Length]);
            Check(inputs.Contains(a), $"vertex {i}, {a}, is not an input point");
            Check(Cross(a, b, c) > 0, $"does not turn strictly left at {b}");
        }

        foreach (var p in _points)
        {
            for (var i = 0; i < hull.Length; i++)
            {
                if (Cross(hull[i], hull[(i + 1) % hull.Length], p) < 0)
                {
                    Check(false, $"leaves {p} outside edge {hull[i]} → {hull[(i + 1) % hull.Length]}");
                }
            }
        }
    }

    private static double Cross(Vec2 a, Vec2 b, Vec2 c) => (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);

    private void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{Implementation}'s hull of {N} {Shape} points {problem}.");
        }
    }
}
