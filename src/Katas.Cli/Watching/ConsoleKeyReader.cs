namespace Katas.Cli.Watching;

/// <summary>Reads keys from the terminal without blocking.</summary>
internal sealed class ConsoleKeyReader : IKeyReader
{
    /// <inheritdoc/>
    public ConsoleKeyInfo? ReadKey() => Console.KeyAvailable ? Console.ReadKey(intercept: true) : null;
}
