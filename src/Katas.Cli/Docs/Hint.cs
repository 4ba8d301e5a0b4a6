namespace Katas.Cli.Docs;

/// <summary>One hint from a kata README's <c>&lt;details&gt;</c> blocks.</summary>
/// <param name="Number">The hint's number, from 1.</param>
/// <param name="Title">Its title, without the "Hint N:" prefix.</param>
/// <param name="Body">Its text, in Markdown.</param>
internal sealed record Hint(int Number, string Title, string Body);
