namespace Katas.Cli.Benchmarks;

/// <summary>Every implementation measured on one input of one benchmark method, fastest first.</summary>
/// <param name="Type">The benchmark class.</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="Input">The input's parameters, "N=100000, K=16, Shape=Random".</param>
/// <param name="Rows">The timed rows, fastest first, then those not timed.</param>
/// <param name="FastestReference">The fastest reference solution, when one was timed.</param>
internal sealed record RankedCase(string Type, string Method, string Input, IReadOnlyList<RankedRow> Rows, string? FastestReference);
