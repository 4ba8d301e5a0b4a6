namespace Katas.Cli.Processes;

/// <summary>Runs programs: <c>dotnet build</c>, the test host, BenchmarkDotNet. Tests replace it with a fake.</summary>
internal interface IProcessRunner
{
    /// <summary>Runs <paramref name="request"/> to the end, its time limit, or cancellation (which kills it and throws).</summary>
    Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken);
}
