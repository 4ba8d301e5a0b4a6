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
    /// <returns>
    /// 0 when every selected case ran; 1 when a build failed, validation failed or a case produced no
    /// measurement (BenchmarkDotNet itself exits 0 then, and a report would be written from nothing).
    /// </returns>
    public static int Main(string[] args)
    {
        var (remaining, filter) = ParameterFilter.Extract(args);
        var config = filter is null ? DefaultConfig.Instance : ManualConfig.Create(DefaultConfig.Instance).AddFilter(filter);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(remaining, config).ToArray();
        var failed = summaries.Sum(s => s.HasCriticalValidationErrors ? 1 : s.Reports.Count(r => !r.BuildResult.IsBuildSuccess || !r.Success));
        if (failed > 0)
        {
            Console.Error.WriteLine($"error: {failed} benchmark case(s) did not run or failed validation; see the log above.");
            return 1;
        }

        return 0;
    }
}
