using Katas.Geometry;
using Katas.Tests.Infrastructure;

namespace Katas.Tests.Geometry;

/// <summary>
/// Decisions reject NaN and infinite coordinates with an <see cref="ArgumentException"/> naming the
/// argument; undefined measurements (the angle with a zero vector, a projection onto it, the
/// intersection with a line through a single point) are rejected the same way.
/// </summary>
public sealed class BadInputTests
{
    // .NET's text for an ArgumentException without a message of its own: not a clear message.
    private const string DefaultMessage = "Value does not fall within the expected range";

    private static readonly Vec2[] Valid = [new(0, 0), new(4, 4), new(0, 4), new(4, 0)];

    public static TheoryData<string, string, double, bool> NonFiniteCoordinates { get; } = Rows();

    [Theory, Implementations<IPlanarGeometry>]
    public void SignOfNaNThrows(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        var act = () => sut.Sign(double.NaN);

        act.Should().Throw<ArgumentException>().WithParameterName("value")
            .Which.Message.Should().NotStartWith(DefaultMessage);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void CompareWithNaNThrows(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        FluentActions.Invoking(() => sut.Compare(double.NaN, 1)).Should().Throw<ArgumentException>().WithParameterName("a");
        FluentActions.Invoking(() => sut.Compare(1, double.NaN)).Should().Throw<ArgumentException>().WithParameterName("b");
        FluentActions.Invoking(() => sut.Compare(double.NaN, double.NaN)).Should().Throw<ArgumentException>();
    }

    [Theory, Implementations<IPlanarGeometry>(Cases = nameof(NonFiniteCoordinates))]
    public void DecisionsRejectNonFiniteCoordinates(string implementation, string operation, string parameter, double bad, bool inX)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var names = operation == nameof(IPlanarGeometry.OnSegment) ? new[] { "p", "a", "b" } : ["a", "b", "c", "d"];
        var points = (Vec2[])Valid.Clone();
        var index = Array.IndexOf(names, parameter);
        points[index] = inX ? points[index] with { X = bad } : points[index] with { Y = bad };
        Action act = operation switch
        {
            nameof(IPlanarGeometry.Orientation) => () => sut.Orientation(points[0], points[1], points[2]),
            nameof(IPlanarGeometry.OnSegment) => () => sut.OnSegment(points[0], points[1], points[2]),
            nameof(IPlanarGeometry.SegmentsIntersect) => () => sut.SegmentsIntersect(points[0], points[1], points[2], points[3]),
            nameof(IPlanarGeometry.LineIntersection) => () => sut.LineIntersection(points[0], points[1], points[2], points[3]),
            _ => throw new InvalidOperationException(operation),
        };

        act.Should().Throw<ArgumentException>("{0}({1} = {2})", operation, parameter, Show.Point(points[index]))
            .WithParameterName(parameter)
            .Which.Message.Should().NotStartWith(DefaultMessage);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ConvexHullRejectsNonFiniteCoordinates(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            Vec2[] points = [new(0, 0), new(1, 0), new(bad, 1), new(0, 1)];

            FluentActions.Invoking(() => sut.ConvexHull(points)).Should().Throw<ArgumentException>("a point is {0}", Show.Point(points[2]))
                .WithParameterName("points")
                .Which.Message.Should().NotStartWith(DefaultMessage);
        }
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ConvexHullOfManyPointsRejectsNonFiniteCoordinates(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            foreach (var index in new[] { 0, 70, 199 })
            {
                var points = Enumerable.Range(0, 200).Select(i => new Vec2(i % 17, i / 17)).ToArray();
                points[index] = points[index] with { Y = bad };

                FluentActions.Invoking(() => sut.ConvexHull(points)).Should().Throw<ArgumentException>("points[{0}] is {1}", index, Show.Point(points[index]))
                    .WithParameterName("points");
            }
        }
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void AngleWithTheZeroVectorThrows(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        FluentActions.Invoking(() => sut.Angle(new(0, 0), new(1, 0))).Should().Throw<ArgumentException>().WithParameterName("a")
            .Which.Message.Should().NotStartWith(DefaultMessage);
        FluentActions.Invoking(() => sut.Angle(new(1, 0), new(0, 0))).Should().Throw<ArgumentException>().WithParameterName("b");
        FluentActions.Invoking(() => sut.Angle(new(0, 0), new(0, 0))).Should().Throw<ArgumentException>();
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ProjectOntoTheZeroVectorThrows(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        FluentActions.Invoking(() => sut.Project(new(3, 4), new(0, 0))).Should().Throw<ArgumentException>().WithParameterName("onto")
            .Which.Message.Should().NotStartWith(DefaultMessage);
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void ProjectingTheZeroVectorIsFine(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        sut.Project(new(0, 0), new(3, 4)).Should().Be(new Vec2(0, 0));
    }

    [Theory, Implementations<IPlanarGeometry>]
    public void LineThroughOnePointThrows(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 p = new(1, 1), q = new(3, 2), r = new(0, 5);

        FluentActions.Invoking(() => sut.LineIntersection(p, p, q, r)).Should().Throw<ArgumentException>("a = b")
            .Which.Message.Should().NotStartWith(DefaultMessage);
        FluentActions.Invoking(() => sut.LineIntersection(q, r, p, p)).Should().Throw<ArgumentException>("c = d");
    }

    // Beyond the statement, which asks for a message that says what was wrong: the references' messages
    // name the argument, show its value and say why it was refused. A learner is not held to the wording.
    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void MessagesNameTheArgumentItsValueAndTheReason(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 p = new(1, 1), q = new(3, 2), r = new(0, 5);

        FluentActions.Invoking(() => sut.Sign(double.NaN)).Should().Throw<ArgumentException>()
            .WithMessage("value is NaN, which has no sign and no order.*");
        FluentActions.Invoking(() => sut.Compare(1, double.NaN)).Should().Throw<ArgumentException>()
            .WithMessage("b is NaN, which has no sign and no order.*");
        FluentActions.Invoking(() => sut.Orientation(p, new(double.NaN, 4), q)).Should().Throw<ArgumentException>()
            .WithMessage("b is (NaN, 4): a geometric decision needs finite coordinates (not NaN or infinite).*");
        FluentActions.Invoking(() => sut.LineIntersection(p, q, r, new(double.PositiveInfinity, 0))).Should().Throw<ArgumentException>()
            .WithMessage("d is (Infinity, 0): a geometric decision needs finite coordinates*");
        FluentActions.Invoking(() => sut.ConvexHull([p, q, new(2, double.NegativeInfinity)])).Should().Throw<ArgumentException>()
            .WithMessage("points[2] is (2, -Infinity): a geometric decision needs finite coordinates*");
        FluentActions.Invoking(() => sut.ConvexHull([.. Enumerable.Range(0, 100).Select(i => new Vec2(i, i % 7)), new(double.NaN, 1)])).Should().Throw<ArgumentException>()
            .WithMessage("points[100] is (NaN, 1): a geometric decision needs finite coordinates*");
        FluentActions.Invoking(() => sut.LineIntersection(p, p, q, r)).Should().Throw<ArgumentException>()
            .WithMessage("The line through a*and b*is degenerate*one point does not define a line.*").WithMessage("*(1, 1)*").WithParameterName("b");
        FluentActions.Invoking(() => sut.LineIntersection(q, r, p, p)).Should().Throw<ArgumentException>()
            .WithMessage("The line through c*and d*is degenerate*one point does not define a line.*").WithMessage("*(1, 1)*").WithParameterName("d");
        FluentActions.Invoking(() => sut.Angle(new(0, 0), q)).Should().Throw<ArgumentException>()
            .WithMessage("a* zero vector, which has no direction: the angle is undefined.*");
        FluentActions.Invoking(() => sut.Project(q, new(0, 0))).Should().Throw<ArgumentException>()
            .WithMessage("onto* zero vector, which has no direction: there is nothing to project onto.*");
    }

    private static TheoryData<string, string, double, bool> Rows()
    {
        var rows = new TheoryData<string, string, double, bool>();
        (string Operation, string[] Parameters)[] operations =
        [
            (nameof(IPlanarGeometry.Orientation), ["a", "b", "c"]),
            (nameof(IPlanarGeometry.OnSegment), ["p", "a", "b"]),
            (nameof(IPlanarGeometry.SegmentsIntersect), ["a", "b", "c", "d"]),
            (nameof(IPlanarGeometry.LineIntersection), ["a", "b", "c", "d"]),
        ];
        foreach (var (operation, parameters) in operations)
        {
            foreach (var parameter in parameters)
            {
                foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
                {
                    rows.Add(operation, parameter, bad, true);
                    rows.Add(operation, parameter, bad, false);
                }
            }
        }

        return rows;
    }

    // When several arguments are bad, the first of them in the parameter list is the one named.
    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void TheFirstBadArgumentIsNamed(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        Vec2 good = new(1, 2), other = new(3, 5), nan = new(double.NaN, 0), infinite = new(0, double.PositiveInfinity);

        FluentActions.Invoking(() => sut.OnSegment(good, nan, infinite)).Should().Throw<ArgumentException>().WithParameterName("a");
        FluentActions.Invoking(() => sut.OnSegment(nan, infinite, infinite)).Should().Throw<ArgumentException>().WithParameterName("p");
        FluentActions.Invoking(() => sut.SegmentsIntersect(nan, good, other, infinite)).Should().Throw<ArgumentException>().WithParameterName("a");
        FluentActions.Invoking(() => sut.SegmentsIntersect(good, nan, other, infinite)).Should().Throw<ArgumentException>().WithParameterName("b");
        FluentActions.Invoking(() => sut.SegmentsIntersect(good, other, nan, infinite)).Should().Throw<ArgumentException>().WithParameterName("c");
    }

    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void AngleWithAZeroSecondVectorSaysWhy(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);

        FluentActions.Invoking(() => sut.Angle(new(3, 2), new(0, 0))).Should().Throw<ArgumentException>()
            .WithMessage("b* zero vector, which has no direction: the angle is undefined.*");
    }

    // From 64 points on, the hull looks for extremes before its full pass; a bad first point is still
    // the one named, before any later bad point the extremes pass meets.
    [Theory, Implementations<IPlanarGeometry>(ReferencesOnly = true)]
    public void ConvexHullOfManyPointsNamesTheFirstBadPoint(string implementation)
    {
        var sut = Subject.Create<IPlanarGeometry>(implementation);
        var points = Enumerable.Range(0, 100).Select(i => new Vec2(i % 10, i / 10)).ToArray();
        points[0] = new(double.NaN, 0);
        points[50] = new(0, double.PositiveInfinity);

        FluentActions.Invoking(() => sut.ConvexHull(points)).Should().Throw<ArgumentException>().WithParameterName("points")
            .WithMessage("points[0] is (NaN, 0): a geometric decision needs finite coordinates*");
    }
}
