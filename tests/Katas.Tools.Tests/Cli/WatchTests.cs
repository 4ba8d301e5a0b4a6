using Katas.Cli;
using Katas.Cli.Watching;

namespace Katas.Tools.Tests.Cli;

public sealed class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WatchChecksAtOnceThenAgainAfterEachSave(bool pollOnly)
    {
        using var repository = new TempRepository();
        var runs = new SemaphoreSlim(0);
        var processes = FakeProcessRunner.Tests(Cli.Data("check-failing-results.xml"), _ => runs.Release());
        var console = Cli.Console();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var options = pollOnly ? new[] { "--poll", "--interval", "0.05" } : ["--interval", "5"];
        var context = Cli.Context(repository, console, processes);

        var watching = KatasCli.RunAsync(["watch", "sliding-window-maximum", "--debounce", "50", .. options], console, () => context, stop.Token);
        (await runs.WaitAsync(Patience, TestContext.Current.CancellationToken)).Should().BeTrue("watch checks once at the start");

        await Task.Delay(200, TestContext.Current.CancellationToken);
        repository.Write("src/Katas/SlidingWindowMaximum/Practice.cs", "// an edit\n");
        (await runs.WaitAsync(Patience, TestContext.Current.CancellationToken)).Should().BeTrue("a save triggers another check");

        await stop.CancelAsync();
        var exit = await watching;

        exit.Should().Be(ExitCode.Success);
        processes.Count("build").Should().Be(2);
        console.Output.Should().Contain("after a change to Practice.cs").And.Contain("Stopped watching")
            .And.Contain("16 of 36 tests fail");
        if (pollOnly)
        {
            console.Output.Should().Contain("polling every");
        }
    }

    [Fact]
    public async Task PollingAloneSeesAChangeAndIgnoresBuildOutput()
    {
        using var repository = new TempRepository();
        var source = repository.PathOf("src/Katas");
        using var watcher = new SourceWatcher([source], TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), useEvents: false);

        var waiting = watcher.WaitForChangeAsync(TestContext.Current.CancellationToken);
        repository.Write("src/Katas/bin/Debug/Generated.cs", "// build output");
        repository.Write("src/Katas/SlidingWindowMaximum/README.md", "not a source file");
        await Task.Delay(150, TestContext.Current.CancellationToken);
        waiting.IsCompleted.Should().BeFalse("build output and non-source files do not count");

        repository.Write("src/Katas/SlidingWindowMaximum/Mine.cs", "// new");
        var changed = await waiting.WaitAsync(Patience, TestContext.Current.CancellationToken);

        watcher.UsesEvents.Should().BeFalse();
        changed.Should().ContainSingle().Which.Should().EndWith("Mine.cs");
    }

    [Fact]
    public async Task ABurstOfSavesIsOneChange()
    {
        using var repository = new TempRepository();
        using var watcher = new SourceWatcher([repository.PathOf("src/Katas")], TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(300), useEvents: true);

        var waiting = watcher.WaitForChangeAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < 5; i++)
        {
            repository.Write($"src/Katas/SlidingWindowMaximum/File{i}.cs", "// saved");
            await Task.Delay(30, TestContext.Current.CancellationToken);
        }

        var changed = await waiting.WaitAsync(Patience, TestContext.Current.CancellationToken);

        changed.Should().HaveCount(5, "the debounce waits for the burst to end");
    }

    [Fact]
    public async Task AnEditThatKeepsLengthAndTimeIsStillSeen()
    {
        using var repository = new TempRepository();
        var file = repository.PathOf("src/Katas/SlidingWindowMaximum/Practice.cs");
        var written = File.GetLastWriteTimeUtc(file);
        using var watcher = new SourceWatcher([repository.PathOf("src/Katas")], TimeSpan.FromMilliseconds(20), TimeSpan.Zero, useEvents: false);

        var waiting = watcher.WaitForChangeAsync(TestContext.Current.CancellationToken);
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("Write your", "Wrote your", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, written);

        var changed = await waiting.WaitAsync(Patience, TestContext.Current.CancellationToken);

        changed.Should().ContainSingle();
    }
}
