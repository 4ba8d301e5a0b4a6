using System.Text;
using Spectre.Console;

namespace Katas.Cli;

/// <summary>The entry point: <c>dotnet run --project src/Katas.Cli -- &lt;command&gt;</c>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the command cleanly (and kills the tests it started); a second one kills katas.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };

        var console = AnsiConsole.Console;
        return await KatasCli.RunAsync(args, console, () => KatasCli.CreateContext(console), cancellation.Token).ConfigureAwait(false);
    }
}
