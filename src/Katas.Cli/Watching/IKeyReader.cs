namespace Katas.Cli.Watching;

/// <summary>Keys the learner presses while <c>watch</c> runs.</summary>
internal interface IKeyReader
{
    /// <summary>Returns a key pressed since the last call, or <see langword="null"/>; never blocks.</summary>
    ConsoleKeyInfo? ReadKey();
}
