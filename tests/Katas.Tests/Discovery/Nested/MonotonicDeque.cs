namespace Shadowing;

/// <summary>
/// A class whose full name, <c>Shadowing.MonotonicDeque</c>, is a dotted tail of another's
/// (<c>Katas.Tests.Discovery.Shadowing.MonotonicDeque</c>): the label rule must not give the other that label.
/// </summary>
public sealed class MonotonicDeque
{
}
