using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Benchmarks.MaximumGap;

/// <summary>
/// Declares a second reference benchmark method (besides the <c>Limit</c> value of <c>Implementation</c>)
/// that does not depend on the implementation: it runs once per input, labelled <c>Implementation=Limit</c>,
/// and the <c>×Copy</c> column divides every case's median by its median on the same input.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CopyReferenceAttribute : Attribute, IConfigSource
{
    public CopyReferenceAttribute(string method)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);

        Method = method;
        Config = ManualConfig.CreateEmpty()
            .AddFilter(new SimpleFilter(c => !IsReferenceMethod(c) || Implementation(c) == KataBenchmark<object>.Limit))
            .AddColumn(new CopyRatioColumn(method));
    }

    /// <summary>Gets the name of the reference benchmark method.</summary>
    public string Method { get; }

    /// <inheritdoc/>
    public IConfig Config { get; }

    private static string? Implementation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Implementation")?.Value?.ToString();

    private bool IsReferenceMethod(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethod.Name == Method;
}
