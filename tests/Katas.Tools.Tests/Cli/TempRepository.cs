using Katas.Cli.Stubs;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

/// <summary>
/// A throwaway repository for CLI tests: the marker file and copies of the real kata folders (sources
/// and tests), so that commands can read, fingerprint, reset and watch them without touching the real one.
/// </summary>
public sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "katas-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, Repository.MarkerFile), "");
        foreach (var kata in KataDefinition.All)
        {
            Copy(Path.Combine(RealRoot, kata.SourceDirectory), Path.Combine(Root, kata.SourceDirectory));
            Copy(Path.Combine(RealRoot, "tests", "Katas.Tests", kata.Folder), Path.Combine(Root, "tests", "Katas.Tests", kata.Folder));

            // The unsolved stub, whatever the learner has written in the real repository.
            var stub = StubGenerator.For(kata);
            File.WriteAllBytes(PathOf(stub.RelativePath), stub.Bytes);
        }

        // Where check expects the built test assembly (the fake runner never executes it).
        Write("tests/Katas.Tests/bin/Debug/net10.0/Katas.Tests.dll", "");
    }

    /// <summary>Gets the real repository the tests run from.</summary>
    public static string RealRoot { get; } = Repository.FindRoot() ?? throw new InvalidOperationException("The tests must run inside the repository.");

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher test may still hold a handle for a moment; the temp folder is cleaned eventually.
        }
    }

    private static void Copy(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
