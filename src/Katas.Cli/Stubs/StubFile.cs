namespace Katas.Cli.Stubs;

/// <summary>The unsolved stub of a kata: where it lives and its exact text.</summary>
/// <param name="RelativePath">The path from the repository root, with forward slashes.</param>
/// <param name="Content">The file's text: UTF-8 without a byte order mark, LF line endings, a final newline.</param>
public sealed record StubFile(string RelativePath, string Content)
{
    /// <summary>Gets the file's bytes, exactly as <c>reset</c> writes them and CI compares them.</summary>
    public byte[] Bytes => System.Text.Encoding.UTF8.GetBytes(Content);
}
