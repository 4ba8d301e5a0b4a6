using System.Text;
using Spectre.Console;

namespace Katas.Cli;

/// <summary>A <see cref="TextWriter"/> onto an <see cref="IAnsiConsole"/>, so that System.CommandLine's help goes where everything else goes.</summary>
internal sealed class ConsoleWriter : TextWriter
{
    private readonly IAnsiConsole _console;

    public ConsoleWriter(IAnsiConsole console) => _console = console;

    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value) => _console.Write(new Text(value.ToString()));

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _console.Write(new Text(value));
        }
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        _console.WriteLine();
    }
}
