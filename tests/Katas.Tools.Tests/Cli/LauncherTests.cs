using System.Diagnostics;
using Katas.Cli;

namespace Katas.Tools.Tests.Cli;

/// <summary>
/// The <c>katas</c> launcher script, run by bash in a throwaway copy of the repository's layout with a
/// stand-in <c>dotnet</c> on the PATH that records how it was called.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "katas-launcher-" + Guid.NewGuid().ToString("N"));
    private readonly string _calls;

    public LauncherTests()
    {
        Directory.CreateDirectory(_root);
        _calls = Path.Combine(_root, "calls.log");
        Write("Katas.sln", "");
        Write("src/Katas.Cli/Katas.Cli.csproj", "<Project />");
        Write("src/Katas.Cli/Program.cs", "// the command line");
        Write("src/Katas/SlidingWindowMaximum/SlidingWindowMaximumKata.cs", "// a kata definition");
        Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// the learner's code");
        File.Copy(Path.Combine(TempRepository.RealRoot, "src", "Katas.Cli", "katas"), Path.Combine(_root, "src", "Katas.Cli", "katas"));
        Write("bin/dotnet", $"#!/usr/bin/env bash\necho \"KATAS_ROOT=${{KATAS_ROOT:-}} $*\" >> '{_calls}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_root, "bin", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // A build of katas that is newer than its sources, and older than any edit a test makes: the
        // times are set apart by minutes, not left to the file system's clock, whose granularity can
        // give a file written now the same time as the stamp written a moment before.
        Write("src/Katas.Cli/bin/Debug/net10.0/Katas.Cli.dll", "");
        Write("src/Katas.Cli/obj/katas-launcher.stamp", "");
        var sources = DateTime.UtcNow.AddMinutes(-10);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_root, "src"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, sources);
        }

        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(_root, "src"), "*", SearchOption.AllDirectories))
        {
            Directory.SetLastWriteTimeUtc(folder, sources);
        }

        File.SetLastWriteTimeUtc(Path.Combine(_root, "src/Katas.Cli/obj/katas-launcher.stamp"), sources.AddMinutes(5));
    }

    [Fact]
    public void RunFromAnyFolderItWorksOnItsOwnRepository()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The launcher is a bash script.");

        Launch(Path.GetTempPath(), "show", "sliding-window-maximum");

        Calls().Should().Equal($"KATAS_ROOT={_root} {_root}/src/Katas.Cli/bin/Debug/net10.0/Katas.Cli.dll show sliding-window-maximum");
    }

    [Fact]
    public void ALinkToItWorksOnTheRepositoryItLinksTo()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The launcher is a bash script.");
        var link = Path.Combine(_root, "bin", "katas");
        File.CreateSymbolicLink(link, Path.Combine(_root, "src", "Katas.Cli", "katas"));

        Run(link, "/", "list");

        Calls().Should().ContainSingle().Which.Should().StartWith($"KATAS_ROOT={_root} ");
    }

    [Fact]
    public void CheckDoesNotRebuildTheCommandLineForTheLearnersCode()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The launcher is a bash script.");
        Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// an edit");

        Launch(_root, "check", "sliding-window-maximum");
        Launch(_root, "list");

        Calls().Should().HaveCount(3);
        Calls()[0].Should().EndWith("Katas.Cli.dll check sliding-window-maximum", "check builds the learner's code itself");
        Calls()[1].Should().Contain($"build {_root}/src/Katas.Cli/Katas.Cli.csproj", "list reads the learner's classes from its own build");
        Calls()[2].Should().EndWith("Katas.Cli.dll list");
    }

    [Fact]
    public void AnyCommandRebuildsTheCommandLineWhenItsOwnSourcesChanged()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The launcher is a bash script.");
        Write("src/Katas.Cli/Program.cs", "// changed");

        Launch(_root, "check");

        Calls().Should().HaveCount(2);
        Calls()[0].Should().Contain("build ");
        Calls()[1].Should().EndWith("Katas.Cli.dll check");
    }

    [Fact]
    public void TheCommandLineTakesTheRepositoryFromTheLauncher()
    {
        var previous = Environment.GetEnvironmentVariable(KatasCli.RootVariable);
        try
        {
            Environment.SetEnvironmentVariable(KatasCli.RootVariable, _root);

            KatasCli.CreateContext(Cli.Console())!.Root.Should().Be(_root);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KatasCli.RootVariable, previous);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Launch(string directory, params string[] arguments) => Run(Path.Combine(_root, "src", "Katas.Cli", "katas"), directory, arguments);

    private void Run(string launcher, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(launcher);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = Path.Combine(_root, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment.Remove(KatasCli.RootVariable);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error);
    }

    private string[] Calls() => File.Exists(_calls) ? File.ReadAllLines(_calls) : [];

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
