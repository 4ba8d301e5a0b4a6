namespace Katas.Cli.Benchmarks;

/// <summary>One implementation on one input, placed among the others.</summary>
/// <param name="Implementation">The class name, or <c>Limit</c>.</param>
/// <param name="Kind">The learner's, a reference, or the limit.</param>
/// <param name="Rank">1 for the fastest timed implementation (the limit is not ranked); <see langword="null"/> when not timed.</param>
/// <param name="MedianNanoseconds">The median time, when timed.</param>
/// <param name="ToFastestReference">Time ÷ the fastest reference's time on the same input.</param>
/// <param name="ToLimit">Time ÷ the limit's time on the same input.</param>
/// <param name="AllocatedBytes">Bytes allocated per call, when measured.</param>
/// <param name="Failure">Why it was not timed (a wrong answer, an exception), when it was not.</param>
internal sealed record RankedRow(
    string Implementation, RowKind Kind, int? Rank, double? MedianNanoseconds, double? ToFastestReference, double? ToLimit, long? AllocatedBytes, string? Failure)
{
    /// <summary>Gets whether the case was measured.</summary>
    public bool IsTimed => MedianNanoseconds is not null;

    /// <summary>Gets whether the failure is a wrong answer (the oracle check) rather than another error.</summary>
    public bool IsWrong => Failure is { } f && (f.Contains(" is wrong", StringComparison.OrdinalIgnoreCase) || f.Contains("expected", StringComparison.OrdinalIgnoreCase));
}
