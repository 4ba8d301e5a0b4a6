using Katas.Cli.Testing;

namespace Katas.Tools.Tests.Cli;

/// <summary>When a check may skip MSBuild (<see cref="BuildStamp"/>), and when watch's fast path applies.</summary>
public sealed class BuildStampTests
{
    private const string Tests = "tests/Katas.Tests/bin/Debug/net10.0/Katas.Tests.dll";

    [Fact]
    public void NothingRecordedIsNotCurrent()
    {
        using var repository = new TempRepository();

        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeFalse();
    }

    [Fact]
    public void ARecordedBuildIsCurrentUntilASourceChanges()
    {
        using var repository = new TempRepository();
        Record(repository);

        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeTrue();

        Touch(repository, "src/Katas/SlidingWindowMaximum/Practice.cs");
        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeFalse();
    }

    [Theory]
    [InlineData("src/Katas/SlidingWindowMaximum/Mine.cs")]
    [InlineData("tests/Katas.Tests/SlidingWindowMaximum/NewTests.cs")]
    [InlineData("Directory.Build.props")]
    public void ANewFileMakesItStale(string file)
    {
        using var repository = new TempRepository();
        Record(repository);

        repository.Write(file, "// new");

        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeFalse();
    }

    [Fact]
    public void ADeletedFileMakesItStale()
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/SlidingWindowMaximum/Mine.cs", "// mine");
        Record(repository);

        File.Delete(repository.PathOf("src/Katas/SlidingWindowMaximum/Mine.cs"));

        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeFalse();
    }

    [Fact]
    public void ABuildByAnyoneElseMakesItStale()
    {
        using var repository = new TempRepository();
        Record(repository);

        Touch(repository, Tests);

        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeFalse();
    }

    [Fact]
    public void BuildOutputIsNotAnInput()
    {
        using var repository = new TempRepository();
        Record(repository);

        repository.Write("src/Katas/obj/Debug/net10.0/Katas.AssemblyInfo.cs", "// generated");

        BuildStamp.IsCurrent(repository.Root, repository.PathOf(Tests)).Should().BeTrue();
    }

    [Fact]
    public void TheFastPathAppliesWhileOnlyTheKatasFolderChanged()
    {
        using var repository = new TempRepository();
        Record(repository);
        string[] kata = ["src/Katas/SlidingWindowMaximum"];

        Touch(repository, "src/Katas/SlidingWindowMaximum/Practice.cs");
        repository.Write("src/Katas/SlidingWindowMaximum/Helper.cs", "// a helper of the learner's");
        BuildStamp.IsCurrentExcept(repository.Root, repository.PathOf(Tests), kata).Should().BeTrue();

        Touch(repository, "tests/Katas.Tests/SlidingWindowMaximum/ExampleTests.cs");
        BuildStamp.IsCurrentExcept(repository.Root, repository.PathOf(Tests), kata).Should().BeFalse("a test changed: the ordinary build compiles it");
    }

    [Fact]
    public void TheRestoreIsSkippedUntilAProjectFileChanges()
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/Katas.csproj", "<Project />");
        repository.Write("tests/Katas.Tests/Katas.Tests.csproj", "<Project />");
        BuildStamp.IsRestoreCurrent(repository.Root).Should().BeFalse("nothing is recorded");
        Record(repository);
        BuildStamp.IsRestoreCurrent(repository.Root).Should().BeFalse("nothing was restored");

        repository.Write("src/Katas/obj/project.assets.json", "{}");
        repository.Write("tests/Katas.Tests/obj/project.assets.json", "{}");
        BuildStamp.IsRestoreCurrent(repository.Root).Should().BeTrue();

        Touch(repository, "src/Katas/SlidingWindowMaximum/Practice.cs");
        repository.Write("tests/Katas.Tests/SlidingWindowMaximum/NewTests.cs", "// new");
        BuildStamp.IsRestoreCurrent(repository.Root).Should().BeTrue("sources are not a restore's inputs");

        Touch(repository, "tests/Katas.Tests/Katas.Tests.csproj");
        BuildStamp.IsRestoreCurrent(repository.Root).Should().BeFalse("a project file changed");
    }

    [Theory]
    [InlineData("Directory.Packages.props")]
    [InlineData("src/Katas/Directory.Build.targets")]
    [InlineData("global.json")]
    public void ANewRestoreInputMeansARestore(string file)
    {
        using var repository = new TempRepository();
        repository.Write("src/Katas/obj/project.assets.json", "{}");
        repository.Write("tests/Katas.Tests/obj/project.assets.json", "{}");
        Record(repository);

        repository.Write(file, "<Project />");

        BuildStamp.IsRestoreCurrent(repository.Root).Should().BeFalse();
    }

    private static void Record(TempRepository repository) =>
        BuildStamp.Record(repository.Root, BuildStamp.Inputs(repository.Root), repository.PathOf(Tests));

    private static void Touch(TempRepository repository, string relative) =>
        File.SetLastWriteTimeUtc(repository.PathOf(relative), DateTime.UtcNow.AddSeconds(5));
}
