namespace Katas.Tests.SlidingWindowMaximum;

/// <summary>A valid input and a constant that can be added to every value without overflow.</summary>
public sealed record ShiftedCase(WindowCase Case, int Shift)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Case}, shift = {Shift}";
}
