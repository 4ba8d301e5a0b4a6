using Katas.Cli.Processes;
using Katas.Cli.Stubs;
using Katas.Discovery;
using Spectre.Console.Testing;

namespace Katas.Tools.Tests.Cli;

/// <summary>
/// A copy of the repository's kata library and tests (sources and build files, the learner's files as
/// the unsolved stubs), built once with the real <c>dotnet build</c>: for the tests that compare
/// <c>watch</c>'s fast path with the ordinary build. Building it takes a minute.
/// </summary>
public sealed class BuiltRepository : IAsyncLifetime
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "NuGet.config"];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "katas-built-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A context on this copy with real processes and a real test host.</summary>
    internal Katas.Cli.CliContext Context(TestConsole console, IProcessRunner? processes = null) => new()
    {
        Console = console,
        Root = Root,
        Processes = processes ?? new SystemProcessRunner(),
    };

    public async ValueTask InitializeAsync()
    {
        var real = TempRepository.RealRoot;
        Directory.CreateDirectory(Root);
        File.WriteAllText(PathOf(Repository.MarkerFile), "");
        foreach (var file in RootFiles.Where(f => File.Exists(Path.Combine(real, f))))
        {
            File.Copy(Path.Combine(real, file), PathOf(file));
        }

        Copy(Path.Combine(real, "src", "Katas"), PathOf("src/Katas"));
        Copy(Path.Combine(real, "tests", "Katas.Tests"), PathOf("tests/Katas.Tests"));
        foreach (var kata in KataDefinition.All)
        {
            var stub = StubGenerator.For(kata);
            File.WriteAllBytes(PathOf(stub.RelativePath), stub.Bytes);
        }

        var build = await new Katas.Cli.Testing.TestRunner(Context(new TestConsole())).BuildAsync(CancellationToken.None);
        if (build is not null)
        {
            throw new InvalidOperationException("The copy of the repository does not build:\n" + string.Join('\n', build.Output.TakeLast(40)));
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test host may hold a file for a moment; the temporary folder is cleaned eventually.
        }

        return ValueTask.CompletedTask;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "StrykerOutput" or "TestResults"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
