using System.Text;
using Katas.Cli;
using Katas.Cli.Stubs;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

public sealed class ResetTests
{
    private const string Stub = "src/Katas/SlidingWindowMaximum/Practice.cs";

    // A BOM, CRLF line endings, non-ASCII text and no final newline: everything a careless copy would change.
    private static readonly byte[] Attempt =
    [
        .. Encoding.UTF8.GetPreamble(),
        .. Encoding.UTF8.GetBytes("namespace Katas.SlidingWindowMaximum;\r\n// ma tentative — ½ faite ✓\r\npublic sealed class Practice : ISlidingWindowMaximum\r\n{\r\n    public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k) => [];\r\n}"),
        0x20, 0x09,
    ];

    [Fact]
    public async Task SavesTheLearnersFileByteForByteThenRestoresTheCommittedStub()
    {
        using var repository = new TempRepository();
        var committed = File.ReadAllBytes(Path.Combine(TempRepository.RealRoot, Stub));
        File.WriteAllBytes(repository.PathOf(Stub), Attempt);
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 24, 7, 30, 15, TimeSpan.Zero));
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console, clock: clock), "reset", "sliding-window-maximum", "--yes");

        exit.Should().Be(ExitCode.Success);
        var saved = repository.PathOf(".katas/attempts/sliding-window-maximum/2026-11-24T07-30-15/Practice.cs");
        File.ReadAllBytes(saved).Should().Equal(Attempt, "the attempt is kept exactly as it was");
        File.ReadAllBytes(repository.PathOf(Stub)).Should().Equal(committed, "a reset stub is the committed stub");
        console.Output.ReplaceLineEndings("").Should().Contain(".katas/attempts/sliding-window-maximum/2026-11-24T07-30-15/Practice.cs");
    }

    [Fact]
    public async Task TwoResetsInTheSameSecondKeepBothAttempts()
    {
        using var repository = new TempRepository();
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 24, 7, 30, 15, TimeSpan.Zero));

        File.WriteAllText(repository.PathOf(Stub), "first attempt");
        await Cli.Run(Cli.Context(repository, Cli.Console(), clock: clock), "reset", "sliding-window-maximum", "--yes");
        File.WriteAllText(repository.PathOf(Stub), "second attempt");
        await Cli.Run(Cli.Context(repository, Cli.Console(), clock: clock), "reset", "sliding-window-maximum", "--yes");

        var attempts = repository.PathOf(".katas/attempts/sliding-window-maximum");
        File.ReadAllText(Path.Combine(attempts, "2026-11-24T07-30-15", "Practice.cs")).Should().Be("first attempt");
        File.ReadAllText(Path.Combine(attempts, "2026-11-24T07-30-15-2", "Practice.cs")).Should().Be("second attempt");
    }

    [Fact]
    public async Task OnATerminalItAsksAndANoChangesNothing()
    {
        using var repository = new TempRepository();
        File.WriteAllBytes(repository.PathOf(Stub), Attempt);
        var console = Cli.Console(interactive: true);
        console.Input.PushTextWithEnter("n");

        var exit = await Cli.Run(Cli.Context(repository, console, interactive: true), "reset", "sliding-window-maximum");

        exit.Should().Be(ExitCode.NotPassing);
        console.Output.Should().Contain("Reset src/Katas/SlidingWindowMaximum/Practice.cs to the unsolved stub?").And.Contain("Nothing changed");
        File.ReadAllBytes(repository.PathOf(Stub)).Should().Equal(Attempt);
        Directory.Exists(repository.PathOf(".katas/attempts")).Should().BeFalse();
    }

    [Fact]
    public async Task OnATerminalAYesResets()
    {
        using var repository = new TempRepository();
        File.WriteAllBytes(repository.PathOf(Stub), Attempt);
        var console = Cli.Console(interactive: true);
        console.Input.PushTextWithEnter("y");

        var exit = await Cli.Run(Cli.Context(repository, console, interactive: true), "reset", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        File.ReadAllBytes(repository.PathOf(Stub)).Should().Equal(StubGenerator.For(KataDefinition.Find("sliding-window-maximum")!).Bytes);
        Directory.GetFiles(repository.PathOf(".katas/attempts/sliding-window-maximum"), "Practice.cs", SearchOption.AllDirectories)
            .Should().ContainSingle().Which.Should().Match(p => File.ReadAllBytes(p).SequenceEqual(Attempt));
    }

    [Fact]
    public async Task WithoutATerminalItProceedsWithoutAsking()
    {
        using var repository = new TempRepository();
        File.WriteAllBytes(repository.PathOf(Stub), Attempt);
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console, interactive: false), "reset", "sliding-window-maximum");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().NotContain("?").And.Contain("Saved your file to");
    }

    [Fact]
    public async Task AnUnsolvedStubNeedsNoReset()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "reset", "sliding-window-maximum", "--yes");

        exit.Should().Be(ExitCode.Success);
        console.Output.Should().Contain("already the unsolved stub");
        Directory.Exists(repository.PathOf(".katas/attempts")).Should().BeFalse("there was nothing to save");
    }

    [Fact]
    public async Task ADeletedFileIsRecreated()
    {
        using var repository = new TempRepository();
        File.Delete(repository.PathOf(Stub));

        var exit = await Cli.Run(Cli.Context(repository, Cli.Console()), "reset", "sliding-window-maximum", "--yes");

        exit.Should().Be(ExitCode.Success);
        File.ReadAllBytes(repository.PathOf(Stub)).Should().Equal(File.ReadAllBytes(Path.Combine(TempRepository.RealRoot, Stub)));
    }
}
