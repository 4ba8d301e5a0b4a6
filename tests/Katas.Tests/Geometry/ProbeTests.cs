using Katas.Discovery;
using Katas.Geometry;
using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// The kata's probe: an implementation counts as started as soon as any one of its fifteen operations
/// stops throwing <see cref="NotImplementedException"/>, since learners write them one at a time.
/// </summary>
public sealed class ProbeTests
{
    private static Contract<IPlanarGeometry> Contract => KataDefinition.ContractFor<IPlanarGeometry>();

    [Fact]
    public void TheStubIsNotStartedAndTheMessageNamesTheFile()
    {
        var practice = Contract.Find(nameof(Practice));

        var stub = practice.Probe();

        stub.Should().NotBeNull();
        practice.DescribeNotStarted(stub!).Should().Contain("src/Katas/Geometry/Practice.cs");
    }

    [Fact]
    public void ReferenceSolutionsAreStarted() =>
        Contract.Implementations.Where(i => i.IsReference).Should().OnlyContain(i => i.IsStarted);

    [Fact]
    public void ContractNamesItsOracleAndBaseline()
    {
        Contract.Oracle.Should().Be<ExactGeometry>();
        Contract.Baseline.Should().Be<EpsilonGeometry>();
        KataDefinition.Find("geometry").Should().BeOfType<GeometryKata>().Which.Order.Should().Be(4);
    }

    [Fact]
    public void OneOperationIsEnoughToCountAsStarted() =>
        Probe(new OnlyLength()).Should().BeNull("Length works, so the other fourteen operations are tested (and fail) too");

    [Fact]
    public void AnOperationThatThrowsSomethingElseCountsAsStarted() =>
        Probe(new OnlyBroken()).Should().BeNull("started code is tested like any other; the tests will report the bug");

    [Fact]
    public void NoOperationMeansNotStarted() =>
        Probe(new Practice()).Should().BeOfType<NotImplementedException>();

    // The probe of the contract, on classes the discovery cannot see (they live in the test assembly).
    private static NotImplementedException? Probe(IPlanarGeometry implementation) => Contract.Probe(implementation);

    private class Stub : IPlanarGeometry
    {
        public virtual int Sign(double value) => throw new NotImplementedException();

        public int Compare(double a, double b) => throw new NotImplementedException();

        public double Dot(Vec2 a, Vec2 b) => throw new NotImplementedException();

        public double Cross(Vec2 a, Vec2 b) => throw new NotImplementedException();

        public virtual double Length(Vec2 v) => throw new NotImplementedException();

        public double Angle(Vec2 a, Vec2 b) => throw new NotImplementedException();

        public Vec2 Rotate(Vec2 v, double radians) => throw new NotImplementedException();

        public Vec2 Project(Vec2 v, Vec2 onto) => throw new NotImplementedException();

        public int Orientation(Vec2 a, Vec2 b, Vec2 c) => throw new NotImplementedException();

        public bool OnSegment(Vec2 p, Vec2 a, Vec2 b) => throw new NotImplementedException();

        public bool SegmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) => throw new NotImplementedException();

        public Vec2? LineIntersection(Vec2 a, Vec2 b, Vec2 c, Vec2 d) => throw new NotImplementedException();

        public double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b) => throw new NotImplementedException();

        public double PolygonArea(ReadOnlySpan<Vec2> polygon) => throw new NotImplementedException();

        public Vec2[] ConvexHull(ReadOnlySpan<Vec2> points) => throw new NotImplementedException();
    }

    private sealed class OnlyLength : Stub
    {
        public override double Length(Vec2 v) => Math.Sqrt(v.X * v.X + v.Y * v.Y);
    }

    private sealed class OnlyBroken : Stub
    {
        public override int Sign(double value) => throw new IndexOutOfRangeException("a learner's bug");
    }
}
