using Katas.Geometry;
using Katas.Geometry.Solutions;

namespace Katas.Tests.Geometry;

/// <summary>
/// The exact orientation predicate, recording every orientation it is asked for, so that a test can see
/// which points the hull's monotone chain was given: every point pushed on the chain is later the first
/// or second point of an orientation, while the discard pass asks only about edges between extreme points.
/// </summary>
internal readonly struct RecordingPredicate(List<(Vec2 A, Vec2 B, Vec2 C)> calls) : IOrientationPredicate
{
    public int Orientation(Vec2 a, Vec2 b, Vec2 c)
    {
        calls.Add((a, b, c));
        return ExactOrientation.Sign(a, b, c);
    }

    public bool IsBetween(Vec2 p, Vec2 a, Vec2 b) => default(ExactPredicate).IsBetween(p, a, b);

    /// <summary>The points that were the first or second point of some orientation.</summary>
    public static HashSet<Vec2> Turned(IEnumerable<(Vec2 A, Vec2 B, Vec2 C)> calls) =>
        [.. calls.SelectMany(call => new[] { call.A, call.B })];
}
