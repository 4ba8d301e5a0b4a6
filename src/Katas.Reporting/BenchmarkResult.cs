namespace Katas.Reporting;

/// <summary>One benchmark case: a method with its parameter values, and what was measured.</summary>
/// <param name="Namespace">The benchmark class's namespace, for example <c>Katas.Benchmarks.SlidingWindowMaximum</c>.</param>
/// <param name="Type">The benchmark class.</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="Parameters">The parameter values as BenchmarkDotNet printed them.</param>
/// <param name="MedianNanoseconds">The median time per operation, or <see langword="null"/> when the case failed.</param>
/// <param name="MeanNanoseconds">The mean time per operation, or <see langword="null"/> when the case failed.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation, when the memory diagnoser ran.</param>
public sealed record BenchmarkResult(
    string Namespace,
    string Type,
    string Method,
    IReadOnlyDictionary<string, string> Parameters,
    double? MedianNanoseconds,
    double? MeanNanoseconds,
    long? AllocatedBytes)
{
    /// <summary>The parameter that names the implementation in every kata benchmark.</summary>
    public const string ImplementationParameter = "Implementation";

    /// <summary>
    /// The parameter that holds the input size by convention: the n of the solutions' O(…) bounds. The
    /// report plots time against it and fits the empirical complexity across its values.
    /// </summary>
    public const string SizeParameter = "N";

    /// <summary>The identifier of the metric in which a benchmark reports the size of a named input.</summary>
    public const string InputSizeMetric = "InputSize";

    /// <summary>The identifier of the metric of the best cold call's time, in nanoseconds per operation.</summary>
    public const string ColdTimeMetric = "ColdTime";

    /// <summary>The identifier of the metric of the bytes a cold call obtains from the garbage collector, pooled buffers included.</summary>
    public const string ColdAllocatedMetric = "ColdAllocated";

    /// <summary>The identifier of the metric of the most bytes a call holds rented from array pools at once.</summary>
    public const string PooledPeakMetric = "PooledPeak";

    /// <summary>The identifier of the metric of the widest hardware-accelerated vector of the benchmark process, in bits.</summary>
    public const string VectorBitsMetric = "VectorBits";

    /// <summary>
    /// Gets the size of the case's input as the benchmark reported it (the metric <see cref="InputSizeMetric"/>),
    /// for inputs that are named rather than sized by a parameter; <see langword="null"/> when not reported.
    /// </summary>
    public double? InputSize { get; init; }

    /// <summary>Gets what <see cref="InputSize"/> counts (the metric's display name, for example <c>Combinations</c>), or <see langword="null"/>.</summary>
    public string? InputSizeName { get; init; }

    /// <summary>
    /// Gets the fastest iteration's time per operation (BenchmarkDotNet's <c>Min</c>), or <see langword="null"/>
    /// when not measured. The floor check compares these: a slow spell of the machine moves a median, but
    /// it cannot make a best time faster than the hardware allows.
    /// </summary>
    public double? MinNanoseconds { get; init; }

    /// <summary>
    /// Gets the best time of a cold call, per operation: after the array pools it rents from were emptied
    /// and a full, blocking, compacting garbage collection (<see cref="ColdTimeMetric"/>); <see langword="null"/> when not measured.
    /// </summary>
    public double? ColdNanoseconds { get; init; }

    /// <summary>Gets the bytes a cold call obtained from the garbage collector, its result and pooled buffers included (<see cref="ColdAllocatedMetric"/>).</summary>
    public long? ColdAllocatedBytes { get; init; }

    /// <summary>Gets the most bytes a call held rented from array pools at once (<see cref="PooledPeakMetric"/>).</summary>
    public long? PooledPeakBytes { get; init; }

    /// <summary>Gets the widest hardware-accelerated vector of the benchmark process, in bits: 512, 256, 128, or 0 for none (<see cref="VectorBitsMetric"/>).</summary>
    public int? VectorBits { get; init; }

    /// <summary>Gets the job that measured the case as BenchmarkDotNet describes it, for example <c>ShortRun(IterationCount=3, …)</c>, or an empty string.</summary>
    public string Job { get; init; } = "";

    /// <summary>Gets the value of the parameter <paramref name="name"/> as a number, or <see langword="null"/> when it is missing or not a finite number.</summary>
    public double? Numeric(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return Parameters.TryGetValue(name, out var text)
            && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
                ? value
                : null;
    }

    /// <summary>Gets the parameters other than the implementation and those named in <paramref name="excluded"/>, in order, as <c>Name=value</c> joined by <c>", "</c>.</summary>
    public string InputWithout(params string[] excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);

        return string.Join(", ", Parameters
            .Where(p => p.Key != ImplementationParameter && !excluded.Contains(p.Key, StringComparer.Ordinal))
            .Select(p => $"{p.Key}={p.Value}"));
    }

    /// <summary>Gets the implementation measured (a class name, or <c>Limit</c>), or an empty string.</summary>
    public string Implementation => Parameters.TryGetValue(ImplementationParameter, out var name) ? name : "";

    /// <summary>Gets the kata folder this result belongs to: the last segment of the namespace.</summary>
    public string KataFolder => Namespace[(Namespace.LastIndexOf('.') + 1)..];

    /// <summary>Gets the parameters other than the implementation, in order: the input this case measured.</summary>
    public string Input => string.Join(", ", Parameters.Where(p => p.Key != ImplementationParameter).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>
    /// Finds the result in <paramref name="run"/> for the same method and input measured with the
    /// implementation <paramref name="implementation"/>: the case this one is compared with.
    /// </summary>
    public BenchmarkResult? Counterpart(IEnumerable<BenchmarkResult> run, string implementation)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(implementation);

        return run.FirstOrDefault(other =>
            other.Type == Type && other.Method == Method && other.Implementation == implementation && other.Input == Input);
    }

    /// <summary>This median divided by the median of <paramref name="reference"/>, when both were measured.</summary>
    public double? RatioTo(BenchmarkResult? reference) =>
        MedianNanoseconds is > 0 && reference?.MedianNanoseconds is > 0 ? MedianNanoseconds / reference.MedianNanoseconds : null;

    /// <summary>This best iteration's time divided by the best of <paramref name="reference"/>, when both were measured.</summary>
    public double? BestRatioTo(BenchmarkResult? reference) =>
        MinNanoseconds is > 0 && reference?.MinNanoseconds is > 0 ? MinNanoseconds / reference.MinNanoseconds : null;

    /// <summary>This cold time divided by the cold time of <paramref name="reference"/>, when both were measured.</summary>
    public double? ColdRatioTo(BenchmarkResult? reference) =>
        ColdNanoseconds is > 0 && reference?.ColdNanoseconds is > 0 ? ColdNanoseconds / reference.ColdNanoseconds : null;

    /// <summary>
    /// The scratch memory of this case: the bytes its cold call obtained less those <paramref name="limit"/>'s
    /// obtained on the same input (the output every solution must allocate), never below zero; <see langword="null"/> when either was not measured.
    /// </summary>
    public long? ScratchBeyond(BenchmarkResult? limit) =>
        ColdAllocatedBytes is { } mine && limit?.ColdAllocatedBytes is { } floor ? Math.Max(0, mine - floor) : null;

    /// <summary>Gets how the vector width of <paramref name="bits"/> reads: <c>Vector256</c>, or <c>no vectors</c>.</summary>
    public static string VectorName(int bits) => bits > 0 ? $"Vector{bits.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "no vectors";
}
