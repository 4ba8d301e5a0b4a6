using System.Runtime.Loader;
using Katas.Cli;
using Katas.Cli.Docs;
using Katas.Cli.Processes;
using Katas.Cli.Stubs;
using Katas.Cli.Testing;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

public sealed class NewTests
{
    private static readonly string[] Expected =
    [
        "src/Katas/RunningMedian/IRunningMedian.cs",
        "src/Katas/RunningMedian/RunningMedianKata.cs",
        "src/Katas/RunningMedian/README.md",
        "src/Katas/RunningMedian/Practice.cs",
        "src/Katas/RunningMedian/Solutions/BruteForce.cs",
        "tests/Katas.Tests/RunningMedian/ExampleTests.cs",
        "tests/Katas.Tests/RunningMedian/PropertyTests.cs",
        "tests/Katas.Tests/RunningMedian/Oracle.cs",
        "tests/Katas.Tests/RunningMedian/Straightforward/PlainSolution.cs",
        "benchmarks/Katas.Benchmarks/RunningMedian/RunningMedianBenchmarks.cs",
    ];

    [Fact]
    public async Task NewWritesEveryFileOfTheKatasSkeleton()
    {
        using var repository = new TempRepository();
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "new", "running-median");

        exit.Should().Be(ExitCode.Success);
        foreach (var path in Expected)
        {
            File.Exists(repository.PathOf(path)).Should().BeTrue(path);
            console.Output.Should().Contain(path);
        }

