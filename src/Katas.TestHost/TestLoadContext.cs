using System.Reflection;
using System.Runtime.Loader;

namespace Katas.TestHost;

/// <summary>
/// The collectible context of one test run: it holds the kata library and the test assembly, copied
/// into the run's own folder, and leaves everything else (xUnit, FsCheck, FluentAssertions, the
/// framework) to the default context, where the host shares it between runs so its code stays compiled.
/// </summary>
/// <remarks>
/// The two assemblies are copied because the build may overwrite the originals while they are mapped,
/// and because <c>watch</c>'s fast path writes the library elsewhere.
/// </remarks>
internal sealed class TestLoadContext : AssemblyLoadContext
{
    /// <summary>The kata library's assembly name.</summary>
    public const string Library = "Katas";

    /// <summary>The test assembly's name.</summary>
    public const string Tests = "Katas.Tests";

    private readonly string _folder;

    /// <summary>Creates the context of a run whose <c>Katas.dll</c> and <c>Katas.Tests.dll</c> lie in <paramref name="folder"/>.</summary>
    public TestLoadContext(string folder)
        : base($"katas-run {Path.GetFileName(folder)}", isCollectible: true) => _folder = folder;

    /// <summary>Gets whether <paramref name="name"/> is one of the two assemblies a run loads afresh.</summary>
    public static bool IsPerRun(AssemblyName name) => name.Name is Library or Tests;

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);

        return IsPerRun(assemblyName) ? LoadFromAssemblyPath(Path.Combine(_folder, assemblyName.Name + ".dll")) : null;
    }
}
