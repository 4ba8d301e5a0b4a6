namespace Katas.Cli.Benchmarks;

/// <summary>A benchmark case that produced no measurement, and what its process said about why.</summary>
/// <param name="Type">The benchmark class (short name).</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="Parameters">The case's parameters, as BenchmarkDotNet printed them.</param>
/// <param name="Message">The exception message, for example "Practice is wrong for n = 1000, k = 3, …".</param>
internal sealed record BenchmarkFailure(string Type, string Method, IReadOnlyDictionary<string, string> Parameters, string Message);