        var definition = File.ReadAllText(repository.PathOf("src/Katas/RunningMedian/RunningMedianKata.cs"));
        definition.Should().Contain("public override string Title => \"Running Median\";")
            .And.Contain($"public override int Order => {KataDefinition.All.Max(k => k.Order) + 1};")
            .And.Contain("Contract.For<IRunningMedian>(");
        File.ReadAllText(repository.PathOf("src/Katas/RunningMedian/IRunningMedian.cs")).Should().Contain("long RunningMedian(ReadOnlySpan<int> values);");
        File.ReadAllText(repository.PathOf("tests/Katas.Tests/RunningMedian/Straightforward/PlainSolution.cs"))
            .Should().Contain("namespace Katas.Tests.RunningMedian.Straightforward;").And.Contain("public sealed class PlainSolution : IRunningMedian");
        Cli.Flat(console.Output).Should().Contain("katas reset running-median --yes").And.Contain("docs/adding-a-kata.md");
    }

    [Fact]
    public async Task TheReadmeHasTheHintsFormatAndFitsTheTerminal()
    {
        using var repository = new TempRepository();
        await Cli.Run(Cli.Context(repository, Cli.Console()), "new", "running-median");

        var readme = KataReadme.Load(repository.PathOf("src/Katas/RunningMedian"));
        var statement = readme.Statement("katas hint running-median", out var hidden);

        readme.Hints.Select(h => h.Number).Should().Equal(1, 2, 3);
        hidden.Should().Equal("Reference solutions");
        statement.Should().Contain("## Hints").And.Contain("3 hints, shown one at a time").And.Contain("katas check running-median");
        System.Text.RegularExpressions.Regex.Matches(statement, "^```[^\\n]*\\n(?<body>.*?)^```", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.Singleline)
            .SelectMany(m => m.Groups["body"].Value.Split('\n'))
            .Should().NotBeEmpty().And.OnlyContain(l => l.Length <= 76, "katas show renders each code line on one line of an 80-column terminal");
    }

    [Theory]
    [InlineData("RunningMedian")]
    [InlineData("running_median")]
    [InlineData("2-sum")]
    [InlineData("running--median")]
    [InlineData("maximum-gap")]
    public async Task ABadOrTakenNameIsAUsageErrorAndWritesNothing(string name)
    {
        using var repository = new TempRepository();
        var console = Cli.Console();
        var before = Directory.GetFiles(repository.Root, "*", SearchOption.AllDirectories).Length;

        var exit = await Cli.Run(Cli.Context(repository, console), "new", name);

        exit.Should().Be(ExitCode.Usage);
        Directory.GetFiles(repository.Root, "*", SearchOption.AllDirectories).Should().HaveCount(before);
    }

    [Fact]
    public async Task AnExistingFileIsNeverOverwritten()
    {
        using var repository = new TempRepository();
        repository.Write("tests/Katas.Tests/RunningMedian/Oracle.cs", "// mine\n");
        var console = Cli.Console();

        var exit = await Cli.Run(Cli.Context(repository, console), "new", "running-median");

        exit.Should().Be(ExitCode.Usage);
        console.Output.Should().Contain("tests/Katas.Tests/RunningMedian/Oracle.cs already exists");
        File.Exists(repository.PathOf("src/Katas/RunningMedian/IRunningMedian.cs")).Should().BeFalse();
    }

    [Fact]
    public async Task TheNewKataBuildsAndItsTestsAreSkippedAsStubs()
    {
        // The real thing, on a copy of the repository: katas new, the build (warnings are errors, code
        // style enforced), the formatting check, the stub check and the new kata's tests, all skipped.
        Assert.SkipWhen(
            typeof(KataDefinition).Assembly.GetTypes().Any(t => t.FullName?.Contains("Stryker", StringComparison.Ordinal) == true),
            "Katas.dll is mutated by Stryker: a build here would cost minutes for nothing.");
        var token = TestContext.Current.CancellationToken;
        var copy = Path.Combine(Path.GetTempPath(), "katas-new-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyRepository(TempRepository.RealRoot, copy);
            var console = Cli.Console();
            var context = new CliContext { Console = console, Root = copy, Processes = new SystemProcessRunner() };
            (await Cli.Run(context, "new", "running-median")).Should().Be(ExitCode.Success, console.Output);

            foreach (var project in new[] { "tests/Katas.Tests", "benchmarks/Katas.Benchmarks" })
            {
                var build = await context.Processes.RunAsync(new ProcessRequest("dotnet", ["build", project, "-nologo", "-v", "q"], copy), token);
                build.Succeeded.Should().BeTrue("{0} builds with the new kata:\n{1}", project, string.Join('\n', build.Output.TakeLast(30)));
            }

            var format = await context.Processes.RunAsync(
                new ProcessRequest("dotnet", ["format", "whitespace", ".", "--folder", "--verify-no-changes", "--include", "src/Katas/RunningMedian", "tests/Katas.Tests/RunningMedian", "benchmarks/Katas.Benchmarks/RunningMedian"], copy), token);
            format.Succeeded.Should().BeTrue("the new files are formatted as dotnet format wants:\n{0}", string.Join('\n', format.Output));

            StubOfTheBuiltContract(copy).Should().Be(File.ReadAllText(Path.Combine(copy, "src/Katas/RunningMedian/Practice.cs")), "CI's stub check compares them byte for byte");

            var results = Path.Combine(copy, "results.xml");
            var assembly = Path.Combine(copy, "tests/Katas.Tests/bin/Debug/net10.0/Katas.Tests.dll");
            await context.Processes.RunAsync(
                new ProcessRequest("dotnet", [assembly, "-noLogo", "-noColor", "-preEnumerateTheories", "-namespace", "Katas.Tests.RunningMedian", "-namespace", "Katas.Tests.RunningMedian.*", "-namespace", "Katas.Tests.Infrastructure", "-result-xml", results], copy),
                token);
            var tests = XunitResultReader.Read(results);
            tests.Should().NotContain(t => t.Outcome == TestOutcome.Failed, "the skeleton and the meta-tests pass: {0}", string.Join('\n', tests.Where(t => t.Outcome == TestOutcome.Failed).Select(t => $"{t.Name}: {t.Message}")));
            var kata = tests.Where(t => t.Namespace.StartsWith("Katas.Tests.RunningMedian", StringComparison.Ordinal) || t.Kata == "running-median").ToArray();
            kata.Should().NotBeEmpty().And.OnlyContain(t => t.Outcome == TestOutcome.Skipped);
            kata.Should().Contain(t => t.SkipReason!.StartsWith("Running Median: not started, ", StringComparison.Ordinal))
                .And.Contain(t => t.Implementation == "BruteForce")
                .And.Contain(t => t.Implementation == "Straightforward.PlainSolution");
        }
        finally
        {
            try
            {
                Directory.Delete(copy, recursive: true);
            }
            catch (IOException)
            {
                // A build server may hold a file a moment longer; the temp folder is cleaned eventually.
            }
        }
    }

    // The stub StubGenerator writes for the contract as built in the copy, read in a load context of its own.
    private static string StubOfTheBuiltContract(string copy)
    {
        var folder = Path.Combine(copy, "src/Katas/bin/Debug/net10.0");
        var context = new AssemblyLoadContext("katas-new", isCollectible: true);
        try
        {
            context.Resolving += (c, name) => File.Exists(Path.Combine(folder, name.Name + ".dll")) ? c.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
            var katas = context.LoadFromAssemblyPath(Path.Combine(folder, "Katas.dll"));
            var contract = katas.GetType("Katas.RunningMedian.IRunningMedian", throwOnError: true)!;
            return StubGenerator.Generate("Katas.RunningMedian", "src/Katas/RunningMedian/Practice.cs", [contract]).Content;
        }
        finally
        {
            context.Unload();
        }
    }

    private static void CopyRepository(string from, string to)
    {
        string[] roots = ["Katas.sln", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "src", "tests", "benchmarks"];
        foreach (var root in roots)
        {
            var source = Path.Combine(from, root);
            if (File.Exists(source))
            {
                Directory.CreateDirectory(to);
                File.Copy(source, Path.Combine(to, root));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "BenchmarkDotNet.Artifacts" or "StrykerOutput" or "TestResults"))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative));
            }
        }

        // The learner's own files are left as the stubs they were committed as.
        foreach (var kata in KataDefinition.All)
        {
            var stub = StubGenerator.For(kata);
            File.WriteAllBytes(Path.Combine(to, stub.RelativePath), stub.Bytes);
        }
    }
}
