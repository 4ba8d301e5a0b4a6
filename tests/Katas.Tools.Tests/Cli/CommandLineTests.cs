using Katas.Cli;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task UnknownCommandListsTheCommandsAndSuggestsTheClosest()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "lsit");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("Unknown command 'lsit'").And.Contain("Did you mean list?");
        foreach (var command in new[] { "list", "show", "hint", "check", "watch", "reset", "bench", "solutions" })
        {
            console.Output.Should().Contain(command);
        }
    }

    [Fact]
    public async Task AKataNameUsedAsACommandPointsToShowAndCheck()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "SlidingWindowMaximum");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("katas show sliding-window-maximum");
    }

    [Theory]
    [InlineData("show")]
    [InlineData("hint")]
    [InlineData("check")]
    [InlineData("watch")]
    [InlineData("reset")]
    [InlineData("bench")]
    [InlineData("solutions")]
    public async Task UnknownKataListsEveryKataAndExitsWithTwo(string command)
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), command, "sliding-window-maximun");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("There is no kata named 'sliding-window-maximun'").And.Contain("Did you mean sliding-window-maximum?");
        foreach (var kata in KataDefinition.All)
        {
            console.Output.Should().Contain(kata.Name);
        }
    }

    [Fact]
    public async Task MissingKataSaysSoAndListsThem()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "show");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("Name a kata").And.Contain("sliding-window-maximum");
    }

    [Theory]
    [InlineData("sliding-window-maximum")]
    [InlineData("SLIDING-WINDOW-MAXIMUM")]
    [InlineData("SlidingWindowMaximum")]
    [InlineData("slidingwindowmaximum")]
    public async Task KatasAreNamedInKebabCaseOrByFolderInAnyCase(string name)
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "show", name);

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("Sliding Window Maximum");
    }

    [Fact]
    public async Task BadOptionValueIsAUsageError()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "check", "sliding-window-maximum", "--timeout", "soon");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("soon").And.Contain("katas check --help");
    }

    [Fact]
    public async Task HelpListsTheCommandsAndTheExitCodes()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "--help");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("watch").And.Contain("solutions").And.Contain("Exit codes");
    }

    [Fact]
    public async Task OutsideTheRepositoryItSaysWhereToRunAndExitsWithThree()
    {
        var console = Cli.Console();

        var exit = await KatasCli.RunAsync(["list"], console, () =>
        {
            KatasCli.OutsideRepository(console, "/tmp/elsewhere", "/home/me/katas");
            return null;
        }, TestContext.Current.CancellationToken);

        exit.Should().Be(ExitCode.Environment);
        console.Output.Should().Contain("/tmp/elsewhere is not inside the Katas repository").And.Contain("cd /home/me/katas");
    }

    [Fact]
    public async Task HelpNeedsNoRepository()
    {
        var console = Cli.Console();

        var exit = await KatasCli.RunAsync(["reset", "--help"], console, () => throw new InvalidOperationException("no context needed"), TestContext.Current.CancellationToken);

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("--yes");
    }
}
