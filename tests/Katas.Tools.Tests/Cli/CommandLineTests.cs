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
    public async Task ResetWithoutAKataSaysSoAndListsThem()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "reset");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("Name a kata").And.Contain("katas reset <kata>");
        foreach (var kata in KataDefinition.All)
        {
            console.Output.Should().Contain(kata.Name);
        }
    }

    [Fact]
    public async Task ACheckOfOneKataAndOfAllIsAUsageError()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "check", "sliding-window-maximum", "--all");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("Name a kata or use --all");
    }

    [Fact]
    public async Task TheReadmesCommandTableAgreesWithHelpOnEveryArgument()
    {
        // Each command the README's table shows, as it shows its arguments, against the usage line of
        // katas <command> --help: which arguments there are, and which are optional.
        var readme = File.ReadAllText(Path.Combine(TempRepository.RealRoot, "README.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(readme, @"^\| (?<cell>`katas[^|]*)\|", System.Text.RegularExpressions.RegexOptions.Multiline);
        var forms = rows.SelectMany(r => System.Text.RegularExpressions.Regex.Matches(r.Groups["cell"].Value, "`(?<form>katas[^`]*)`").Select(m => m.Groups["form"].Value)).ToArray();
        forms.Should().NotBeEmpty();

        var commands = new List<string>();
        foreach (var form in forms)
        {
            var words = form.Split(' ', 2);
            var name = words.Length > 1 ? words[1].Split(' ')[0] : "";
            var console = Cli.Console(width: 200);
            await KatasCli.RunAsync(name.Length == 0 ? ["--help"] : [name, "--help"], console, () => null, TestContext.Current.CancellationToken);
            var usage = System.Text.RegularExpressions.Regex.Match(console.Output, @"Usage:\s*\n\s*(?<usage>katas[^\n]*)").Groups["usage"].Value.Trim();
            var arguments = usage.Replace(" [command]", "").Replace(" [options]", "");

            form.Should().Be(arguments, "the README's {0} should show the arguments as katas {1} --help does", form, name);
            commands.Add(name);
        }

        commands.Where(c => c.Length > 0).Should().BeEquivalentTo(["list", "show", "hint", "check", "watch", "reset", "bench", "solutions", "new"], "the table has a row for every command");
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
