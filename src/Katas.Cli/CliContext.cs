using Katas.Cli.Processes;
using Katas.Cli.Testing;
using Katas.Cli.Watching;
using Katas.Discovery;
using Spectre.Console;

namespace Katas.Cli;

/// <summary>Everything a command touches outside itself, so that tests can supply their own.</summary>
internal sealed class CliContext
{
    /// <summary>Gets where output goes.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Gets the repository root the command works in.</summary>
    public required string Root { get; init; }

    /// <summary>Gets the runner for <c>dotnet</c> and the programs it starts.</summary>
    public required IProcessRunner Processes { get; init; }

    /// <summary>Gets whether a person is at a terminal (so <c>reset</c> asks before it acts and <c>watch</c> reads keys).</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Gets the keys pressed during <c>watch</c>, or <see langword="null"/> without a terminal.</summary>
    public IKeyReader? Keys { get; init; }

    /// <summary>Gets a new test host for a check (a <c>watch</c> session keeps one); tests supply a fake.</summary>
    public Func<CliContext, ITestHost> TestHosts { get; init; } = context => new TestHostProcess(context.Root);

    /// <summary>Gets the clock, for attempt folders and the time a check ran.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets the katas, in the suggested order.</summary>
    public IReadOnlyList<KataDefinition> Katas { get; init; } = KataDefinition.All;

    /// <summary>Gets the path of <paramref name="relative"/> (forward slashes) under the root.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Gets <paramref name="path"/> relative to the root with forward slashes, for messages.</summary>
    public string Show(string path) => Repository.Relative(Root, path);
}
