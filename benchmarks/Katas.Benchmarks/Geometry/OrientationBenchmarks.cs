using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.Geometry;

namespace Katas.Benchmarks.Geometry;

/// <summary>
/// <see cref="IPlanarGeometry.Orientation"/> per call, over 4 096 triples that stay in the L1/L2 caches.
/// The <c>Limit</c> reference reads the triples once, in one vectorised pass
/// (<see cref="LimitTraffic.Read{T}"/>), and returns one number, as the benchmark does: the memory
/// traffic every solution must do. Orientation is compute-bound, so × Limit here measures the
/// arithmetic and the interface call, not memory.
/// </summary>
public class OrientationBenchmarks : KataBenchmark<IPlanarGeometry>
{
    /// <summary>Triples per invocation; the reported times are per triple.</summary>
    public const int Triples = 4096;

    private Vec2[] _a = [];
    private Vec2[] _b = [];
    private Vec2[] _c = [];
    private Func<int> _run = () => 0;

    [Params(
        OrientationInput.Random,           // the filter's fast path: one compare more than the plain sign
        OrientationInput.NearlyCollinear)] // the exact fallback: expansion arithmetic for most triples
    public OrientationInput Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_a, _b, _c) = Input switch
        {
            OrientationInput.Random => RandomTriples(),
            OrientationInput.NearlyCollinear => GridTriples(),
            _ => throw new InvalidOperationException($"Unknown input {Input}."),
        };

        if (IsLimit)
        {
            _run = () => LimitTraffic.Read<Vec2>(_a) ^ LimitTraffic.Read<Vec2>(_b) ^ LimitTraffic.Read<Vec2>(_c);
            return;
        }

        var subject = CreateSubject();
        _run = () => Signs(subject);
        Verify(subject);
    }

    [Benchmark(OperationsPerInvoke = Triples)]
    public int Orientation() => _run();

    private static (Vec2[], Vec2[], Vec2[]) RandomTriples()
    {
        var random = new Random(InputData.Seed);
        Vec2 Next() => new(random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1);
        var (a, b, c) = (new Vec2[Triples], new Vec2[Triples], new Vec2[Triples]);
        for (var i = 0; i < Triples; i++)
        {
            (a[i], b[i], c[i]) = (Next(), Next(), Next());
        }

        return (a, b, c);
    }

    // p = (0.5 + x·u, 0.5 + y·u), 0 ≤ x, y < 256, u = 2⁻⁵³, against q = (12, 12) and r = (24, 24):
    // a fixed-seed sample of 4 096 of the 65 536 grid points.
    private static (Vec2[], Vec2[], Vec2[]) GridTriples()
    {
        var random = new Random(InputData.Seed);
        var unit = Math.ScaleB(1.0, -53);
        var (a, b, c) = (new Vec2[Triples], new Vec2[Triples], new Vec2[Triples]);
        for (var i = 0; i < Triples; i++)
        {
            a[i] = new(0.5 + random.Next(256) * unit, 0.5 + random.Next(256) * unit);
            (b[i], c[i]) = (new(12, 12), new(24, 24));
        }

        return (a, b, c);
    }

    private int Signs(IPlanarGeometry subject)
    {
        var (a, b, c) = (_a, _b, _c);
        var sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += subject.Orientation(a[i], b[i], c[i]);
        }

        return sum;
    }

    // A wrong fast solution must not win. On random points every sign must be the exact one (no
    // tolerance comes near these determinants). On the nearly collinear grid a tolerance may answer 0
    // ("collinear within my tolerance"), but a nonzero answer must be the exact side.
    private void Verify(IPlanarGeometry subject)
    {
        for (var i = 0; i < Triples; i++)
        {
            var expected = ExactSign.Orientation(_a[i], _b[i], _c[i]);
            var actual = subject.Orientation(_a[i], _b[i], _c[i]);
            var acceptable = actual == expected || (Input == OrientationInput.NearlyCollinear && actual == 0);
            if (!acceptable)
            {
                throw new InvalidOperationException(
                    $"{Implementation} is wrong on {Input} triple {i}: Orientation({_a[i]}, {_b[i]}, {_c[i]}) = {actual}, exactly {expected}.");
            }
        }
    }
}
