using Katas.Cli;
using Katas.Cli.Processes;
using Spectre.Console.Testing;

namespace Katas.Tools.Tests.Cli;

/// <summary>Runs the katas command line in-process against a test console and a temporary repository.</summary>
internal static class Cli
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Cli", "Data", name);

    /// <summary>The output with line breaks (and the indentation after them) as single spaces, for sentences that wrap.</summary>
    public static string Flat(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\s*\n\s*", " ");

    public static TestConsole Console(bool interactive = false, int width = 120)
    {
        var console = new TestConsole().Width(width);
        return interactive ? console.Interactive() : console;
    }

    public static CliContext Context(TempRepository repository, TestConsole console, IProcessRunner? processes = null, bool interactive = false, TimeProvider? clock = null, FakeTestHost? host = null)
    {
        processes ??= new FakeProcessRunner(r => throw new InvalidOperationException($"No process expected: {r.Display}"));
        return new()
        {
            Console = console,
            Root = repository.Root,
            Processes = processes,
            TestHosts = c => host ?? new FakeTestHost(processes, c.Root),
            IsInteractive = interactive,
            Clock = clock ?? TimeProvider.System,
        };
    }

    public static Task<int> Run(CliContext context, params string[] args) =>
        KatasCli.RunAsync(args, context.Console, () => context, TestContext.Current.CancellationToken);
}
