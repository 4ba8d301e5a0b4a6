namespace Katas.Discovery;

/// <summary>Locates the repository that holds the katas, for messages and tools that name files.</summary>
public static class Repository
{
    /// <summary>The file that marks the repository root.</summary>
    public const string MarkerFile = "Katas.sln";

    /// <summary>
    /// Finds the repository root by walking up from <paramref name="start"/> (by default the current
    /// directory, then the application's base directory) to the first directory that holds <see cref="MarkerFile"/>.
    /// </summary>
    /// <returns>The root, or <see langword="null"/> when neither start lies inside the repository.</returns>
    public static string? FindRoot(string? start = null)
    {
        foreach (var candidate in start is null ? [Environment.CurrentDirectory, AppContext.BaseDirectory] : new[] { start })
        {
            for (var dir = new DirectoryInfo(candidate); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>Shows <paramref name="path"/> relative to <paramref name="root"/> with forward slashes when it lies inside it.</summary>
    public static string Relative(string? root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        // Deterministic CI builds map source paths to "/_/".
        if (path.StartsWith("/_/", StringComparison.Ordinal))
        {
            return path[3..];
        }

        if (root is null || !Path.IsPathFullyQualified(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
