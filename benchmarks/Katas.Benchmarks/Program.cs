using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Benchmarks;

/// <summary>
/// The standard BenchmarkDotNet command line, for example
/// <c>dotnet run -c Release --project benchmarks/Katas.Benchmarks -- --filter '*SlidingWindow*'</c>,
/// plus <c>--params Name=value[,value…]</c> to run only some parameter values (see <see cref="ParameterFilter"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var (remaining, filter) = ParameterFilter.Extract(args);
        var config = filter is null ? DefaultConfig.Instance : ManualConfig.Create(DefaultConfig.Instance).AddFilter(filter);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(remaining, config);
    }
}
