using System.Globalization;

namespace Katas.Cli.Testing;

/// <summary>
/// Tells whether the built tests are still the build of the sources, without asking MSBuild (whose
/// start alone takes seconds): the path, length and write time of every build input (the kata library
/// and its tests, and the repository-wide build files) and of the built assemblies, recorded after each
/// successful build of <c>katas check</c>. Any edit, new or deleted file, or a build by anyone else
/// changes it, and the next check builds as before.
/// </summary>
internal static class BuildStamp
{
    /// <summary>Where the stamp is kept, relative to the repository root.</summary>
    public const string StampFile = "tests/Katas.Tests/obj/katas-check.stamp";

    private static readonly string[] Folders = ["src/Katas", "tests/Katas.Tests"];

    private static readonly string[] RootFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config", ".editorconfig"];

    private static readonly string[] Extensions = [".cs", ".csproj", ".props", ".targets", ".json", ".editorconfig", ".globalconfig", ".resx"];

    /// <summary>Gets the state of the build inputs now, one line per file: take it before building, record it after.</summary>
    public static IReadOnlyList<string> Inputs(string root) =>
        RootFiles.Select(f => Path.Combine(root, f)).Where(File.Exists)
            .Concat(Folders.SelectMany(f => SourcesUnder(Path.Combine(root, f))))
            .Select(f => Line(root, f))
            .ToArray();

    /// <summary>Gets whether <paramref name="testAssembly"/> was built by the last recorded build from the inputs as they are now.</summary>
    public static bool IsCurrent(string root, string? testAssembly) => IsCurrentExcept(root, testAssembly, []);

    /// <summary>
    /// Gets whether the last recorded build is current but for files under <paramref name="folders"/>
    /// (relative to the root, forward slashes): what <c>watch</c>'s fast path needs to compile those
    /// folders itself and run the built tests.
    /// </summary>
    public static bool IsCurrentExcept(string root, string? testAssembly, IReadOnlyCollection<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);

        var path = Path.Combine(root, StampFile);
        if (testAssembly is null || !File.Exists(path) || !File.Exists(testAssembly))
        {
            return false;
        }

        bool Kept(string line) => !folders.Any(f => line.StartsWith(f.TrimEnd('/') + "/", StringComparison.Ordinal));
        var recorded = File.ReadAllLines(path).Where(Kept);
        var now = Stamp(Inputs(root), testAssembly).Where(Kept);
        return recorded.SequenceEqual(now, StringComparer.Ordinal);
    }

    /// <summary>
    /// Gets whether the build can skip its restore (a second of every build): the last recorded build
    /// restored and no file a restore reads (project, props and targets files, <c>global.json</c>,
    /// <c>NuGet.config</c>) has changed since, and the restore's output is still there.
    /// </summary>
    public static bool IsRestoreCurrent(string root)
    {
        var path = Path.Combine(root, StampFile);
        if (!File.Exists(path) || Folders.Any(f => !File.Exists(Path.Combine(root, f, "obj", "project.assets.json"))))
        {
            return false;
        }

        var recorded = File.ReadAllLines(path).Where(IsRestoreInput);
        var now = Inputs(root).Where(IsRestoreInput);
        return recorded.SequenceEqual(now, StringComparer.Ordinal);
    }

    /// <summary>Records that a build of <paramref name="inputs"/> (taken before it started) produced <paramref name="testAssembly"/>.</summary>
    public static void Record(string root, IReadOnlyList<string> inputs, string testAssembly)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var path = Path.Combine(root, StampFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, Stamp(inputs, testAssembly));
    }

    private static IEnumerable<string> Stamp(IReadOnlyList<string> inputs, string testAssembly)
    {
        var library = Path.Combine(Path.GetDirectoryName(testAssembly)!, "Katas.dll");
        return inputs.Concat([Built(testAssembly), Built(library)]);
    }

    private static bool IsRestoreInput(string line)
    {
        var file = line.Split('\t')[0];
        return !file.StartsWith("built:", StringComparison.Ordinal)
            && (Path.GetExtension(file) is ".csproj" or ".props" or ".targets" || Path.GetFileName(file) is "global.json" or "NuGet.config");
    }

    // The built assemblies are outside the repository's source folders: marked so no folder excludes them.
    private static string Built(string path) =>
        File.Exists(path) ? string.Create(CultureInfo.InvariantCulture, $"built:{path}\t{new FileInfo(path).Length}\t{File.GetLastWriteTimeUtc(path).Ticks}") : $"built:{path}\tmissing";

    private static string Line(string root, string file)
    {
        var info = new FileInfo(file);
        return string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, file).Replace('\\', '/')}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}");
    }

    private static IEnumerable<string> SourcesUnder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)
                && !Progress.SourceFingerprint.IsBuildOutput(folder, f)
                && !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p is "StrykerOutput" or "TestResults"))
            .Order(StringComparer.Ordinal);
    }
}
