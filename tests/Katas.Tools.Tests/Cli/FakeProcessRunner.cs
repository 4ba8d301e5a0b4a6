using System.Collections.Concurrent;
using Katas.Cli.Processes;

namespace Katas.Tools.Tests.Cli;

/// <summary>Stands in for dotnet: records every request and answers with the handler's result.</summary>
internal sealed class FakeProcessRunner : IProcessRunner
{
    private readonly Func<ProcessRequest, ProcessResult> _handler;

    public FakeProcessRunner(Func<ProcessRequest, ProcessResult> handler) => _handler = handler;

    public ConcurrentQueue<ProcessRequest> Requests { get; } = new();

    public int Count(string firstArgument) => Requests.Count(r => r.Arguments.Count > 0 && r.Arguments[0] == firstArgument);

    /// <summary>A build that succeeds, then a test run that writes <paramref name="resultsFile"/> (a recorded xUnit XML) where it was asked to.</summary>
    public static FakeProcessRunner Tests(string resultsFile, Action<ProcessRequest>? onTestRun = null) => new(request =>
    {
        if (request.Arguments[0] == "build")
        {
            return new ProcessResult(0, []);
        }

        onTestRun?.Invoke(request);
        var target = ArgumentAfter(request, "-result-xml");
        File.Copy(resultsFile, target, overwrite: true);
        return new ProcessResult(File.ReadAllText(resultsFile).Contains("result=\"Fail\"", StringComparison.Ordinal) ? 1 : 0, []);
    });

    public static string ArgumentAfter(ProcessRequest request, string name)
    {
        var index = request.Arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < request.Arguments.Count ? request.Arguments[index + 1] : throw new InvalidOperationException($"No {name} in {request.Display}.");
    }

    public Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Enqueue(request);
        var result = _handler(request);
        foreach (var line in result.Output)
        {
            request.OnLine?.Invoke(line);
        }

        return Task.FromResult(result);
    }
}
