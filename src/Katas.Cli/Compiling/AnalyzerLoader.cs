using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Katas.Cli.Compiling;

/// <summary>
/// Loads the analyzers and source generators the build passes to the compiler (the SDK's code style and
/// .NET analyzers, the framework's generators) into a context of their own, binding their references to
/// Roslyn to the one katas runs.
/// </summary>
internal sealed class AnalyzerLoader : AssemblyLoadContext, IAnalyzerAssemblyLoader
{
    private readonly Dictionary<string, string> _dependencies = new(StringComparer.OrdinalIgnoreCase);

    public AnalyzerLoader()
        : base("katas-analyzers")
    {
    }

    /// <inheritdoc/>
    public void AddDependencyLocation(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);

        _dependencies.TryAdd(Path.GetFileNameWithoutExtension(fullPath), fullPath);
    }

    /// <inheritdoc/>
    public Assembly LoadFromPath(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);

        AddDependencyLocation(fullPath);
        return LoadFromAssemblyName(new AssemblyName(Path.GetFileNameWithoutExtension(fullPath)));
    }

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);

        // Roslyn itself and what it shares with analyzers come from katas; the analyzers' own
        // assemblies from beside them.
        if (assemblyName.Name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp" || Default.Assemblies.Any(a => a.GetName().Name == assemblyName.Name))
        {
            return null;
        }

        if (assemblyName.Name is { } name && _dependencies.TryGetValue(name, out var path))
        {
            return LoadFromAssemblyPath(path);
        }

        var beside = _dependencies.Values.Select(p => Path.Combine(Path.GetDirectoryName(p)!, assemblyName.Name + ".dll")).FirstOrDefault(File.Exists);
        return beside is null ? null : LoadFromAssemblyPath(beside);
    }
}
