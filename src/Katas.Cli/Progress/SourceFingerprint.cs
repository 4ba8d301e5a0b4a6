using System.Security.Cryptography;
using System.Text;
using Katas.Discovery;

namespace Katas.Cli.Progress;

/// <summary>
/// A hash of the sources a kata's check depends on: its folder in <c>src/Katas</c> (the learner's code
/// and the contract) and its folder in <c>tests/Katas.Tests</c>. A check whose fingerprint still matches
/// is still true, so <c>list</c> and <c>solutions</c> need not run the tests again.
/// </summary>
/// <remarks>
/// A learner's class outside the kata folder is not covered: <c>katas check</c> always runs the tests,
/// only the cached status can lag behind such a change.
/// </remarks>
internal static class SourceFingerprint
{
    private static readonly string[] Extensions = [".cs", ".csproj", ".props"];

    /// <summary>Computes the fingerprint of <paramref name="kata"/> in the repository at <paramref name="root"/>.</summary>
    public static string Compute(string root, KataDefinition kata)
    {
        ArgumentNullException.ThrowIfNull(kata);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in new[] { kata.SourceDirectory, $"tests/Katas.Tests/{kata.Folder}" })
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !IsBuildOutput(directory, f))
                .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Full: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (relative, full) in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
                hash.AppendData(File.ReadAllBytes(full));
                hash.AppendData("\n"u8);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Gets whether <paramref name="file"/> lies in a <c>bin</c> or <c>obj</c> folder under <paramref name="directory"/>.</summary>
    public static bool IsBuildOutput(string directory, string file) =>
        Path.GetRelativePath(directory, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "bin" or "obj");
}
